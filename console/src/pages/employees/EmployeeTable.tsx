import { useTranslation } from 'react-i18next';
import type { Employee } from '../../api/types';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { StatusBadge } from './StatusBadge';

interface EmployeeTableProps {
  items: Employee[];
  loading: boolean;
  rankNames: Map<string, string>;
  /** Where a row leads: the employee's form. */
  hrefOf: (employee: Employee) => string;
}

/** Employee list; a row opens the employee's form. */
export function EmployeeTable({ items, loading, rankNames, hrefOf }: EmployeeTableProps) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="employee-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('employees.employeeNo')}</th>
            <th scope="col">{t('employees.name')}</th>
            <th scope="col">{t('employees.department')}</th>
            <th scope="col">{t('employees.rank')}</th>
            <th scope="col">{t('employees.manager')}</th>
            <th scope="col">{t('employees.phone')}</th>
            <th scope="col">{t('employees.email')}</th>
            <th scope="col">{t('employees.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((employee) => (
            <LinkRow key={employee.id} to={hrefOf(employee)} data-testid="employee-row" data-employee-id={employee.id}>
              <td className="mono" data-testid="employee-cell-employeeNo">
                {employee.employeeNo}
              </td>
              <td className="strong" data-testid="employee-cell-name">
                <RowLink to={hrefOf(employee)}>{employee.name}</RowLink>
              </td>
              <td data-testid="employee-cell-department">{employee.departmentName}</td>
              <td data-testid="employee-cell-rank">{employee.rankName ?? rankNames.get(employee.rank) ?? employee.rank}</td>
              <td data-testid="employee-cell-manager">{employee.managerName ?? none}</td>
              <td className="mono" data-testid="employee-cell-phone">
                {employee.phone ?? none}
              </td>
              <td data-testid="employee-cell-email">{employee.email ?? none}</td>
              <td data-testid="employee-cell-status">
                <StatusBadge status={employee.status} />
              </td>
            </LinkRow>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 ? (
        <p className="empty" data-testid="employees-empty">
          {t('employees.empty')}
        </p>
      ) : null}
    </div>
  );
}
