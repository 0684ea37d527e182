import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, tenantIsolation } from '../../platform/db/tenant-policy.ts';

/** In-app notifications to employees (email and IM channels are added by the notify module later). */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    /** A template name, e.g. approval_requested; the console renders it in the viewer's language. */
    template: text('template').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Where it leads in the console, e.g. /travel/requests/<id>. */
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('notifications_recipient_idx').on(t.tenantId, t.recipientId, t.createdAt),
    tenantIsolation(),
  ],
);
