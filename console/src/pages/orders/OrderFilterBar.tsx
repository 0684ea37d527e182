import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import { ORDER_CATEGORIES, ORDER_STATUSES } from '../../api/orders';
import type { OrderCategory, OrderStatus } from '../../api/types';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { useLoad } from '../../lib/useLoad';
import { buildDepartmentTree, flattenTree } from '../departments/tree';

/** What the filter bar holds: as typed and picked (the code is sent only once it has a code's shape). */
export interface OrderFilterState {
  status: OrderStatus | '';
  category: OrderCategory | '';
  traveller: PickedEmployee | null;
  departmentId: string;
  from: string;
  to: string;
  compliant: '' | 'true' | 'false';
  code: string;
}

export const NO_ORDER_FILTERS: OrderFilterState = {
  status: '',
  category: '',
  traveller: null,
  departmentId: '',
  from: '',
  to: '',
  compliant: '',
  code: '',
};

/** Filters of the admin order list: status, category, traveller, department, travel dates, compliance and tracking code. */
export function OrderFilterBar({ value, onChange }: { value: OrderFilterState; onChange: (next: OrderFilterState) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<OrderFilterState>) => onChange({ ...value, ...patch });
  const departments = useLoad(() => orgApi.departments(), 'departments');
  const departmentOptions = useMemo(() => flattenTree(buildDepartmentTree(departments.data ?? [])), [departments.data]);
  const any = Object.entries(value).some(([, v]) => v !== '' && v !== null);
  return (
    <div className="toolbar audit-filters" data-testid="order-filters">
      <label>
        <span>{t('orders.filters.code')}</span>
        <input
          type="search"
          value={value.code}
          placeholder={t('orders.filters.codePlaceholder')}
          onChange={(e) => set({ code: e.target.value })}
          data-testid="order-filter-code"
        />
      </label>
      <label>
        <span>{t('orders.filters.status')}</span>
        <select
          value={value.status}
          onChange={(e) => set({ status: e.target.value as OrderStatus | '' })}
          data-testid="order-filter-status"
        >
          <option value="">{t('orders.filters.allStatuses')}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`orders.statusName.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('orders.filters.category')}</span>
        <select
          value={value.category}
          onChange={(e) => set({ category: e.target.value as OrderCategory | '' })}
          data-testid="order-filter-category"
        >
          <option value="">{t('orders.filters.allCategories')}</option>
          {ORDER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`orders.categoryName.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('orders.filters.compliant')}</span>
        <select
          value={value.compliant}
          onChange={(e) => set({ compliant: e.target.value as OrderFilterState['compliant'] })}
          data-testid="order-filter-compliant"
        >
          <option value="">{t('orders.filters.any')}</option>
          <option value="true">{t('orders.filters.compliantOnly')}</option>
          <option value="false">{t('orders.filters.outOfPolicyOnly')}</option>
        </select>
      </label>
      <div className="filter-field">
        <span>{t('orders.filters.traveller')}</span>
        <EmployeePicker
          testId="order-filter-traveller"
          value={value.traveller}
          onChange={(traveller) => set({ traveller })}
          placeholder={t('orders.filters.travellerPlaceholder')}
          ariaLabel={t('orders.filters.traveller')}
        />
      </div>
      <label>
        <span>{t('orders.filters.department')}</span>
        <DepartmentSelect
          testId="order-filter-department"
          value={value.departmentId}
          onChange={(departmentId) => set({ departmentId })}
          nodes={departmentOptions}
          emptyLabel={t('orders.filters.allDepartments')}
        />
      </label>
      <label>
        <span>{t('orders.filters.from')}</span>
        <input type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} data-testid="order-filter-from" />
      </label>
      <label>
        <span>{t('orders.filters.to')}</span>
        <input type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} data-testid="order-filter-to" />
      </label>
      {any ? (
        <button type="button" className="btn btn-link" onClick={() => onChange(NO_ORDER_FILTERS)} data-testid="order-filters-clear">
          {t('orders.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
