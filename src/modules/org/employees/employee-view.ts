import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import { maskIdCard, maskPassport, maskPhone } from '../../../platform/crypto/mask.ts';
import type { employees } from '../schema.ts';

export type EmployeeStatus = 'active' | 'inactive';

export interface EmployeeView {
  id: string;
  employeeNo: string;
  name: string;
  email: string | null;
  phone: string | null;
  rank: string;
  rankName: string;
  departmentId: string;
  departmentName: string;
  managerId: string | null;
  managerName: string | null;
  costCentreId: string | null;
  projectIds: string[];
  idCardNo: string | null;
  passportNo: string | null;
  status: EmployeeStatus;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Who is looking. Personal numbers are shown in full only to the employee themself; everyone else,
 * holders of pii.read included, sees them masked. Holders of pii.read may find an employee by an
 * exact number and reveal one field at a time (reveal-employee-pii.ts, audited).
 */
export interface PiiViewer {
  canReadPii: boolean;
  employeeId: string | null;
}

/** The personal-number fields of an employee, each revealable on its own. */
export const piiFields = ['phone', 'idCardNo', 'passportNo'] as const;
export type PiiField = (typeof piiFields)[number];

export interface EmployeeRow {
  employee: typeof employees.$inferSelect;
  rankName: string | null;
  departmentName: string | null;
  managerName: string | null;
}

export function toEmployeeView(row: EmployeeRow, projectIds: string[], cipher: PiiCipher, viewer: PiiViewer): EmployeeView {
  const e = row.employee;
  const full = viewer.employeeId !== null && viewer.employeeId === e.id;
  const reveal = (stored: string | null, mask: (plain: string) => string): string | null => {
    if (stored === null) return null;
    const plain = cipher.decrypt(stored);
    return full ? plain : mask(plain);
  };
  return {
    id: e.id,
    employeeNo: e.employeeNo,
    name: e.name,
    email: e.email,
    phone: reveal(e.phoneEnc, maskPhone),
    rank: e.rank,
    rankName: row.rankName ?? e.rank,
    departmentId: e.departmentId,
    departmentName: row.departmentName ?? '',
    managerId: e.managerId,
    managerName: e.managerId === null ? null : row.managerName,
    costCentreId: e.costCentreId,
    projectIds,
    idCardNo: reveal(e.idCardEnc, maskIdCard),
    passportNo: reveal(e.passportEnc, maskPassport),
    status: e.status,
    externalId: e.externalId,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
