import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';

/** A new signing secret, shown once, with a copy button and a warning. */
export function WebhookSecret({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="secret-reveal" data-testid="webhook-secret-panel">
      <Notice kind="warning">{t('webhooks.secretWarning')}</Notice>
      <div className="secret-row">
        <input
          className="secret-value mono"
          data-testid="webhook-secret"
          readOnly
          value={secret}
          aria-label={t('webhooks.secretTitle')}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="btn btn-primary" data-testid="webhook-copy" onClick={() => void copySecret()}>
          {copy === 'copied' ? t('webhooks.copied') : t('webhooks.copy')}
        </button>
      </div>
      {copy === 'failed' ? <p className="field-error">{t('webhooks.copyFailed')}</p> : null}
    </div>
  );
}
