import { useTranslation } from 'react-i18next';
import type { InvitationCreated } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { InvitationLinkReveal } from './InvitationLinkReveal';

/** The invitation link, shown once after inviting or resending. */
export function LinkDialog({ created, onClose }: { created: InvitationCreated; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('accounts.linkTitle')}
      onClose={onClose}
      dismissible={false}
      testId="invitation-link-dialog"
      footer={
        <button type="button" className="btn btn-primary" data-testid="invitation-link-done" onClick={onClose}>
          {t('accounts.linkDone')}
        </button>
      }
    >
      <InvitationLinkReveal created={created} />
    </Dialog>
  );
}
