import { eq } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { employees } from '../schema.ts';
import type { PiiField } from './employee-view.ts';
import { openOrNull } from './pii-columns.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface RevealEmployeePiiArgs {
  /** The tenants the caller reads (the employee must be in one of them). */
  tenantIds: readonly string[];
  actor: Actor;
  cipher: PiiCipher;
  id: string;
  field: PiiField;
}

/**
 * One personal number of one employee in full, for a caller allowed to read personal data (the
 * route requires pii.read). Every reveal is audited in the employee's tenant: who, whose, which
 * field and when, never the value.
 */
export async function revealEmployeePii(db: Db, args: RevealEmployeePiiArgs): Promise<{ field: PiiField; value: string | null }> {
  const { cipher, field, id } = args;
  return inTenantScope(db, args.tenantIds, async (tx) => {
    const [row] = await tx
      .select({
        tenantId: employees.tenantId,
        employeeNo: employees.employeeNo,
        name: employees.name,
        phone: employees.phoneEnc,
        idCardNo: employees.idCardEnc,
        passportNo: employees.passportEnc,
      })
      .from(employees)
      .where(eq(employees.id, id));
    if (!row) throw notFound('employee');
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actor: args.actor,
      action: 'employee.pii_revealed',
      entityType: 'employee',
      entityId: id,
      summary: `Employee ${row.employeeNo} ${row.name}: ${field} revealed`,
      data: { field },
    });
    return { field, value: openOrNull(cipher, row[field]) };
  });
}
