import { and, desc, eq, gte, ilike, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { containsPattern } from '../../platform/db/like.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import { isUuid } from '../../platform/ids.ts';
import { startOfChinaDay } from '../../platform/time/china-time.ts';
import { auditLog } from './schema.ts';
import { PLATFORM_TENANT } from './hash.ts';
import { auditSentence, type SentenceLang } from './sentences/index.ts';

export interface AuditEntryView {
  tenantId: string;
  seq: number;
  at: string;
  actorKind: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The entity's name / code, when the entry or the entity names it. */
  entityLabel: string | null;
  /** What happened, in one sentence of the reader's language. */
  sentence: string;
  summary: string;
  requestId: string | null;
}

/**
 * Names of entities by id, read in the caller's scope: the composition root registers one per
 * entity type (src/audit-labels.ts), so a sentence can name a travel request whose entry holds
 * only its id.
 */
export type AuditLabeller = (tx: Tx, ids: readonly string[]) => Promise<Map<string, string>>;
export type AuditLabellers = Readonly<Record<string, AuditLabeller>>;

export interface AuditFilters {
  /** Part of the actor's name. */
  actor?: string;
  /** An exact action, or a family ending in ".*" (travel_request.*). */
  action?: string;
  entityType?: string;
  entityId?: string;
  /** China dates, both included. */
  from?: string;
  to?: string;
}

export interface AuditQuery extends AuditFilters {
  /** 'tenants': the scope's tenants (row-level security); 'platform': the operator's own chain. */
  chain: 'tenants' | 'platform';
  scope: readonly string[];
  lang?: SentenceLang;
  cursor?: string;
  limit: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date range as instants (a range that ends before it starts simply matches nothing). */
export function dateRangeOf(q: AuditFilters): { from: Date | null; toEnd: Date | null } {
  const from = q.from ? startOfChinaDay(q.from) : null;
  const toEnd = q.to ? new Date(startOfChinaDay(q.to).getTime() + DAY_MS) : null;
  return { from, toEnd };
}

function filtersSql(q: AuditQuery): (SQL | undefined)[] {
  const { from, toEnd } = dateRangeOf(q);
  const action = q.action?.trim();
  const family = action?.endsWith('.*') ? action.slice(0, -1) : null;
  const actor = q.actor?.trim();
  return [
    q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    family ? like(auditLog.action, `${family.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : action ? eq(auditLog.action, action) : undefined,
    actor ? ilike(auditLog.actorName, containsPattern(actor)) : undefined,
    from ? gte(auditLog.at, from) : undefined,
    toEnd ? lt(auditLog.at, toEnd) : undefined,
    q.chain === 'platform' ? eq(auditLog.tenantId, PLATFORM_TENANT) : undefined,
  ];
}

type AuditRow = typeof auditLog.$inferSelect;

async function labelsOf(tx: Tx, rows: readonly AuditRow[], labellers: AuditLabellers): Promise<Map<string, string>> {
  const byType = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.entityId === null || !isUuid(r.entityId) || !Object.hasOwn(labellers, r.entityType)) continue;
    byType.set(r.entityType, (byType.get(r.entityType) ?? new Set()).add(r.entityId));
  }
  const labels = new Map<string, string>();
  for (const [type, ids] of byType) {
    const found = await labellers[type]?.(tx, [...ids]);
    for (const [id, label] of found ?? []) labels.set(`${type}:${id}`, label);
  }
  return labels;
}

function viewOf(r: AuditRow, labels: Map<string, string>, lang: SentenceLang): AuditEntryView {
  const entityLabel = r.entityId === null ? null : (labels.get(`${r.entityType}:${r.entityId}`) ?? null);
  return {
    tenantId: r.tenantId,
    seq: r.seq,
    at: r.at.toISOString(),
    actorKind: r.actorKind,
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityLabel,
    sentence: auditSentence({ ...r, entityLabel }, lang),
    summary: r.summary,
    requestId: r.requestId,
  };
}

/** Newest first, across the tenants in scope, filtered; each entry with its sentence. */
export async function listAudit(db: Db, q: AuditQuery, labellers: AuditLabellers = {}): Promise<Page<AuditEntryView>> {
  const after = decodeCursor(q.cursor, 3);
  const filters = filtersSql(q);
  if (after) {
    const [at, tenantId, seq] = [new Date(String(after[0])), String(after[1]), Number(after[2])];
    if (Number.isNaN(at.getTime()) || !isUuid(tenantId) || !Number.isSafeInteger(seq)) throw invalidCursor();
    filters.push(
      or(
        lt(auditLog.at, at),
        and(eq(auditLog.at, at), lt(auditLog.tenantId, tenantId)),
        and(eq(auditLog.at, at), eq(auditLog.tenantId, tenantId), lt(auditLog.seq, seq)),
      ),
    );
  }
  const read = async (tx: Tx) => {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(and(...filters))
      .orderBy(desc(auditLog.at), desc(auditLog.tenantId), desc(auditLog.seq))
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, (r) => [r.at.toISOString(), r.tenantId, r.seq]);
    return { page, labels: await labelsOf(tx, page.items, labellers) };
  };
  const { page, labels } = q.chain === 'platform' ? await inSystemScope(db, read) : await inTenantScope(db, q.scope, read);
  return { nextCursor: page.nextCursor, items: page.items.map((r) => viewOf(r, labels, q.lang ?? 'zh-CN')) };
}
