import type { EmployeeStatus } from './employee-view.ts';

/**
 * An employee's complete state with personal numbers in plain text: what bulk writers (CSV
 * import, HR sync) compute, compare with what is stored, and hand to writeEmployeeBatch.
 */
export interface EmployeeRecord {
  id: string;
  employeeNo: string;
  name: string;
  email: string | null;
  phone: string | null;
  idCardNo: string | null;
  passportNo: string | null;
  rank: string;
  departmentId: string;
  managerId: string | null;
  costCentreId: string | null;
  status: EmployeeStatus;
  externalId: string | null;
}

const recordKeys = [
  'employeeNo',
  'name',
  'email',
  'phone',
  'idCardNo',
  'passportNo',
  'rank',
  'departmentId',
  'managerId',
  'costCentreId',
  'status',
  'externalId',
] as const satisfies readonly (keyof EmployeeRecord)[];

/** The fields in which two states of one employee differ. */
export const changedFields = (before: EmployeeRecord, after: EmployeeRecord): string[] => recordKeys.filter((k) => before[k] !== after[k]);

export const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
};
