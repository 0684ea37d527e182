import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';

/** Whose secret: the messages it speaks with and the prefix of its test ids. */
const KINDS = {
  apiKey: { messages: 'apiKeys', testId: 'apikey' },
  webhook: { messages: 'webhooks', testId: 'webhook' },
} as const;

/** Shows a new secret (an API key's, a webhook's signing secret) once, with a copy button and a warning. */
export function SecretReveal({ secret, kind = 'apiKey' }: { secret: string; kind?: keyof typeof KINDS }) {
  const { messages: m, testId } = KINDS[kind];
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
    <div className="secret-reveal" data-testid={`${testId}-secret-panel`}>
      <Notice kind="warning">{t(`${m}.secretWarning`)}</Notice>
      <div className="secret-row">
        <input
          className="secret-value mono"
          data-testid={`${testId}-secret`}
          readOnly
          value={secret}
          aria-label={t(`${m}.secretTitle`)}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="btn btn-primary" data-testid={`${testId}-copy`} onClick={() => void copySecret()}>
          {copy === 'copied' ? t(`${m}.copied`) : t(`${m}.copy`)}
        </button>
      </div>
      {copy === 'failed' ? <p className="field-error">{t(`${m}.copyFailed`)}</p> : null}
    </div>
  );
}
