import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { webhookEndpoints } from './schema.ts';

/** How the audit log names webhook endpoints: by their URL (in the reader's scope). */
export const webhookAuditLabellers: Readonly<Record<string, (tx: Tx, ids: readonly string[]) => Promise<Map<string, string>>>> = {
  webhook_endpoint: async (tx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({ id: webhookEndpoints.id, url: webhookEndpoints.url })
      .from(webhookEndpoints)
      .where(inArray(webhookEndpoints.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.url]));
  },
};
