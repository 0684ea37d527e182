import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { validationFailed, type FieldError } from '../../platform/errors/app-error.ts';
import { checkPolicyText, duplicateName } from './policy-input.ts';
import { lockPolicy, lockPolicyNames, policyNameTaken } from './policy-rows.ts';
import type { PolicyStatus, PolicySummary } from './policy-types.ts';
import { policySummary } from './policy-view.ts';
import { policies } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';

export interface UpdatePolicyInput {
  name?: string;
  description?: string;
  /** An archived policy keeps its versions and assignments but applies to nobody. */
  status?: PolicyStatus;
}

type Changes = Partial<Pick<typeof policies.$inferSelect, 'name' | 'description' | 'status'>>;

/** Renames, describes, archives or reactivates a policy. */
export async function updatePolicy(
  db: Db,
  args: { tenantId: string; actor: Actor; id: string; input: UpdatePolicyInput },
): Promise<PolicySummary> {
  const { tenantId, actor, id, input } = args;
  const errors: FieldError[] = [];
  const name = input.name === undefined ? undefined : checkPolicyText(errors, 'name', input.name, 100, true);
  const description = input.description === undefined ? undefined : checkPolicyText(errors, 'description', input.description, 2000, false);
  if (errors.length > 0) throw validationFailed(errors);

  return inTenantScope(db, [tenantId], async (tx) => {
    if (name !== undefined) await lockPolicyNames(tx, tenantId);
    const current = await lockPolicy(tx, tenantId, id);
    const changes: Changes = {};
    if (name !== undefined && name !== current.name) {
      if (await policyNameTaken(tx, tenantId, name, id)) throw duplicateName(name);
      changes.name = name;
    }
    if (description !== undefined && description !== current.description) changes.description = description;
    if (input.status !== undefined && input.status !== current.status) changes.status = input.status;
    if (Object.keys(changes).length > 0) {
      await tx
        .update(policies)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(and(eq(policies.tenantId, tenantId), eq(policies.id, id)));
      const type =
        changes.status === 'archived' ? 'policy.archived' : changes.status === 'active' ? 'policy.reactivated' : 'policy.updated';
      await recordChange(tx, {
        tenantId,
        actor,
        entityType: 'policy',
        entityId: id,
        type,
        summary: `Policy ${changes.name ?? current.name} ${type.slice('policy.'.length)}`,
        data: {
          before: Object.fromEntries(Object.keys(changes).map((k) => [k, current[k as keyof Changes]])),
          after: changes,
        },
      });
    }
    const summary = await policySummary(tx, tenantId, id);
    if (!summary) throw new Error('updated policy not readable');
    return summary;
  });
}
