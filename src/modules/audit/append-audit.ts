import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { auditChainHeads, auditLog } from './schema.ts';
import { entryHash, GENESIS_HASH } from './hash.ts';
import type { Actor } from '../access/index.ts';

export interface AuditEvent {
  tenantId: string;
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  summary: string;
  data?: Record<string, unknown>;
}

/**
 * Appends one entry to its tenant's chain, in the caller's transaction: the change and its audit
 * entry commit or roll back together. The chain head is locked, so concurrent appends queue.
 */
export async function appendAudit(tx: Tx, event: AuditEvent): Promise<{ seq: number; hash: string }> {
  await tx.insert(auditChainHeads).values({ tenantId: event.tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const heads = await tx
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(sql`${auditChainHeads.tenantId} = ${event.tenantId}`)
    .for('update');
  const head = heads[0];
  if (!head) throw new Error(`audit chain head for ${event.tenantId} is not visible in this scope`);
  const fields = {
    tenantId: event.tenantId,
    seq: head.seq + 1,
    // Millisecond precision: what PostgreSQL stores is exactly what the hash covered.
    at: new Date(Date.now()),
    actorKind: event.actor.kind,
    actorId: event.actor.id,
    actorName: event.actor.name,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    summary: event.summary,
    data: event.data ?? {},
    requestId: event.actor.requestId,
    ip: event.actor.ip,
    prevHash: head.hash,
  };
  const hash = entryHash(fields);
  await tx.insert(auditLog).values({ ...fields, hash });
  await tx
    .update(auditChainHeads)
    .set({ seq: fields.seq, hash })
    .where(sql`${auditChainHeads.tenantId} = ${event.tenantId}`);
  return { seq: fields.seq, hash };
}
