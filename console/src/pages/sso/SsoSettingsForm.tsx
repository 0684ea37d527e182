import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoJitRole } from '../../api/sso';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import type { SecretMode, SsoForm, SsoFormProblem, SsoFormProblems } from './ssoFormModel';

const JIT_ROLES: SsoJitRole[] = ['traveller', 'approver', 'travel_admin', 'finance', 'executive'];
const SECRET_MODES: SecretMode[] = ['keep', 'replace', 'remove'];

interface SsoSettingsFormProps {
  form: SsoForm;
  onChange: (patch: Partial<SsoForm>) => void;
  problems: SsoFormProblems;
  secretSet: boolean;
  callbackUrl: string;
  tenantCode: string;
  onSubmit: (event: FormEvent) => void;
}

/** The fields of the SSO settings; the secret is only ever typed, never shown. */
export function SsoSettingsForm({ form, onChange, problems, secretSet, callbackUrl, tenantCode, onSubmit }: SsoSettingsFormProps) {
  const { t } = useTranslation();
  const problem = (p: SsoFormProblem | undefined) => (p ? t(`sso.settings.${p}`) : undefined);
  const toggleRole = (role: SsoJitRole) =>
    onChange({ jitRoles: form.jitRoles.includes(role) ? form.jitRoles.filter((r) => r !== role) : [...form.jitRoles, role] });

  return (
    <form id="sso-settings-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="sso-enabled"
            checked={form.enabled}
            onChange={(e) => onChange({ enabled: e.target.checked })}
          />
          <span className="strong">{t('sso.settings.enabled')}</span>
        </label>
        <p className="field-hint">{t('sso.settings.enabledHint', { code: tenantCode })}</p>
      </div>

      <fieldset className="form-section">
        <legend>{t('sso.settings.provider')}</legend>
        <Field
          label={t('sso.settings.issuer')}
          htmlFor="sso-issuer"
          required
          hint={t('sso.settings.issuerHint')}
          error={problem(problems.issuer)}
        >
          <input
            id="sso-issuer"
            data-testid="sso-issuer"
            type="text"
            inputMode="url"
            autoComplete="off"
            maxLength={500}
            placeholder="https://login.example.com"
            value={form.issuer}
            onChange={(e) => onChange({ issuer: e.target.value })}
          />
        </Field>
        <div className="form-grid">
          <Field label={t('sso.settings.clientId')} htmlFor="sso-client-id" required error={problem(problems.clientId)}>
            <input
              id="sso-client-id"
              data-testid="sso-client-id"
              maxLength={255}
              autoComplete="off"
              value={form.clientId}
              onChange={(e) => onChange({ clientId: e.target.value })}
            />
          </Field>
          <Field label={t('sso.settings.scopes')} htmlFor="sso-scopes" hint={t('sso.settings.scopesHint')}>
            <input id="sso-scopes" data-testid="sso-scopes" value={form.scopes} onChange={(e) => onChange({ scopes: e.target.value })} />
          </Field>
        </div>
        <Field group label={t('sso.settings.clientSecret')} hint={t('sso.settings.secretHint')}>
          <p data-testid="sso-secret-state">
            <span className={secretSet ? 'badge badge-success' : 'badge badge-neutral'}>
              {secretSet ? t('sso.settings.secretSet') : t('sso.settings.secretNotSet')}
            </span>
          </p>
          {secretSet ? (
            <div className="checkbox-list">
              {SECRET_MODES.map((mode) => (
                <label key={mode} className="checkbox">
                  <input
                    type="radio"
                    name="sso-secret-mode"
                    data-testid={`sso-secret-${mode}`}
                    checked={form.secretMode === mode}
                    onChange={() => onChange({ secretMode: mode, newSecret: '' })}
                  />
                  <span>{t(`sso.settings.${mode}Secret`)}</span>
                </label>
              ))}
            </div>
          ) : null}
        </Field>
        {form.secretMode === 'replace' ? (
          <Field label={t('sso.settings.newSecret')} htmlFor="sso-new-secret" required={!secretSet} error={problem(problems.newSecret)}>
            <input
              id="sso-new-secret"
              data-testid="sso-new-secret"
              type="password"
              autoComplete="new-password"
              maxLength={1000}
              value={form.newSecret}
              onChange={(e) => onChange({ newSecret: e.target.value })}
            />
          </Field>
        ) : null}
        <Field label={t('sso.settings.callbackUrl')} htmlFor="sso-callback">
          <input id="sso-callback" data-testid="sso-callback" className="mono" readOnly value={callbackUrl} />
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('sso.settings.matching')}</legend>
        <Field group label={t('sso.settings.matchBy')}>
          <div className="checkbox-list">
            {(['email', 'employee_no'] as const).map((by) => (
              <label key={by} className="checkbox">
                <input
                  type="radio"
                  name="sso-match-by"
                  data-testid={`sso-match-${by}`}
                  checked={form.matchBy === by}
                  onChange={() => onChange({ matchBy: by })}
                />
                <span>{by === 'email' ? t('sso.settings.matchByEmail') : t('sso.settings.matchByEmployeeNo')}</span>
              </label>
            ))}
          </div>
        </Field>
        {form.matchBy === 'employee_no' ? (
          <Field
            label={t('sso.settings.employeeNoClaim')}
            htmlFor="sso-employee-no-claim"
            required
            hint={t('sso.settings.employeeNoClaimHint')}
            error={problem(problems.employeeNoClaim)}
          >
            <input
              id="sso-employee-no-claim"
              data-testid="sso-employee-no-claim"
              maxLength={500}
              value={form.employeeNoClaim}
              onChange={(e) => onChange({ employeeNoClaim: e.target.value })}
            />
          </Field>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="sso-jit"
            checked={form.jitEnabled}
            onChange={(e) => onChange({ jitEnabled: e.target.checked })}
          />
          <span>{t('sso.settings.jit')}</span>
        </label>
        <p className="field-hint">{t('sso.settings.jitHint')}</p>
        <Field group label={t('sso.settings.jitRoles')} error={problem(problems.jitRoles)}>
          <div className="checkbox-list">
            {JIT_ROLES.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`sso-role-${role}`}
                  checked={form.jitRoles.includes(role)}
                  disabled={!form.jitEnabled}
                  onChange={() => toggleRole(role)}
                />
                <span>{t(`roles.${role}`)}</span>
              </label>
            ))}
          </div>
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('sso.settings.passwordSection')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="sso-password-off"
            checked={form.enabled && form.passwordSignInDisabled}
            disabled={!form.enabled}
            onChange={(e) => onChange({ passwordSignInDisabled: e.target.checked })}
          />
          <span>{t('sso.settings.passwordSignInDisabled')}</span>
        </label>
        {!form.enabled ? <p className="field-hint">{t('sso.settings.passwordNeedsSso')}</p> : null}
        {form.enabled && form.passwordSignInDisabled ? (
          <Notice kind="warning" testId="sso-password-warning">
            {t('sso.settings.passwordWarning')}
          </Notice>
        ) : null}
      </fieldset>
    </form>
  );
}
