import { useTranslation } from 'react-i18next';
import type { SsoConnectionReport } from '../../api/sso';
import { Notice } from '../../components/Notice';

/** The outcome of "test connection": what discovery found at the issuer, or why it failed. */
export function SsoTestResult({ report }: { report: SsoConnectionReport }) {
  const { t } = useTranslation();
  if (!report.ok) {
    return (
      <Notice kind="error" testId="sso-test-result">
        {t('sso.settings.testFailed', { error: report.error ?? '' })}
      </Notice>
    );
  }
  return (
    <Notice kind="success" testId="sso-test-result">
      <p>{t('sso.settings.testOk', { issuer: report.issuer })}</p>
      <p className="field-hint">
        {t('sso.settings.endpoints', { authorization: report.authorizationEndpoint ?? '—', token: report.tokenEndpoint ?? '—' })}
      </p>
    </Notice>
  );
}
