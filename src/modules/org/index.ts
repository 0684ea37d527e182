/**
 * Organisation (组织架构): departments, ranks, employees (personal numbers encrypted), cost
 * centres, projects, CSV import and HR sync.
 *
 * Other modules read the organisation through the functions below. Where a list needs a name or
 * an existence check inside its own query, they may also read the tables exported at the end —
 * read only: every write goes through this module's use cases.
 */
export { departmentChain, managerChain } from './read/chains.ts';
export { employeeLabels, nameIn, type EmployeeLabel } from './read/employee-labels.ts';
export { orgAuditLabellers } from './read/audit-labels.ts';
export { activeEmployeesByTenant, departmentStaffing, employeesWithoutManager, type DepartmentStaffing } from './read/setup-facts.ts';
export { loadOrgStructure, type OrgStructure } from './read/org-structure.ts';
export { idCardBirthDate, idCardCheckDigit, isValidIdCardNo } from './rules/id-card.ts';
export { updateEmployee, type UpdateEmployeeArgs } from './employees/update-employee.ts';
export { getEmployee } from './employees/read-employees.ts';
export type { EmployeeView, PiiViewer } from './employees/employee-view.ts';
export { EmployeeSchema } from './routes/org-schemas.ts';
export type { AfterCommit, EmployeeStatusChange, EmployeeStatusHook, StatusChangedEmployee } from './employees/status-change-hook.ts';
export { seedOrganisation, type OrganisationRows } from './seed-organisation.ts';
export { checkStarterPerson, createStarterOrganisation, type StarterPerson } from './starter-organisation.ts';
export { orgRoutes } from './routes.ts';
/** Request schemas of an employee's fields, for routes outside org that take them (onboarding's first administrator). */
export { EmployeeFieldSchemas } from './routes/org-schemas.ts';

/** Read-only tables (see above). */
export { costCentres, departments, employees, projects, ranks } from './schema.ts';

/**
 * The CSV conventions of the employee import (decoding, records with line numbers, header keys,
 * template lines) and the rank look-up by code or name, for other modules' imports (what-if's past bookings).
 */
export { decodeCsv, readCsv, type CsvRecord, type CsvReadResult } from './import/read-csv.ts';
export { headerKey } from './import/csv-columns.ts';
export { csvLine } from './import/import-template.ts';
export { rankResolver, type RankMatch } from './rules/rank-resolver.ts';
