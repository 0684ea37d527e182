import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { suppliersApi } from '../../api/suppliers';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { SupplierCalls } from './SupplierCalls';
import { SupplierKeys } from './SupplierKeys';
import { StatusBadge } from './supplierLabels';
import { StatusDialog, WeightDialog } from './SupplierDialogs';

/** One supplier: particulars, contacts, status (with reason), weight, signing keys and the last day's calls. */
export function SupplierDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hasPermission } = useSession();
  const canManage = hasPermission('supplier.manage');
  const { data: supplier, error, loading, reload } = useLoad(() => suppliersApi.get(id), `supplier-${id}`);
  const [dialog, setDialog] = useState<'status' | 'weight' | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  if (!supplier) return <ErrorNotice error={loading ? null : error} onRetry={reload} />;

  const row = (label: string, value: string | null, testId?: string) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? ''}</dd>
    </div>
  );
  const done = (message: string) => {
    setFlash(message);
    reload();
  };

  return (
    <section data-testid="page-supplier-detail" data-supplier-status={supplier.status}>
      <PageHeader
        title={supplier.nameZh}
        subtitle={`${supplier.nameEn} · ${supplier.code}`}
        actions={
          <>
            <Link to="/suppliers" className="btn">
              {t('suppliers.back')}
            </Link>
            {canManage ? (
              <>
                <button type="button" className="btn" data-testid="supplier-edit-weight" onClick={() => setDialog('weight')}>
                  {t('suppliers.editWeight')}
                </button>
                <button type="button" className="btn btn-primary" data-testid="supplier-change-status" onClick={() => setDialog('status')}>
                  {t('suppliers.changeStatus')}
                </button>
              </>
            ) : null}
          </>
        }
      />
      {flash ? (
        <Notice kind="success" testId="supplier-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <div className="card form-card detail-card">
        <h2 className="card-title">{t('suppliers.particulars')}</h2>
        <dl className="summary-grid">
          <div>
            <dt>{t('suppliers.status')}</dt>
            <dd>
              <StatusBadge status={supplier.status} />
            </dd>
          </div>
          {row(t('suppliers.statusReason'), supplier.statusReason, 'supplier-status-reason')}
          {row(t('suppliers.statusChangedAt'), formatDateTime(supplier.statusChangedAt))}
          {row(t('suppliers.weight'), String(supplier.rankingWeight), 'supplier-weight')}
          {row(t('suppliers.categories'), supplier.categories.map((c) => t(`suppliers.category.${c}`)).join('、'))}
          {row(t('suppliers.adapter'), t(`suppliers.adapterName.${supplier.adapter}`))}
          {row(
            t('suppliers.credentials'),
            supplier.credentials.set
              ? t('suppliers.credentialsSet', { hint: supplier.credentials.hint ?? '' })
              : t('suppliers.credentialsNotSet'),
            'supplier-credentials',
          )}
        </dl>
      </div>
      <div className="card form-card">
        <h2 className="card-title">{t('suppliers.contacts')}</h2>
        {supplier.contacts.length === 0 ? (
          <p className="empty">{t('suppliers.noContacts')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="supplier-contacts">
              <thead>
                <tr>
                  <th scope="col">{t('suppliers.contactName')}</th>
                  <th scope="col">{t('suppliers.contactRole')}</th>
                  <th scope="col">{t('suppliers.contactPhone')}</th>
                  <th scope="col">{t('suppliers.contactEmail')}</th>
                </tr>
              </thead>
              <tbody>
                {supplier.contacts.map((c, i) => (
                  <tr key={`${c.name}-${i}`}>
                    <td>{c.name}</td>
                    <td>{c.role ?? ''}</td>
                    <td className="mono">{c.phone ?? ''}</td>
                    <td>{c.email ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <SupplierKeys supplierId={supplier.id} canManage={canManage} />
      <SupplierCalls supplierId={supplier.id} />
      {dialog === 'status' ? (
        <StatusDialog supplier={supplier} onClose={() => setDialog(null)} onDone={() => done(t('suppliers.statusSaved'))} />
      ) : null}
      {dialog === 'weight' ? (
        <WeightDialog supplier={supplier} onClose={() => setDialog(null)} onDone={() => done(t('suppliers.weightSaved'))} />
      ) : null}
    </section>
  );
}
