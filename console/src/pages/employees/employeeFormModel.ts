import type { Employee, EmployeeCreate, EmployeeStatus, EmployeeUpdate } from '../../api/types';

export const EMPLOYEE_FIELDS = [
  'employeeNo',
  'name',
  'email',
  'phone',
  'rank',
  'departmentId',
  'managerId',
  'costCentreId',
  'projectIds',
  'idCardNo',
  'passportNo',
  'status',
] as const;

export type EmployeeField = (typeof EMPLOYEE_FIELDS)[number];

export interface EmployeeFormValues {
  employeeNo: string;
  name: string;
  email: string;
  phone: string;
  rank: string;
  departmentId: string;
  managerId: string;
  /** Display only: the chosen manager's name. */
  managerName: string;
  costCentreId: string;
  projectIds: string[];
  idCardNo: string;
  passportNo: string;
  status: EmployeeStatus;
}

export const EMPTY_EMPLOYEE: EmployeeFormValues = {
  employeeNo: '',
  name: '',
  email: '',
  phone: '',
  rank: '',
  departmentId: '',
  managerId: '',
  managerName: '',
  costCentreId: '',
  projectIds: [],
  idCardNo: '',
  passportNo: '',
  status: 'active',
};

export function valuesFromEmployee(e: Employee): EmployeeFormValues {
  return {
    employeeNo: e.employeeNo,
    name: e.name,
    email: e.email ?? '',
    phone: e.phone ?? '',
    rank: e.rank,
    departmentId: e.departmentId,
    managerId: e.managerId ?? '',
    managerName: e.managerName ?? '',
    costCentreId: e.costCentreId ?? '',
    projectIds: [...e.projectIds],
    idCardNo: e.idCardNo ?? '',
    passportNo: e.passportNo ?? '',
    status: e.status,
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Every field the form writes, with its value as sent. */
type EmployeeWrite = Required<Pick<EmployeeUpdate, EmployeeField>>;

/** The full write body for these values (empty optional fields become null). */
function toWrite(v: EmployeeFormValues): EmployeeWrite {
  return {
    employeeNo: v.employeeNo.trim(),
    name: v.name.trim(),
    email: orNull(v.email),
    phone: orNull(v.phone),
    rank: v.rank,
    departmentId: v.departmentId,
    managerId: orNull(v.managerId),
    costCentreId: orNull(v.costCentreId),
    projectIds: v.projectIds,
    idCardNo: orNull(v.idCardNo),
    passportNo: orNull(v.passportNo),
    status: v.status,
  };
}

/** POST body: empty optional fields are left out. */
export function createBody(v: EmployeeFormValues): EmployeeCreate {
  const { employeeNo, name, rank, departmentId, ...optional } = toWrite(v);
  const body: EmployeeCreate = { employeeNo, name, rank, departmentId };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null) Object.assign(body, { [key]: value });
  }
  return body;
}

type WriteValue = EmployeeWrite[EmployeeField];

function sameValue(a: WriteValue, b: WriteValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

/**
 * PATCH body: only fields that differ from what was loaded, so values the server sent
 * masked (phone, ID numbers) are never written back.
 */
export function patchBody(initial: EmployeeFormValues, current: EmployeeFormValues): EmployeeUpdate {
  const before = toWrite(initial);
  const after = toWrite(current);
  const body: EmployeeUpdate = {};
  for (const field of EMPLOYEE_FIELDS) {
    if (!sameValue(before[field], after[field])) Object.assign(body, { [field]: after[field] });
  }
  return body;
}

/** Client-side required-field check; everything else is validated by the server. */
export function missingRequired(v: EmployeeFormValues): EmployeeField[] {
  const required: EmployeeField[] = ['employeeNo', 'name', 'rank', 'departmentId'];
  return required.filter((field) => {
    const value = v[field];
    return typeof value === 'string' && value.trim() === '';
  });
}
