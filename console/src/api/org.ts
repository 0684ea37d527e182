import { answer, client, done, download } from './client';
import type {
  CostCentreCreate,
  CostCentreUpdate,
  CostCentre,
  DepartmentCreate,
  DepartmentUpdate,
  EmployeeCreate,
  EmployeePiiField,
  EmployeeQuery,
  EmployeeUpdate,
  Project,
} from './types';

/** Follows nextCursor until exhausted (bounded) for small reference lists. */
async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < maxPages; n += 1) {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}

export const IMPORT_TEMPLATE_PATH = '/api/v1/org/employees/import/template';

export const orgApi = {
  departments: () => answer(client.GET('/api/v1/org/departments')).then((r) => r.items),
  createDepartment: (body: DepartmentCreate) => answer(client.POST('/api/v1/org/departments', { body })),
  updateDepartment: (id: string, body: DepartmentUpdate) =>
    answer(client.PATCH('/api/v1/org/departments/{id}', { params: { path: { id } }, body })),
  deleteDepartment: (id: string) => done(client.DELETE('/api/v1/org/departments/{id}', { params: { path: { id } } })),

  employees: (query: EmployeeQuery, signal?: AbortSignal) => answer(client.GET('/api/v1/org/employees', { params: { query }, signal })),
  employee: (id: string) => answer(client.GET('/api/v1/org/employees/{id}', { params: { path: { id } } })),
  /** One personal number in full (needs pii.read; the server audits it). */
  revealEmployeePii: (id: string, field: EmployeePiiField) =>
    answer(client.POST('/api/v1/org/employees/{id}/reveal', { params: { path: { id } }, body: { field } })),
  createEmployee: (body: EmployeeCreate) => answer(client.POST('/api/v1/org/employees', { body })),
  updateEmployee: (id: string, body: EmployeeUpdate) =>
    answer(client.PATCH('/api/v1/org/employees/{id}', { params: { path: { id } }, body })),

  ranks: () => answer(client.GET('/api/v1/org/ranks')).then((r) => r.items),
  projects: (): Promise<Project[]> =>
    allPages((cursor) => answer(client.GET('/api/v1/org/projects', { params: { query: { cursor, limit: 100 } } }))),
  costCentres: (): Promise<CostCentre[]> =>
    allPages((cursor) => answer(client.GET('/api/v1/org/cost-centres', { params: { query: { cursor, limit: 100 } } }))),
  createCostCentre: (body: CostCentreCreate) => answer(client.POST('/api/v1/org/cost-centres', { body })),
  updateCostCentre: (id: string, body: CostCentreUpdate) =>
    answer(client.PATCH('/api/v1/org/cost-centres/{id}', { params: { path: { id } }, body })),

  /** The file goes as it is (text/csv), not as JSON. */
  importEmployees: (csv: string, dryRun: boolean) =>
    answer(
      client.POST('/api/v1/org/employees/import', {
        params: { query: { dryRun: dryRun ? true : undefined } },
        body: csv,
        bodySerializer: (text: string) => text,
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      }),
    ),
  importTemplate: () => download(client.GET(IMPORT_TEMPLATE_PATH, { parseAs: 'blob' })),
};
