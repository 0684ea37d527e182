import { eq } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { employeeProjects, employees } from '../schema.ts';
import type { EmployeeRecord } from './employee-record.ts';
import { openOrNull } from './pii-columns.ts';

export interface EmployeeRecords {
  records: EmployeeRecord[];
  projectIds: Map<string, string[]>;
}

/** Every employee of the tenant, personal numbers decrypted, with project memberships: the "before" of a bulk write. */
export async function loadEmployeeRecords(tx: Tx, cipher: PiiCipher, tenantId: string): Promise<EmployeeRecords> {
  const rows = await tx.select().from(employees).where(eq(employees.tenantId, tenantId));
  const records = rows.map((r): EmployeeRecord => ({
    id: r.id,
    employeeNo: r.employeeNo,
    name: r.name,
    email: r.email,
    phone: openOrNull(cipher, r.phoneEnc),
    idCardNo: openOrNull(cipher, r.idCardEnc),
    passportNo: openOrNull(cipher, r.passportEnc),
    rank: r.rank,
    departmentId: r.departmentId,
    managerId: r.managerId,
    costCentreId: r.costCentreId,
    status: r.status,
    externalId: r.externalId,
  }));
  const memberships = await tx
    .select({ employeeId: employeeProjects.employeeId, projectId: employeeProjects.projectId })
    .from(employeeProjects)
    .where(eq(employeeProjects.tenantId, tenantId));
  const projectIds = new Map<string, string[]>();
  for (const m of memberships) {
    const list = projectIds.get(m.employeeId);
    if (list) list.push(m.projectId);
    else projectIds.set(m.employeeId, [m.projectId]);
  }
  return { records, projectIds };
}
