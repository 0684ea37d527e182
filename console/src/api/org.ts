import { api, requestBlob } from './client';
import type {
  CostCentre,
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  Employee,
  EmployeeQuery,
  EmployeeWrite,
  ImportResult,
  ItemList,
  Page,
  Project,
  Rank,
} from './types';

/** Follows nextCursor until exhausted (bounded) for small reference lists. */
async function fetchAllPages<T>(path: string, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result: Page<T> = await api.get<Page<T>>(path, { query: { cursor, limit: 100 } });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const orgApi = {
  departments: () => api.get<ItemList<Department>>('/org/departments').then((r) => r.items),
  createDepartment: (body: DepartmentCreate) => api.post<Department>('/org/departments', { json: body }),
  updateDepartment: (id: string, body: DepartmentUpdate) =>
    api.patch<Department>(`/org/departments/${encodeURIComponent(id)}`, { json: body }),
  deleteDepartment: (id: string) => api.del(`/org/departments/${encodeURIComponent(id)}`),

  employees: (query: EmployeeQuery, signal?: AbortSignal) =>
    api.get<Page<Employee>>('/org/employees', { query: { ...query }, signal }),
  employee: (id: string) => api.get<Employee>(`/org/employees/${encodeURIComponent(id)}`),
  createEmployee: (body: EmployeeWrite) => api.post<Employee>('/org/employees', { json: body }),
  updateEmployee: (id: string, body: EmployeeWrite) =>
    api.patch<Employee>(`/org/employees/${encodeURIComponent(id)}`, { json: body }),

  ranks: () => api.get<ItemList<Rank>>('/org/ranks').then((r) => r.items),
  projects: () => fetchAllPages<Project>('/org/projects'),
  costCentres: () => fetchAllPages<CostCentre>('/org/cost-centres'),

  importEmployees: (csv: string, dryRun: boolean) =>
    api.post<ImportResult>('/org/employees/import', {
      query: { dryRun: dryRun ? 'true' : undefined },
      text: csv,
      contentType: 'text/csv; charset=utf-8',
    }),
  importTemplate: () => requestBlob('/org/employees/import/template'),
};

export const IMPORT_TEMPLATE_PATH = '/api/v1/org/employees/import/template';
