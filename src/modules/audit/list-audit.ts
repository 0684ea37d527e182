import { and, desc, eq, or, lt, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import { isUuid } from '../../platform/ids.ts';
import { auditLog } from './schema.ts';
import { PLATFORM_TENANT } from './hash.ts';

export interface AuditEntryView {
  tenantId: string;
  seq: number;
  at: string;
  actorKind: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  requestId: string | null;
}

export interface AuditQuery {
  /** 'tenants': the scope's tenants (row-level security); 'platform': the operator's own chain. */
  chain: 'tenants' | 'platform';
  scope: readonly string[];
  entityType?: string;
  entityId?: string;
  action?: string;
  cursor?: string;
  limit: number;
}

/** Newest first, across the tenants in scope. */
export async function listAudit(db: Db, q: AuditQuery): Promise<Page<AuditEntryView>> {
  const after = decodeCursor(q.cursor, 3);
  const filters: (SQL | undefined)[] = [
    q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.chain === 'platform' ? eq(auditLog.tenantId, PLATFORM_TENANT) : undefined,
  ];
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
  const read = (tx: Tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(...filters))
      .orderBy(desc(auditLog.at), desc(auditLog.tenantId), desc(auditLog.seq))
      .limit(q.limit + 1);
  const rows = q.chain === 'platform' ? await inSystemScope(db, read) : await inTenantScope(db, q.scope, read);
  const page = toPage(rows, q.limit, (r) => [r.at.toISOString(), r.tenantId, r.seq]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      tenantId: r.tenantId,
      seq: r.seq,
      at: r.at.toISOString(),
      actorKind: r.actorKind,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: r.summary,
      requestId: r.requestId,
    })),
  };
}
