import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invitationLink } from '../../api/accounts';
import type { InvitationCreated } from '../../api/types';
import { Notice } from '../../components/Notice';

/** Shows a new invitation's link once, with a copy button and a warning (no email is sent yet). */
export function InvitationLinkReveal({ created }: { created: InvitationCreated }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const link = invitationLink(created.token);
  const hours = Math.round((Date.parse(created.invitation.expiresAt) - Date.parse(created.invitation.sentAt)) / 3_600_000);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="secret-reveal" data-testid="invitation-link-panel">
      <Notice kind="warning">{t('accounts.linkWarning', { hours, name: created.invitation.displayName })}</Notice>
      <div className="secret-row">
        <input
          className="secret-value mono"
          data-testid="invitation-link"
          readOnly
          value={link}
          aria-label={t('accounts.linkTitle')}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="btn btn-primary" data-testid="invitation-link-copy" onClick={() => void copyLink()}>
          {copy === 'copied' ? t('accounts.linkCopied') : t('accounts.linkCopy')}
        </button>
      </div>
      {copy === 'failed' ? <p className="field-error">{t('accounts.linkCopyFailed')}</p> : null}
    </div>
  );
}
