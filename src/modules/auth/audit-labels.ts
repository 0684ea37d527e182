import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { accounts, invitations } from './schema.ts';

type Labeller = (tx: Tx, ids: readonly string[]) => Promise<Map<string, string>>;

/**
 * How the audit log names accounts and invitations: by the person's name (their email only tells
 * two people of one name apart, and is already in the entry's data where it matters). In the
 * caller's scope: an enterprise reader names only its own accounts.
 */
export const authAuditLabellers: Readonly<Record<string, Labeller>> = {
  account: async (tx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({ id: accounts.id, name: accounts.displayName })
      .from(accounts)
      .where(inArray(accounts.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  invitation: async (tx, ids) => {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({ id: invitations.id, name: invitations.displayName })
      .from(invitations)
      .where(inArray(invitations.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
