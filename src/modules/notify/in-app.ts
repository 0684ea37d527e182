import { and, desc, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { notifications } from './schema.ts';

export interface Notice {
  tenantId: string;
  recipientIds: readonly string[];
  template: string;
  data: Record<string, unknown>;
  link?: string | null;
}

/** Queues in-app notifications in the caller's transaction (one per distinct recipient). */
export async function notifyInApp(tx: Tx, notice: Notice): Promise<void> {
  const recipients = [...new Set(notice.recipientIds)];
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(
    recipients.map((recipientId) => ({
      tenantId: notice.tenantId,
      id: newId(),
      recipientId,
      template: notice.template,
      data: notice.data,
      link: notice.link ?? null,
    })),
  );
}

export interface NotificationView {
  id: string;
  template: string;
  data: Record<string, unknown>;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface Recipient {
  tenantIds: readonly string[];
  recipientId: string;
}

/** A recipient's notifications, newest first; null (a caller who is not an employee) has none. */
export async function listNotifications(
  db: Db,
  args: { recipient: Recipient | null; unreadOnly: boolean; cursor?: string; limit: number },
): Promise<Page<NotificationView> & { unread: number }> {
  const after = decodeCursor(args.cursor, 2);
  let afterFilter: SQL | undefined;
  if (after) {
    const [at, id] = [new Date(String(after[0])), String(after[1])];
    if (Number.isNaN(at.getTime()) || !isUuid(id)) throw invalidCursor();
    afterFilter = or(lt(notifications.createdAt, at), and(eq(notifications.createdAt, at), lt(notifications.id, id)));
  }
  const recipient = args.recipient;
  if (!recipient) return { items: [], nextCursor: null, unread: 0 };
  const mine = eq(notifications.recipientId, recipient.recipientId);
  return inTenantScope(db, recipient.tenantIds, async (tx) => {
    const rows = await tx
      .select()
      .from(notifications)
      .where(and(mine, args.unreadOnly ? isNull(notifications.readAt) : undefined, afterFilter))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(args.limit + 1);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt)));
    const page = toPage(rows, args.limit, (r) => [r.createdAt.toISOString(), r.id]);
    return {
      unread: count?.n ?? 0,
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: r.id,
        template: r.template,
        data: r.data,
        link: r.link,
        read: r.readAt !== null,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  });
}

/** Marks one (id) or all of the recipient's notifications read. */
export async function markNotificationsRead(db: Db, args: Recipient & { id?: string }): Promise<number> {
  return inTenantScope(db, args.tenantIds, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.recipientId, args.recipientId),
          isNull(notifications.readAt),
          args.id ? eq(notifications.id, args.id) : undefined,
        ),
      )
      .returning({ id: notifications.id });
    if (args.id && rows.length === 0) {
      const [exists] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, args.id), eq(notifications.recipientId, args.recipientId)));
      if (!exists) throw notFound('notification');
    }
    return rows.length;
  });
}
