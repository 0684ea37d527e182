import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { employeeProjects, employees } from '../schema.ts';
import type { EmployeeRecord } from './employee-record.ts';
import { phoneColumns, sealOrNull } from './pii-columns.ts';

/** What a bulk write changes. Records are complete new states; ids of creates are already assigned. */
export interface EmployeeBatch {
  creates: EmployeeRecord[];
  updates: EmployeeRecord[];
  /** Employee id → its new, complete set of projects (only employees whose set changes). */
  projectSets: Map<string, string[]>;
}

/** Rows per statement: well under PostgreSQL's 65,535 parameters per statement. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const list = (parts: SQL[]): SQL => sql.join(parts, sql`, `);

/**
 * Writes a validated batch with multi-row statements, in the caller's transaction:
 * 1. updates of existing employees (all but the manager), 2. inserts without managers,
 * 3. every manager line — so a manager may be anyone in the batch, whatever the order, and the
 * unique email of someone who changes it is free before a newcomer takes it.
 * 4. project memberships, replaced per employee.
 */
export async function writeEmployeeBatch(tx: Tx, cipher: PiiCipher, tenantId: string, batch: EmployeeBatch): Promise<void> {
  for (const part of chunks(batch.updates)) {
    const rows = part.map((r) => {
      const phone = phoneColumns(cipher, r.phone);
      return sql`(${r.id}::uuid, ${r.employeeNo}::text, ${r.name}::text, ${r.email}::text, ${phone.phoneEnc}::text,
        ${phone.phoneHash}::text, ${sealOrNull(cipher, r.idCardNo)}::text, ${sealOrNull(cipher, r.passportNo)}::text,
        ${r.rank}::text, ${r.departmentId}::uuid, ${r.costCentreId}::uuid, ${r.status}::text, ${r.externalId}::text)`;
    });
    await tx.execute(sql`
      update employees as e set
        employee_no = v.employee_no, name = v.name, email = v.email, phone_enc = v.phone_enc, phone_hash = v.phone_hash,
        id_card_enc = v.id_card_enc, passport_enc = v.passport_enc, rank = v.rank, department_id = v.department_id,
        cost_centre_id = v.cost_centre_id, status = v.status, external_id = v.external_id, updated_at = now()
      from (values ${list(rows)}) as v(id, employee_no, name, email, phone_enc, phone_hash, id_card_enc, passport_enc,
        rank, department_id, cost_centre_id, status, external_id)
      where e.tenant_id = ${tenantId} and e.id = v.id`);
  }

  for (const part of chunks(batch.creates)) {
    await tx.insert(employees).values(
      part.map((r) => ({
        tenantId,
        id: r.id,
        employeeNo: r.employeeNo,
        name: r.name,
        email: r.email,
        ...phoneColumns(cipher, r.phone),
        idCardEnc: sealOrNull(cipher, r.idCardNo),
        passportEnc: sealOrNull(cipher, r.passportNo),
        rank: r.rank,
        departmentId: r.departmentId,
        managerId: null,
        costCentreId: r.costCentreId,
        status: r.status,
        externalId: r.externalId,
      })),
    );
  }

  const managed = [...batch.creates.filter((r) => r.managerId !== null), ...batch.updates];
  for (const part of chunks(managed)) {
    const rows = part.map((r) => sql`(${r.id}::uuid, ${r.managerId}::uuid)`);
    await tx.execute(sql`
      update employees as e set manager_id = v.manager_id
      from (values ${list(rows)}) as v(id, manager_id)
      where e.tenant_id = ${tenantId} and e.id = v.id and e.manager_id is distinct from v.manager_id`);
  }

  const changedSets = [...batch.projectSets.entries()];
  for (const part of chunks(changedSets)) {
    await tx.delete(employeeProjects).where(
      and(
        eq(employeeProjects.tenantId, tenantId),
        inArray(
          employeeProjects.employeeId,
          part.map(([id]) => id),
        ),
      ),
    );
  }
  const memberships = changedSets.flatMap(([employeeId, projectIds]) =>
    projectIds.map((projectId) => ({ tenantId, employeeId, projectId })),
  );
  for (const part of chunks(memberships, 2000)) await tx.insert(employeeProjects).values(part);
}
