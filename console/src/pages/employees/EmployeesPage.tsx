import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orgApi } from '../../api/org';
import type { EmployeeStatus } from '../../api/types';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { useLoad } from '../../lib/useLoad';
import { useUrlParams } from '../../lib/urlParams';
import { useSearchParamInput } from '../../lib/useSearchParamInput';
import { useSession } from '../../session/SessionContext';
import { buildDepartmentTree, flattenTree } from '../departments/tree';
import { EmployeeTable } from './EmployeeTable';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;

function parseStatus(value: string | null): EmployeeStatus | '' {
  return value === 'active' || value === 'inactive' ? value : '';
}

function parseSize(value: string | null): number {
  const size = Number(value);
  return PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
}

/** Employee list with debounced search, filters (kept in the URL) and cursor paging. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [params, setParam] = useUrlParams();
  const q = params.get('q') ?? '';
  const departmentId = params.get('departmentId') ?? '';
  const status = parseStatus(params.get('status'));
  const limit = parseSize(params.get('limit'));

  const { input: searchInput, setInput: setSearchInput } = useSearchParamInput('q', SEARCH_DEBOUNCE_MS);

  // A stack of cursors: the last one is the current page; it resets whenever a filter changes.
  const filterKey = JSON.stringify([q, departmentId, status, limit]);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const stack = paging.key === filterKey ? paging.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;

  const list = useLoad(
    () =>
      orgApi.employees({
        q: q || undefined,
        departmentId: departmentId || undefined,
        status: status || undefined,
        cursor: cursor ?? undefined,
        limit,
      }),
    `${filterKey}|${cursor ?? ''}`,
  );
  const departments = useLoad(() => orgApi.departments(), 'departments');
  const ranks = useLoad(() => orgApi.ranks(), 'ranks');
  const departmentOptions = useMemo(() => flattenTree(buildDepartmentTree(departments.data ?? [])), [departments.data]);
  const rankNames = useMemo(() => new Map((ranks.data ?? []).map((r) => [r.code, r.name])), [ranks.data]);

  const nextCursor = list.data?.nextCursor ?? null;

  return (
    <section data-testid="page-employees">
      <PageHeader
        title={t('employees.title')}
        subtitle={t('employees.subtitle')}
        actions={
          hasPermission('org.write') ? (
            <Link className="btn btn-primary" to="/org/employees/new" data-testid="employee-new">
              {t('employees.new')}
            </Link>
          ) : null
        }
      />
      <div className="toolbar">
        <input
          type="search"
          className="toolbar-search"
          data-testid="employee-search"
          aria-label={t('employees.search')}
          placeholder={hasPermission('pii.read') ? t('employees.searchPlaceholder') : t('employees.searchPlaceholderNoPhone')}
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
        />
        <DepartmentSelect
          testId="employee-filter-department"
          ariaLabel={t('employees.department')}
          value={departmentId}
          onChange={(value) => setParam('departmentId', value)}
          nodes={departmentOptions}
          emptyLabel={t('employees.allDepartments')}
        />
        <select
          data-testid="employee-filter-status"
          aria-label={t('employees.status')}
          value={status}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <option value="">{t('employees.allStatuses')}</option>
          <option value="active">{t('employees.statusActive')}</option>
          <option value="inactive">{t('employees.statusInactive')}</option>
        </select>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <EmployeeTable
          items={list.data?.items ?? []}
          loading={list.loading}
          rankNames={rankNames}
          hrefOf={(employee) => `/org/employees/${encodeURIComponent(employee.id)}`}
        />
        <Pager
          page={stack.length}
          hasPrev={stack.length > 1}
          hasNext={nextCursor !== null}
          busy={list.loading}
          onPrev={() => setPaging({ key: filterKey, stack: stack.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...stack, nextCursor] })}
          pageSize={limit}
          pageSizes={PAGE_SIZES}
          onPageSize={(size) => setParam('limit', size === DEFAULT_PAGE_SIZE ? '' : String(size))}
        />
      </div>
    </section>
  );
}
