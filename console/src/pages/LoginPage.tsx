import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { authApi } from '../api/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { errorMessage } from '../lib/errorMessage';
import { useSession } from '../session/SessionContext';
import { SsoSignIn } from './sso/SsoSignIn';
import { ssoOnlyTenantOf } from './sso/ssoErrors';
import { LANDING, type LoginRedirectState } from '../session/guards';

function redirectTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

/** Sign-in with email or mobile number and password. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const ssoOnly = ssoOnlyTenantOf(error);

  if (status === 'loading') return <Loading testId="session-loading" />;
  if (status === 'ready') return <Navigate to={redirectTarget(location.state)} replace state={LANDING} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await authApi.login(identifier, password);
      await refresh();
      void navigate(redirectTarget(location.state), { replace: true, state: LANDING });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="login-card" onSubmit={(e) => void submit(e)} data-testid="login-form" noValidate>
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t('common.appName')}</span>
        </div>
        <h1 className="login-title">{t('login.title')}</h1>
        <p className="login-subtitle">{t('login.subtitle')}</p>
        {error ? (
          <Notice kind="error" testId="login-error">
            {ssoOnly !== null ? t('sso.passwordDisabled', { tenant: ssoOnly }) : errorMessage(t, error)}
          </Notice>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor="login-identifier">
            {t('login.identifier')}
          </label>
          <input
            id="login-identifier"
            data-testid="login-identifier"
            type="text"
            autoComplete="username"
            inputMode="email"
            placeholder={t('login.identifierPlaceholder')}
            value={identifier}
            onChange={(e) => setIdentifier(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="login-password">
            {t('login.password')}
          </label>
          <input
            id="login-password"
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <button
          type="submit"
          className="btn btn-primary btn-block"
          data-testid="login-submit"
          disabled={busy || !identifier.trim() || !password}
        >
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
        <SsoSignIn suggestedCode={ssoOnly} />
        <p className="track-sign-in">
          <Link to="/track" data-testid="login-track-link">
            {t('track.fromLogin')}
          </Link>
        </p>
      </form>
    </div>
  );
}
