import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ssoApi, type SsoConnectionReport, type SsoSettings } from '../../api/sso';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { SsoSettingsForm } from './SsoSettingsForm';
import { SsoTestResult } from './SsoTestResult';
import { bodyOf, formOf, problemsOf, type SsoForm } from './ssoFormModel';

/** 单点登录 settings of the travel admin's enterprise: provider, matching, JIT accounts, password sign-in. */
export function SsoSettingsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => ssoApi.settings(), 'sso-settings');
  return (
    <section data-testid="page-sso-settings">
      <PageHeader title={t('sso.settings.title')} subtitle={t('sso.settings.subtitle')} />
      <ErrorNotice error={error} onRetry={reload} />
      {loading && !data ? <Loading testId="sso-loading" /> : null}
      {data ? <SsoSettingsEditor key={data.updatedAt ?? 'new'} settings={data} /> : null}
    </section>
  );
}

function SsoSettingsEditor({ settings }: { settings: SsoSettings }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [current, setCurrent] = useState(settings);
  const [form, setForm] = useState<SsoForm>(() => formOf(settings));
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [report, setReport] = useState<SsoConnectionReport | null>(null);
  const problems = problemsOf(form);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    setSaved(false);
    if (Object.keys(problems).length > 0) return;
    setBusy('save');
    setError(null);
    try {
      const next = await ssoApi.save(bodyOf(form));
      setCurrent(next);
      setForm(formOf(next));
      setShowProblems(false);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    setBusy('test');
    setError(null);
    setReport(null);
    try {
      setReport(await ssoApi.test());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="card form-card">
      {!current.configured ? (
        <p className="field-hint" data-testid="sso-not-configured">
          {t('sso.settings.notConfigured')}
        </p>
      ) : null}
      <SsoSettingsForm
        form={form}
        onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
        problems={showProblems ? problems : {}}
        secretSet={current.clientSecretSet}
        callbackUrl={current.callbackUrl}
        tenantCode={me?.tenant?.code ?? ''}
        onSubmit={(e) => void save(e)}
      />
      <ErrorNotice error={error} testId="sso-error" />
      {saved ? (
        <p className="field-hint" role="status" data-testid="sso-saved">
          {t('sso.settings.saved')}
        </p>
      ) : null}
      {report ? <SsoTestResult report={report} /> : null}
      <div className="form-actions">
        <button type="submit" form="sso-settings-form" className="btn btn-primary" data-testid="sso-save" disabled={busy !== null}>
          {t('sso.settings.save')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="sso-test"
          disabled={busy !== null || !current.configured}
          title={current.configured ? undefined : t('sso.settings.testSaveFirst')}
          onClick={() => void test()}
        >
          {busy === 'test' ? t('sso.settings.testing') : t('sso.settings.test')}
        </button>
        {current.updatedAt ? (
          <span className="field-hint">{t('sso.settings.updatedAt', { at: formatDateTime(current.updatedAt) })}</span>
        ) : null}
      </div>
    </div>
  );
}
