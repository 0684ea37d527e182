import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/errors';
import { tenantsApi } from '../../api/tenants';
import type { TenantOnboarded } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../session/SessionContext';
import { InvitationLinkReveal } from '../accounts/InvitationLinkReveal';
import { blankFields, TenantFields, type TenantDraft, type TenantField } from './TenantFields';

interface AdminDraft {
  name: string;
  employeeNo: string;
  email: string;
  phone: string;
}
type AdminField = keyof AdminDraft;
type Errors = Partial<Record<TenantField | 'code' | `admin.${AdminField}`, string>>;

const EMPTY: TenantDraft = {
  name: '',
  nameEn: '',
  shortName: '',
  creditCode: '',
  tier: 'standard',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
};

/** Server field errors by path (creditCode, admin.phone …); a refused credit code is said in the reader's language. */
function byPath(err: unknown, creditCodeMessage: string): Errors {
  const out: Record<string, string> = {};
  for (const e of fieldErrorsOf(err)) {
    const path = e.path.replace(/^\/+/, '').replace(/\//g, '.');
    const message = path === 'creditCode' && !/already exists/.test(e.message) ? creditCodeMessage : e.message;
    out[path] = out[path] ? `${out[path]}；${message}` : message;
  }
  return out;
}

/** 开通企业: the enterprise's particulars and its first travel admin; then the invitation link, once. */
export function OnboardTenantPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [code, setCode] = useState('');
  const [draft, setDraft] = useState<TenantDraft>(EMPTY);
  const [admin, setAdmin] = useState<AdminDraft>({ name: '', employeeNo: '', email: '', phone: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<TenantOnboarded | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('tenants.required');
    const blanks: Errors = { ...blankFields(draft, required) };
    if (!code.trim()) blanks.code = required;
    for (const f of ['name', 'employeeNo', 'email'] as const) if (!admin[f].trim()) blanks[`admin.${f}`] = required;
    setErrors(blanks);
    if (Object.keys(blanks).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      setDone(
        await tenantsApi.onboard({
          code: code.trim(),
          ...draft,
          shortName: draft.shortName.trim() || null,
          admin: { ...admin, phone: admin.phone.trim() || null },
        }),
      );
      // The new enterprise joins the top bar's list of enterprises.
      void refresh();
    } catch (err) {
      setErrors(byPath(err, t('tenants.creditCodeInvalid')));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section data-testid="page-tenant-onboarded">
        <PageHeader title={t('tenants.onboardedTitle')} />
        <div className="card form-card">
          <Notice kind="success" testId="tenant-onboarded">
            {t('tenants.onboardedBody', { name: done.tenant.name, admin: done.invitation.invitation.displayName })}
          </Notice>
          <InvitationLinkReveal created={done.invitation} />
          <div className="form-actions">
            <Link to={`/tenants/${done.tenant.id}`} className="btn btn-primary" data-testid="tenant-onboarded-view">
              {t('tenants.goToTenant')}
            </Link>
          </div>
        </div>
      </section>
    );
  }

  const adminInput = (field: AdminField, label: string, opts: { type?: string; max: number; required?: boolean }) => (
    <Field label={label} htmlFor={`admin-${field}`} required={opts.required ?? true} error={errors[`admin.${field}`]}>
      <input
        id={`admin-${field}`}
        data-testid={`admin-${field}`}
        type={opts.type ?? 'text'}
        value={admin[field]}
        maxLength={opts.max}
        onChange={(e) => setAdmin({ ...admin, [field]: e.target.value })}
      />
    </Field>
  );

  return (
    <section data-testid="page-tenant-onboard">
      <PageHeader
        title={t('tenants.onboard')}
        actions={
          <Link to="/tenants" className="btn">
            {t('tenants.back')}
          </Link>
        }
      />
      <form className="card form-card" onSubmit={(e) => void submit(e)} noValidate data-testid="tenant-onboard-form">
        <ErrorNotice error={error} testId="tenant-onboard-error" />
        <h2 className="card-title">{t('tenants.particulars')}</h2>
        <div className="form-grid">
          <Field label={t('tenants.code')} htmlFor="tenant-code" required error={errors.code} hint={t('tenants.codeHint')}>
            <input
              id="tenant-code"
              data-testid="tenant-code"
              className="mono"
              value={code}
              maxLength={40}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
        </div>
        <TenantFields draft={draft} onChange={setDraft} errors={errors} />
        <h2 className="section-title">{t('tenants.firstAdmin')}</h2>
        <p className="muted">{t('tenants.firstAdminHint')}</p>
        <div className="form-grid">
          {adminInput('name', t('tenants.adminName'), { max: 50 })}
          {adminInput('employeeNo', t('tenants.adminEmployeeNo'), { max: 30 })}
          {adminInput('email', t('tenants.adminEmail'), { type: 'email', max: 254 })}
          {adminInput('phone', t('tenants.adminPhone'), { type: 'tel', max: 30, required: false })}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-testid="tenant-onboard-submit" disabled={busy}>
            {busy ? t('tenants.submitting') : t('tenants.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
