import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { invitationLinkApi } from '../../api/accounts';
import { ApiError } from '../../api/errors';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errorMessage';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/roles';
import { useLoad } from '../../lib/useLoad';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/SessionContext';

const GONE_TITLES = {
  INVITATION_USED: 'invite.usedTitle',
  INVITATION_EXPIRED: 'invite.expiredTitle',
  INVITATION_REVOKED: 'invite.revokedTitle',
  TENANT_SUSPENDED: 'invite.suspendedTitle',
  NOT_FOUND: 'invite.notFoundTitle',
} as const;
const isGoneCode = (code: string): code is keyof typeof GONE_TITLES => Object.hasOwn(GONE_TITLES, code);

/** The public page of an invitation link: who is invited where; set a password and land signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const { data: invitation, error: openError, loading } = useLoad(() => invitationLinkApi.open(token), `invitation-${token}`);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    setBusy(true);
    setError(null);
    try {
      await invitationLinkApi.accept(token, password);
      await refresh();
      void navigate('/', { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const goneCode = openError instanceof ApiError && isGoneCode(openError.code) ? openError.code : null;
  const tenantName = invitation?.tenant ? (currentLanguage() === 'en' ? invitation.tenant.nameEn : invitation.tenant.name) : null;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <div className="login-card" data-testid="invite-page">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t('common.appName')}</span>
        </div>
        {loading ? <Loading testId="invite-loading" /> : null}
        {openError ? (
          <div data-testid="invite-gone" data-code={goneCode ?? 'error'}>
            <h1 className="login-title">{goneCode ? t(GONE_TITLES[goneCode]) : t('invite.title')}</h1>
            <Notice kind="error">{goneCode === 'NOT_FOUND' ? t('invite.notFoundBody') : errorMessage(t, openError)}</Notice>
            <Link to="/login" className="btn btn-block" data-testid="invite-to-login">
              {t('invite.toLogin')}
            </Link>
          </div>
        ) : null}
        {invitation ? (
          <form onSubmit={(e) => void submit(e)} data-testid="invite-form" noValidate>
            <h1 className="login-title">{t('invite.welcome', { name: invitation.displayName })}</h1>
            <p className="login-subtitle" data-testid="invite-tenant">
              {tenantName ? t('invite.tenantLine', { tenant: tenantName }) : t('invite.operatorLine')}
            </p>
            <dl className="summary-grid invite-facts">
              <div>
                <dt>{t('invite.account')}</dt>
                <dd data-testid="invite-email">{invitation.email}</dd>
              </div>
              <div>
                <dt>{t('invite.roles')}</dt>
                <dd>{invitation.roles.map((r) => roleLabel(t, r)).join('、')}</dd>
              </div>
            </dl>
            <p className="muted">{t('invite.expires', { time: formatDateTime(invitation.expiresAt) })}</p>
            {error ? (
              <Notice kind="error" testId="invite-error">
                {errorMessage(t, error)}
              </Notice>
            ) : null}
            <div className="field">
              <label className="field-label" htmlFor="invite-password">
                {t('invite.password')}
              </label>
              <input
                id="invite-password"
                data-testid="invite-password"
                type="password"
                autoComplete="new-password"
                aria-describedby="invite-rules"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
              <p className="field-hint" id="invite-rules">
                {t('invite.rules')}
              </p>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="invite-confirm">
                {t('invite.confirm')}
              </label>
              <input
                id="invite-confirm"
                data-testid="invite-confirm"
                type="password"
                autoComplete="new-password"
                value={confirm}
                aria-invalid={mismatch}
                onChange={(e) => setConfirm(e.target.value)}
                required
              />
              {mismatch ? <p className="field-error">{t('invite.mismatch')}</p> : null}
            </div>
            <button
              type="submit"
              className="btn btn-primary btn-block"
              data-testid="invite-submit"
              disabled={busy || !password || !confirm}
            >
              {busy ? t('invite.submitting') : t('invite.submit')}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
