import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationCreated } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/roles';

const STATUS_BADGE: Record<Invitation['status'], string> = {
  pending: 'badge badge-warning',
  accepted: 'badge badge-success',
  revoked: 'badge badge-neutral',
  expired: 'badge badge-neutral',
};
const STATUS_LABEL = {
  pending: 'accounts.invitationPending',
  accepted: 'accounts.invitationAccepted',
  revoked: 'accounts.invitationRevoked',
  expired: 'accounts.invitationExpired',
} as const;

interface InvitationsTableProps {
  items: Invitation[];
  loading: boolean;
  resend: (id: string) => Promise<InvitationCreated>;
  revoke: (id: string) => Promise<void>;
  onLink: (created: InvitationCreated) => void;
  onChanged: (message?: string) => void;
}

/** Invitations, newest first: a pending or expired one can get a new link; a pending one can be revoked. */
export function InvitationsTable({ items, loading, resend, revoke, onLink, onChanged }: InvitationsTableProps) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [error, setError] = useState<unknown>(null);

  const renew = async (invitation: Invitation) => {
    setError(null);
    try {
      onLink(await resend(invitation.id));
      onChanged();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <ErrorNotice error={error} testId="invitations-error" />
      <div className="table-wrap">
        <table className="table" data-testid="invitations-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.invitee')}</th>
              <th scope="col">{t('accounts.roles')}</th>
              <th scope="col">{t('accounts.status')}</th>
              <th scope="col">{t('accounts.invitedBy')}</th>
              <th scope="col">{t('accounts.sentAt')}</th>
              <th scope="col">{t('accounts.expiresAt')}</th>
              <th scope="col" aria-label={t('accounts.resend')} />
            </tr>
          </thead>
          <tbody>
            {items.map((inv) => (
              <tr key={inv.id} data-testid="invitation-row" data-invitation-id={inv.id} data-status={inv.status}>
                <td>
                  <div className="strong">{inv.displayName}</div>
                  <div className="muted">{inv.email}</div>
                </td>
                <td>{inv.roles.map((r) => roleLabel(t, r)).join('、')}</td>
                <td>
                  <span className={STATUS_BADGE[inv.status]}>{t(STATUS_LABEL[inv.status])}</span>
                </td>
                <td>{inv.invitedByName}</td>
                <td className="nowrap">{formatDateTime(inv.sentAt)}</td>
                <td className="nowrap">{formatDateTime(inv.expiresAt)}</td>
                <td className="actions nowrap">
                  {inv.status === 'pending' || inv.status === 'expired' ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid={`invitation-resend-${inv.id}`}
                      onClick={() => void renew(inv)}
                    >
                      {t('accounts.resend')}
                    </button>
                  ) : null}
                  {inv.status === 'pending' || inv.status === 'expired' ? (
                    <button
                      type="button"
                      className="btn btn-danger-ghost btn-small"
                      data-testid={`invitation-revoke-${inv.id}`}
                      onClick={() => setRevoking(inv)}
                    >
                      {t('accounts.revoke')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading && items.length === 0 ? <p className="empty">{t('accounts.invitationsEmpty')}</p> : null}
      </div>
      {revoking ? (
        <ConfirmDialog
          title={t('accounts.revokeTitle')}
          message={t('accounts.revokeConfirm', { name: revoking.displayName })}
          confirmLabel={t('accounts.revoke')}
          danger
          onConfirm={async () => {
            await revoke(revoking.id);
            onChanged(t('accounts.revoked', { name: revoking.displayName }));
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </>
  );
}
