import {
  checkEmail,
  checkEmployeeNo,
  checkExternalId,
  checkIdCardNo,
  checkPassportNo,
  checkPersonName,
  checkPhone,
  checkRankCode,
} from '../rules/field-rules.ts';
import { clearable, optional, type FieldCollector } from '../shared/field-errors.ts';
import type { EmployeeStatus } from './employee-view.ts';

/** An employee as the JSON API takes it: everything for a create, any subset for an update. */
export interface EmployeeInput {
  employeeNo?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  rank?: string;
  departmentId?: string;
  managerId?: string | null;
  costCentreId?: string | null;
  /** Replaces the whole set. */
  projectIds?: string[];
  idCardNo?: string | null;
  passportNo?: string | null;
  status?: EmployeeStatus;
  externalId?: string | null;
}

/** Normalised values; undefined = not given (unchanged), null = cleared. */
export interface EmployeeFields {
  employeeNo?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  rank?: string;
  departmentId?: string;
  managerId?: string | null;
  costCentreId?: string | null;
  projectIds?: string[];
  idCardNo?: string | null;
  passportNo?: string | null;
  status?: EmployeeStatus;
  externalId?: string | null;
}

const requiredOnCreate = ['employeeNo', 'name', 'rank', 'departmentId'] as const;

/**
 * Checks the form of every field (not whether references exist: that needs the database) and
 * records problems under the field's path. Blank optional text counts as "clear".
 */
export function checkEmployeeInput(input: EmployeeInput, mode: 'create' | 'update', fields: FieldCollector): EmployeeFields {
  if (mode === 'create') {
    for (const key of requiredOnCreate) if (input[key] === undefined) fields.add(key, 'is required');
  }
  // Repeats dropped, order kept: an error on projectIds[i] must point at what the caller sent.
  const projectIds = input.projectIds === undefined ? undefined : [...new Set(input.projectIds)];
  return {
    employeeNo: fields.take('employeeNo', optional(input.employeeNo, checkEmployeeNo)),
    name: fields.take('name', optional(input.name, checkPersonName)),
    email: fields.take('email', clearable(input.email, checkEmail)),
    phone: fields.take('phone', clearable(input.phone, checkPhone)),
    rank: fields.take('rank', optional(input.rank, checkRankCode)),
    departmentId: input.departmentId,
    managerId: input.managerId,
    costCentreId: input.costCentreId,
    projectIds,
    idCardNo: fields.take(
      'idCardNo',
      clearable(input.idCardNo, (s) => checkIdCardNo(s)),
    ),
    passportNo: fields.take('passportNo', clearable(input.passportNo, checkPassportNo)),
    status: input.status,
    externalId: fields.take('externalId', clearable(input.externalId, checkExternalId)),
  };
}
