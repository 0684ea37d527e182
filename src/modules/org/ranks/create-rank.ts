import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { checkRankCode, checkRankLevel, checkRankName } from '../rules/field-rules.ts';
import { ranks } from '../schema.ts';
import { duplicate } from '../shared/conflicts.ts';
import { fieldCollector } from '../shared/field-errors.ts';
import { rankView, type RankView } from './rank-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface CreateRankInput {
  code: string;
  name: string;
  level: number;
}

export async function createRank(db: Db, args: { tenantId: string; actor: Actor; input: CreateRankInput }): Promise<RankView> {
  const { tenantId, actor, input } = args;
  const fields = fieldCollector();
  const code = fields.take('code', checkRankCode(input.code));
  const name = fields.take('name', checkRankName(input.name));
  const level = fields.take('level', checkRankLevel(input.level));
  if (code === undefined || name === undefined || level === undefined) throw fields.failure();

  return inTenantScope(db, [tenantId], async (tx) => {
    const [existing] = await tx
      .select()
      .from(ranks)
      .where(and(eq(ranks.tenantId, tenantId), eq(ranks.code, code)));
    if (existing) throw duplicate('code', `A rank with code ${code} already exists`);
    const [row] = await tx.insert(ranks).values({ tenantId, code, name, level }).returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'rank.created',
      entityType: 'rank',
      entityId: code,
      summary: `Rank ${code} ${name} created`,
      data: { code, name, level },
    });
    return rankView(row);
  });
}
