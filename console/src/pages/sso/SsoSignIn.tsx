import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ssoStartUrl } from '../../api/sso';
import { Notice } from '../../components/Notice';
import { ssoErrorOf } from './ssoErrors';

interface SsoSignInProps {
  /** A company code to offer (from a password sign-in the company refused). */
  suggestedCode: string | null;
}

/**
 * The login page's 企业单点登录: the company code, then a full navigation to the server, which
 * redirects to the company's identity provider. Sits inside the password form, so it starts on
 * its own button and on Enter in its field without submitting the password. A failed SSO comes
 * back as `/login?sso_error=…&tenant=…`, shown here in words.
 */
export function SsoSignIn({ suggestedCode }: SsoSignInProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const failure = ssoErrorOf(params.get('sso_error'));
  const [open, setOpen] = useState(failure !== null);
  const [code, setCode] = useState(params.get('tenant') ?? '');
  const shown = open || suggestedCode !== null;
  const value = code || suggestedCode || '';

  const start = () => {
    if (value.trim()) window.location.assign(ssoStartUrl(value));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      start();
    }
  };

  return (
    <div className="sso-sign-in" data-testid="sso-sign-in">
      {failure ? (
        <Notice kind="error" testId="sso-error">
          {t('sso.failed', { reason: t(`sso.error.${failure}`) })}
        </Notice>
      ) : null}
      <p className="sso-divider">{t('sso.or')}</p>
      {shown ? (
        <>
          <div className="field">
            <label className="field-label" htmlFor="sso-tenant-code">
              {t('sso.tenantCode')}
            </label>
            <input
              id="sso-tenant-code"
              data-testid="sso-tenant-code"
              type="text"
              autoComplete="organization"
              placeholder={t('sso.tenantCodePlaceholder')}
              aria-describedby="sso-tenant-code-hint"
              value={value}
              onChange={(e) => setCode(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <p className="field-hint" id="sso-tenant-code-hint">
              {t('sso.tenantCodeHint')}
            </p>
          </div>
          <button type="button" className="btn btn-block" data-testid="sso-start" disabled={!value.trim()} onClick={start}>
            {t('sso.start')}
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-block" data-testid="sso-open" onClick={() => setOpen(true)}>
          {t('sso.signInWithSso')}
        </button>
      )}
    </div>
  );
}
