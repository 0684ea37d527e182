import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { checkRankLevel, checkRankName } from '../rules/field-rules.ts';
import { ranks } from '../schema.ts';
import { fieldCollector, optional } from '../shared/field-errors.ts';
import { rankView, type RankView } from './rank-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface UpdateRankInput {
  name?: string;
  level?: number;
}

/** Renames or re-levels a rank; its code is its identity and does not change. */
export async function updateRank(
  db: Db,
  args: { tenantId: string; actor: Actor; code: string; input: UpdateRankInput },
): Promise<RankView> {
  const { tenantId, actor, code, input } = args;
  const fields = fieldCollector();
  const name = fields.take('name', optional(input.name, checkRankName));
  const level = input.level === undefined ? undefined : fields.take('level', checkRankLevel(input.level));
  fields.assertValid();

  return inTenantScope(db, [tenantId], async (tx) => {
    const where = and(eq(ranks.tenantId, tenantId), eq(ranks.code, code));
    const [current] = await tx.select().from(ranks).where(where).for('update');
    if (!current) throw notFound('rank');
    const changes: Partial<Pick<typeof ranks.$inferSelect, 'name' | 'level'>> = {};
    if (name !== undefined && name !== current.name) changes.name = name;
    if (level !== undefined && level !== current.level) changes.level = level;
    if (Object.keys(changes).length === 0) return rankView(current);
    const [row] = await tx.update(ranks).set(changes).where(where).returning();
    if (!row) throw notFound('rank');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'rank.updated',
      entityType: 'rank',
      entityId: code,
      summary: `Rank ${code} updated`,
      data: { before: { name: current.name, level: current.level }, after: changes },
    });
    return rankView(row);
  });
}
