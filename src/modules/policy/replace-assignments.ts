import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { lockPolicy } from './policy-rows.ts';
import type { AssignmentInput, AssignmentView } from './policy-types.ts';
import { selectAssignments } from './policy-view.ts';
import { policyAssignments } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { departments, ranks } from '../org/index.ts';
import { recordChange } from '../timeline/index.ts';

type NewAssignment = Omit<typeof policyAssignments.$inferInsert, 'tenantId' | 'id' | 'policyId' | 'createdAt'>;

const key = (a: NewAssignment) => JSON.stringify([a.departmentId, [...(a.rankCodes ?? [])].sort(), a.minRankLevel, a.maxRankLevel]);

/** The assignments as rows, with every shape problem under its path ('assignments.2.rankCodes.0'). */
function normalise(list: readonly AssignmentInput[], errors: FieldError[]): NewAssignment[] {
  const seen = new Map<string, number>();
  return list.map((a, i) => {
    const at = `assignments.${i}`;
    const rankCodes = (a.rankCodes ?? []).map((c) => c.trim());
    rankCodes.forEach((c, j) => {
      if (c === '') errors.push({ path: `${at}.rankCodes.${j}`, message: 'must not be empty' });
      else if (rankCodes.indexOf(c) !== j) errors.push({ path: `${at}.rankCodes.${j}`, message: `${c} is listed twice` });
    });
    const min = a.minRankLevel ?? null;
    const max = a.maxRankLevel ?? null;
    if (min !== null && max !== null && min > max)
      errors.push({ path: at, message: 'minRankLevel is above maxRankLevel, so it applies to nobody' });
    const row: NewAssignment = {
      departmentId: a.departmentId ?? null,
      rankCodes,
      minRankLevel: min,
      maxRankLevel: max,
      priority: a.priority ?? 0,
    };
    const first = seen.get(key(row));
    if (first !== undefined) errors.push({ path: at, message: `the same travellers as assignment ${first}` });
    else seen.set(key(row), i);
    return row;
  });
}

/** Departments and ranks named must exist in the tenant. */
async function checkReferences(tx: Tx, tenantId: string, rows: readonly NewAssignment[], errors: FieldError[]): Promise<void> {
  const departmentIds = [...new Set(rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])))];
  const codes = [...new Set(rows.flatMap((r) => r.rankCodes ?? []))];
  const knownDepartments = new Set(
    departmentIds.length === 0
      ? []
      : (
          await tx
            .select({ id: departments.id })
            .from(departments)
            .where(and(eq(departments.tenantId, tenantId), inArray(departments.id, departmentIds)))
        ).map((r) => r.id),
  );
  const knownRanks = new Set(
    codes.length === 0
      ? []
      : (
          await tx
            .select({ code: ranks.code })
            .from(ranks)
            .where(and(eq(ranks.tenantId, tenantId), inArray(ranks.code, codes)))
        ).map((r) => r.code),
  );
  rows.forEach((r, i) => {
    if (r.departmentId && !knownDepartments.has(r.departmentId))
      errors.push({ path: `assignments.${i}.departmentId`, message: 'no such department' });
    (r.rankCodes ?? []).forEach((c, j) => {
      if (!knownRanks.has(c)) errors.push({ path: `assignments.${i}.rankCodes.${j}`, message: `no such rank ${c}` });
    });
  });
}

/**
 * Replaces the travellers a policy applies to: by department (and its sub-departments), by rank
 * codes or a rank-level range, both, or neither (the tenant's default). Only active policies with
 * a published version take part in resolution.
 */
export async function replaceAssignments(
  db: Db,
  args: { tenantId: string; actor: Actor; policyId: string; assignments: readonly AssignmentInput[] },
): Promise<AssignmentView[]> {
  const { tenantId, actor, policyId } = args;
  const errors: FieldError[] = [];
  const rows = normalise(args.assignments, errors);
  if (errors.length > 0) throw validationFailed(errors);

  return inTenantScope(db, [tenantId], async (tx) => {
    const policy = await lockPolicy(tx, tenantId, policyId);
    await checkReferences(tx, tenantId, rows, errors);
    if (errors.length > 0) throw validationFailed(errors);
    const before = await selectAssignments(tx, [policyId]);
    const where = and(eq(policyAssignments.tenantId, tenantId), eq(policyAssignments.policyId, policyId));
    await tx.delete(policyAssignments).where(where);
    // Ids are time-ordered: reading by id gives the assignments back in the order given.
    if (rows.length > 0) await tx.insert(policyAssignments).values(rows.map((r) => ({ ...r, tenantId, id: newId(), policyId })));
    const after = await selectAssignments(tx, [policyId]);
    const compact = (list: typeof after) =>
      list.map(({ departmentId, departmentName, rankCodes, minRankLevel, maxRankLevel, priority }) => ({
        departmentId,
        departmentName,
        rankCodes,
        minRankLevel,
        maxRankLevel,
        priority,
      }));
    await recordChange(tx, {
      tenantId,
      actor,
      entityType: 'policy',
      entityId: policyId,
      type: 'policy.assignments_replaced',
      summary: `Policy ${policy.name}: ${after.length} assignments (were ${before.length})`,
      data: { before: compact(before), after: compact(after) },
    });
    return after.map(({ tenantId: _t, policyId: _p, ...view }) => view);
  });
}
