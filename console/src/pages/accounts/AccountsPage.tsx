import { useTranslation } from 'react-i18next';
import { accountsApi, ENTERPRISE_ROLES } from '../../api/accounts';
import type { EnterpriseRole } from '../../api/types';
import { AccountsPanel, type AccountsSide } from './AccountsPanel';
import { InviteEmployeeDialog } from './InviteEmployeeDialog';

const side: AccountsSide<EnterpriseRole> = { key: 'accounts', operator: false, roles: ENTERPRISE_ROLES, ...accountsApi };

/** 账号与角色: the enterprise's users and invitations (travel admin). */
export function AccountsPage() {
  const { t } = useTranslation();
  return (
    <AccountsPanel
      side={side}
      title={t('accounts.title')}
      subtitle={t('accounts.subtitle')}
      inviteLabel={t('accounts.invite')}
      renderInvite={(onCreated, onClose) => <InviteEmployeeDialog onCreated={onCreated} onClose={onClose} />}
    />
  );
}
