import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { tenantsApi } from '../../api/tenants';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { TIER_LABEL } from './tierLabel';

/** 企业租户: every enterprise on the platform (platform admin). */
export function TenantsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => tenantsApi.list(), 'tenants');
  const items = data ?? [];
  return (
    <section data-testid="page-tenants">
      <PageHeader
        title={t('tenants.title')}
        subtitle={t('tenants.subtitle')}
        actions={
          <Link to="/tenants/new" className="btn btn-primary" data-testid="tenant-onboard">
            {t('tenants.onboard')}
          </Link>
        }
      />
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="tenants-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('tenants.name')}</th>
                <th scope="col">{t('tenants.code')}</th>
                <th scope="col">{t('tenants.creditCode')}</th>
                <th scope="col">{t('tenants.tier')}</th>
                <th scope="col">{t('tenants.contact')}</th>
                <th scope="col">{t('tenants.status')}</th>
                <th scope="col">{t('tenants.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((tenant) => (
                <tr key={tenant.id} data-testid="tenant-row" data-tenant-code={tenant.code}>
                  <td>
                    <Link to={`/tenants/${tenant.id}`} className="strong" data-testid={`tenant-link-${tenant.code}`}>
                      {tenant.name}
                    </Link>
                    <div className="muted">{tenant.nameEn}</div>
                  </td>
                  <td className="mono">{tenant.code}</td>
                  <td className="mono">{tenant.creditCode ?? ''}</td>
                  <td>{t(TIER_LABEL[tenant.tier])}</td>
                  <td>
                    <div>{tenant.contactName ?? ''}</div>
                    <div className="muted">{tenant.contactPhone ?? ''}</div>
                  </td>
                  <td>
                    <span className={tenant.status === 'active' ? 'badge badge-success' : 'badge badge-danger'}>
                      {tenant.status === 'active' ? t('tenants.statusActive') : t('tenants.statusSuspended')}
                    </span>
                  </td>
                  <td className="nowrap">{formatDate(tenant.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? <p className="empty">{t('tenants.empty')}</p> : null}
        </div>
      </div>
    </section>
  );
}
