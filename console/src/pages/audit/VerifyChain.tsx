import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/audit';
import type { AuditVerifyResult } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';

/** "Verify chain" button and its verdict (needs audit.verify). */
export function VerifyChain() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await auditApi.verify());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="verify">
      <button type="button" className="btn" data-testid="audit-verify" disabled={busy} onClick={() => void verify()}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      {result?.ok ? (
        <Notice kind="success" testId="audit-verify-ok">
          {t('audit.verifyOk', { checked: result.checked })}
        </Notice>
      ) : null}
      {result && !result.ok ? (
        <Notice kind="error" testId="audit-verify-broken">
          {t('audit.verifyBroken', {
            checked: result.checked,
            seq: result.firstBroken?.seq ?? '?',
            reason: result.firstBroken?.reason ?? '',
          })}
        </Notice>
      ) : null}
      <ErrorNotice error={error} testId="audit-verify-error" />
    </div>
  );
}
