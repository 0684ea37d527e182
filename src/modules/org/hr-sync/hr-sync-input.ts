import type { EmployeeStatus } from '../employees/employee-view.ts';

/**
 * What an HR system sends. Records are matched by externalId (or, once, adopted by code /
 * employee number when that record has no external id yet). Optional fields left out stay as they
 * are; null clears them.
 */
export interface HrDepartmentInput {
  externalId: string;
  code: string;
  name: string;
  parentExternalId?: string | null;
}

export interface HrEmployeeInput {
  externalId: string;
  employeeNo: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  /** Rank code (or a rank name that is unique). */
  rank: string;
  departmentExternalId: string;
  managerExternalId?: string | null;
  costCentreCode?: string | null;
  status?: EmployeeStatus;
  idCardNo?: string | null;
  passportNo?: string | null;
}

export interface HrSyncInput {
  departments?: HrDepartmentInput[];
  employees?: HrEmployeeInput[];
  /** Deactivate employees that came from HR (have an external id) but are not in this payload. */
  deactivateMissing?: boolean;
}

export interface HrSyncCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface HrSyncResult {
  departments: HrSyncCounts;
  employees: HrSyncCounts & { deactivated: number };
}
