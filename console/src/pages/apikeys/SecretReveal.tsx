import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';

/** Shows a new key's secret once, with a copy button and a warning. */
export function SecretReveal({ secret }: { secret: string }) {
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
    <div className="secret-reveal" data-testid="apikey-secret-panel">
      <Notice kind="warning">{t('apiKeys.secretWarning')}</Notice>
      <div className="secret-row">
        <input
          className="secret-value mono"
          data-testid="apikey-secret"
          readOnly
          value={secret}
          aria-label={t('apiKeys.secretTitle')}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="btn btn-primary" data-testid="apikey-copy" onClick={() => void copySecret()}>
          {copy === 'copied' ? t('apiKeys.copied') : t('apiKeys.copy')}
        </button>
      </div>
      {copy === 'failed' ? <p className="field-error">{t('apiKeys.copyFailed')}</p> : null}
    </div>
  );
}
