import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notifications } from './schema.ts';

/** A notification as the pruning predicate sees it. */
export interface StoredNotice {
  recipientId: string;
  template: string;
  data: Record<string, unknown>;
}

/**
 * Deletes a tenant's notifications that `keep` refuses, in the caller's transaction: for seeding
 * and data maintenance (history replayed through the real use cases is not news).
 */
export async function pruneNotifications(tx: Tx, tenantId: string, keep: (n: StoredNotice) => boolean): Promise<number> {
  const rows = await tx
    .select({ id: notifications.id, recipientId: notifications.recipientId, template: notifications.template, data: notifications.data })
    .from(notifications)
    .where(eq(notifications.tenantId, tenantId));
  const drop = rows.filter((n) => !keep(n)).map((n) => n.id);
  for (let i = 0; i < drop.length; i += 1000) {
    await tx.delete(notifications).where(and(eq(notifications.tenantId, tenantId), inArray(notifications.id, drop.slice(i, i + 1000))));
  }
  return drop.length;
}
