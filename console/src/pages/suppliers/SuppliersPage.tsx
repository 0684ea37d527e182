import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SUPPLIER_CATEGORIES, SUPPLIER_STATUSES, suppliersApi } from '../../api/suppliers';
import type { SupplierCategory, SupplierStatus } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { CallFiguresText, StatusBadge } from './supplierLabels';

const isCategory = (v: string | null): v is SupplierCategory => (SUPPLIER_CATEGORIES as readonly string[]).includes(v ?? '');
const isStatus = (v: string | null): v is SupplierStatus => (SUPPLIER_STATUSES as readonly string[]).includes(v ?? '');

/** 供应商: every supplier with its status, categories, weight and last day's calls (operations, platform admin). */
export function SuppliersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const category = isCategory(params.get('category')) ? (params.get('category') as SupplierCategory) : undefined;
  const status = isStatus(params.get('status')) ? (params.get('status') as SupplierStatus) : undefined;
  const { data, error, loading, reload } = useLoad(() => suppliersApi.list({ category, status }), `suppliers-${category}-${status}`);
  const items = data ?? [];
  const setFilter = (name: 'category' | 'status', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <section data-testid="page-suppliers">
      <PageHeader title={t('suppliers.title')} subtitle={t('suppliers.subtitle')} />
      <div className="toolbar">
        <select
          aria-label={t('suppliers.filterCategory')}
          value={category ?? ''}
          onChange={(e) => setFilter('category', e.target.value)}
          data-testid="supplier-filter-category"
        >
          <option value="">{t('suppliers.allCategories')}</option>
          {SUPPLIER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`suppliers.category.${c}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('suppliers.filterStatus')}
          value={status ?? ''}
          onChange={(e) => setFilter('status', e.target.value)}
          data-testid="supplier-filter-status"
        >
          <option value="">{t('suppliers.allStatuses')}</option>
          {SUPPLIER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`suppliers.statusName.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="suppliers-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('suppliers.name')}</th>
                <th scope="col">{t('suppliers.code')}</th>
                <th scope="col">{t('suppliers.categories')}</th>
                <th scope="col">{t('suppliers.status')}</th>
                <th scope="col" className="num">
                  {t('suppliers.weight')}
                </th>
                <th scope="col">{t('suppliers.calls24h')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} data-testid="supplier-row" data-supplier-code={s.code}>
                  <td>
                    <Link to={`/suppliers/${s.id}`} className="strong" data-testid={`supplier-link-${s.code}`}>
                      {s.nameZh}
                    </Link>
                    <div className="muted">{s.nameEn}</div>
                  </td>
                  <td className="mono">{s.code}</td>
                  <td>{s.categories.map((c) => t(`suppliers.category.${c}`)).join('、')}</td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td className="num">{s.rankingWeight}</td>
                  <td>
                    <CallFiguresText figures={s.calls24h} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? <p className="empty">{t('suppliers.empty')}</p> : null}
        </div>
      </div>
    </section>
  );
}
