import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/errors';
import { tenantsApi } from '../../api/tenants';
import type { Tenant } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { useLoad } from '../../lib/useLoad';
import { blankFields, TENANT_FIELDS, TenantFields, type TenantDraft, type TenantField } from './TenantFields';
import { TenantOperators } from './TenantOperators';
import { TIER_LABEL } from './tierLabel';

const draftOf = (t: Tenant): TenantDraft => ({
  name: t.name,
  nameEn: t.nameEn,
  shortName: t.shortName ?? '',
  creditCode: t.creditCode ?? '',
  tier: t.tier,
  contactName: t.contactName ?? '',
  contactPhone: t.contactPhone ?? '',
  contactEmail: t.contactEmail ?? '',
});

/** One enterprise: particulars (editable), suspension, and the operator staff serving it. */
export function TenantDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: tenant, error, loading, reload } = useLoad(() => tenantsApi.get(id), `tenant-${id}`);
  const [editing, setEditing] = useState<TenantDraft | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TenantField, string>>>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<'suspend' | 'reactivate' | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  if (!tenant) return <ErrorNotice error={loading ? null : error} onRetry={reload} />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const blanks = blankFields(editing, t('tenants.required'));
    setFieldErrors(blanks);
    if (Object.keys(blanks).length > 0) return;
    const before = draftOf(tenant);
    // Only what changed is sent: the masked phone of a reader without pii.read is never written back.
    const changed = Object.fromEntries(
      TENANT_FIELDS.filter((f) => editing[f] !== before[f]).map((f) => [
        f,
        f === 'shortName' ? editing.shortName.trim() || null : editing[f],
      ]),
    );
    if (Object.keys(changed).length === 0) {
      setEditing(null);
      return;
    }
    setSaveError(null);
    try {
      await tenantsApi.update(tenant.id, changed);
      setEditing(null);
      setFlash(t('tenants.saved'));
      reload();
    } catch (err) {
      const byField = mapFieldErrors(fieldErrorsOf(err), TENANT_FIELDS).byField;
      if (byField.creditCode && !/already exists/.test(byField.creditCode)) byField.creditCode = t('tenants.creditCodeInvalid');
      setFieldErrors(byField);
      setSaveError(err);
    }
  };

  const row = (label: string, value: string | null, testId?: string) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? ''}</dd>
    </div>
  );

  return (
    <section data-testid="page-tenant-detail" data-tenant-status={tenant.status}>
      <PageHeader
        title={tenant.name}
        subtitle={`${tenant.nameEn} · ${tenant.code}`}
        actions={
          <>
            <Link to="/tenants" className="btn">
              {t('tenants.back')}
            </Link>
            {tenant.status === 'active' ? (
              <button type="button" className="btn btn-danger-ghost" data-testid="tenant-suspend" onClick={() => setConfirming('suspend')}>
                {t('tenants.suspend')}
              </button>
            ) : (
              <button type="button" className="btn btn-primary" data-testid="tenant-reactivate" onClick={() => setConfirming('reactivate')}>
                {t('tenants.reactivate')}
              </button>
            )}
          </>
        }
      />
      {flash ? (
        <Notice kind="success" testId="tenant-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <div className="card form-card detail-card">
        <h2 className="card-title">{t('tenants.particulars')}</h2>
        {editing ? (
          <form onSubmit={(e) => void save(e)} noValidate data-testid="tenant-edit-form">
            <ErrorNotice error={saveError} />
            <TenantFields draft={editing} onChange={setEditing} errors={fieldErrors} />
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" data-testid="tenant-save">
                {t('tenants.save')}
              </button>
              <button type="button" className="btn" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <>
            <dl className="summary-grid">
              {row(
                t('tenants.status'),
                tenant.status === 'active' ? t('tenants.statusActive') : t('tenants.statusSuspended'),
                'tenant-status',
              )}
              {row(t('tenants.shortName'), tenant.shortName)}
              {row(t('tenants.creditCode'), tenant.creditCode, 'tenant-credit-code')}
              {row(t('tenants.tier'), t(TIER_LABEL[tenant.tier]))}
              {row(t('tenants.contactName'), tenant.contactName)}
              {row(t('tenants.contactPhone'), tenant.contactPhone)}
              {row(t('tenants.contactEmail'), tenant.contactEmail)}
              {row(t('tenants.createdAt'), formatDateTime(tenant.createdAt))}
            </dl>
            <div className="form-actions">
              <button type="button" className="btn" data-testid="tenant-edit" onClick={() => setEditing(draftOf(tenant))}>
                {t('tenants.edit')}
              </button>
            </div>
          </>
        )}
      </div>
      <div className="card form-card">
        <h2 className="card-title">{t('tenants.operators')}</h2>
        <TenantOperators tenantId={tenant.id} />
      </div>
      {confirming ? (
        <ConfirmDialog
          title={confirming === 'suspend' ? t('tenants.suspendTitle') : t('tenants.reactivateTitle')}
          message={t(confirming === 'suspend' ? 'tenants.suspendConfirm' : 'tenants.reactivateConfirm', { name: tenant.name })}
          confirmLabel={confirming === 'suspend' ? t('tenants.suspend') : t('tenants.reactivate')}
          danger={confirming === 'suspend'}
          onConfirm={async () => {
            await (confirming === 'suspend' ? tenantsApi.suspend(tenant.id, '') : tenantsApi.reactivate(tenant.id));
            reload();
          }}
          onClose={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
