import { and, eq, sql } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { employeeProjects, employees } from '../schema.ts';
import { fieldCollector } from '../shared/field-errors.ts';
import { checkEmployeeReferences } from './check-employee-references.ts';
import { checkEmployeeInput, type EmployeeFields, type EmployeeInput } from './employee-input.ts';
import { sameSet } from './employee-record.ts';
import type { EmployeeView, PiiViewer } from './employee-view.ts';
import { openOrNull, phoneColumns, sealOrNull } from './pii-columns.ts';
import { projectIdsOf, selectEmployeeViews } from './select-employees.ts';
import { type AfterCommit, type EmployeeStatusHook, reportStatusChange } from './status-change-hook.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface UpdateEmployeeArgs {
  tenantId: string;
  actor: Actor;
  cipher: PiiCipher;
  viewer: PiiViewer;
  id: string;
  input: EmployeeInput;
  /** Told of a deactivation or reactivation, in the same transaction (the offboarding workflow). */
  onStatusChange?: EmployeeStatusHook;
}

type Row = typeof employees.$inferSelect;
const plainKeys = ['employeeNo', 'name', 'email', 'rank', 'departmentId', 'managerId', 'costCentreId', 'status', 'externalId'] as const;
const personalKeys = ['phone', 'idCardNo', 'passportNo'] as const;

/**
 * Changes any subset of an employee's fields; projectIds replaces the set. Deactivation is
 * status 'inactive' (employees are never deleted: bookings and approvals refer to them).
 */
export async function updateEmployee(db: Db, args: UpdateEmployeeArgs): Promise<EmployeeView> {
  const { tenantId, actor, cipher, id } = args;
  const fields = fieldCollector();
  const given = checkEmployeeInput(args.input, 'update', fields);
  fields.assertValid();

  let afterCommit: AfterCommit | undefined;
  const view = await inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(employees.tenantId, tenantId), eq(employees.id, id));
    const [current] = await tx.select().from(employees).where(where).for('update');
    if (!current) throw notFound('employee');

    // Only what really differs counts as a change (and is checked, written and audited).
    const changed: EmployeeFields = {};
    const set: Partial<Row> = {};
    for (const key of plainKeys) {
      const value = given[key];
      if (value !== undefined && value !== current[key]) {
        Object.assign(changed, { [key]: value });
        Object.assign(set, { [key]: value });
      }
    }
    const stored = { phone: current.phoneEnc, idCardNo: current.idCardEnc, passportNo: current.passportEnc };
    for (const key of personalKeys) {
      const value = given[key];
      if (value !== undefined && value !== openOrNull(cipher, stored[key])) changed[key] = value;
    }
    if (changed.phone !== undefined) Object.assign(set, phoneColumns(cipher, changed.phone));
    if (changed.idCardNo !== undefined) set.idCardEnc = sealOrNull(cipher, changed.idCardNo);
    if (changed.passportNo !== undefined) set.passportEnc = sealOrNull(cipher, changed.passportNo);
    const currentProjects = (await projectIdsOf(tx, [id])).get(id) ?? [];
    if (given.projectIds !== undefined && !sameSet(given.projectIds, currentProjects)) changed.projectIds = given.projectIds;

    const changedKeys = Object.keys(changed);
    if (changedKeys.length > 0) {
      await checkEmployeeReferences(tx, tenantId, id, changed, fields, args.input.projectIds);
      await tx
        .update(employees)
        .set({ ...set, updatedAt: sql`now()` })
        .where(where);
      if (changed.projectIds !== undefined) {
        await tx.delete(employeeProjects).where(and(eq(employeeProjects.tenantId, tenantId), eq(employeeProjects.employeeId, id)));
        if (changed.projectIds.length > 0) {
          await tx.insert(employeeProjects).values(changed.projectIds.map((projectId) => ({ tenantId, employeeId: id, projectId })));
        }
      }
      const action =
        changed.status === 'inactive' ? 'employee.deactivated' : changed.status === 'active' ? 'employee.reactivated' : 'employee.updated';
      await appendAudit(tx, {
        tenantId,
        actor,
        action,
        entityType: 'employee',
        entityId: id,
        summary: `Employee ${current.employeeNo} ${current.name} ${action.slice('employee.'.length)}`,
        data: {
          changed: changedKeys,
          before: Object.fromEntries(
            Object.keys(set)
              .filter(isPlainKey)
              .map((k) => [k, current[k]]),
          ),
          after: Object.fromEntries(
            Object.keys(set)
              .filter(isPlainKey)
              .map((k) => [k, set[k]]),
          ),
          ...(changed.projectIds !== undefined ? { projectIds: { before: currentProjects, after: changed.projectIds } } : {}),
        },
      });
      if (changed.status !== undefined) {
        const who = {
          id,
          employeeNo: set.employeeNo ?? current.employeeNo,
          name: set.name ?? current.name,
          managerId: set.managerId ?? current.managerId,
        };
        afterCommit = await reportStatusChange(tx, args.onStatusChange, {
          tenantId,
          actor,
          via: 'update',
          deactivated: changed.status === 'inactive' ? [who] : [],
          reactivated: changed.status === 'active' ? [who] : [],
        });
      }
    }
    const [view] = await selectEmployeeViews(tx, cipher, args.viewer, where, 1);
    if (!view) throw notFound('employee');
    return view;
  });
  await afterCommit?.();
  return view;
}

const isPlainKey = (k: string): k is (typeof plainKeys)[number] => (plainKeys as readonly string[]).includes(k);
