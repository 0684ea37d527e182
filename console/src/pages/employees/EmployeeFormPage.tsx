import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { orgApi } from '../../api/org';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { buildDepartmentTree, flattenTree } from '../departments/tree';
import type { EmployeeFormOptions } from './EmployeeForm';
import { EmployeeEditor } from './EmployeeEditor';

/** /org/employees/new and /org/employees/:id: loads the employee and the choice lists. */
export function EmployeeFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const employee = useLoad(() => (id ? orgApi.employee(id) : Promise.resolve(null)), id ?? 'new');
  const ranks = useLoad(() => orgApi.ranks(), 'ranks');
  const departments = useLoad(() => orgApi.departments(), 'departments');
  // Cost centres and projects are optional: a failure leaves their lists empty.
  const costCentres = useLoad(() => orgApi.costCentres().catch(() => []), 'cost-centres');
  const projects = useLoad(() => orgApi.projects().catch(() => []), 'projects');

  const options = useMemo<EmployeeFormOptions>(
    () => ({
      ranks: [...(ranks.data ?? [])].sort((a, b) => a.level - b.level),
      departments: flattenTree(buildDepartmentTree(departments.data ?? [])),
      costCentres: costCentres.data ?? [],
      projects: projects.data ?? [],
    }),
    [ranks.data, departments.data, costCentres.data, projects.data],
  );

  const error = employee.error ?? ranks.error ?? departments.error;
  const ready = !employee.loading && employee.data !== undefined && ranks.data && departments.data && costCentres.data && projects.data;

  if (error) {
    return (
      <section data-testid="page-employee-form">
        <PageHeader title={id ? t('employees.title') : t('employeeForm.titleNew')} />
        <ErrorNotice error={error} />
      </section>
    );
  }
  if (!ready) return <Loading />;
  return (
    <EmployeeEditor
      key={employee.data ? `${employee.data.id}|${employee.data.updatedAt}` : 'new'}
      employee={employee.data ?? null}
      options={options}
    />
  );
}
