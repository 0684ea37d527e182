import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLES, operatorAccountsApi } from '../../api/accounts';
import type { OperatorRole } from '../../api/types';
import { AccountsPanel, type AccountsSide } from './AccountsPanel';
import { InviteOperatorDialog } from './InviteOperatorDialog';

const side: AccountsSide<OperatorRole> = { key: 'operator-accounts', operator: true, roles: OPERATOR_ROLES, ...operatorAccountsApi };

/** 运营账号: the operator's staff and their invitations (platform admin). */
export function OperatorAccountsPage() {
  const { t } = useTranslation();
  return (
    <AccountsPanel
      side={side}
      title={t('accounts.operatorTitle')}
      subtitle={t('accounts.operatorSubtitle')}
      inviteLabel={t('accounts.inviteOperator')}
      renderInvite={(onCreated, onClose) => <InviteOperatorDialog onCreated={onCreated} onClose={onClose} />}
    />
  );
}
