import type { Tx } from '../../platform/db/database.ts';
import { accounts, operatorAssignments } from './schema.ts';

/** Accounts (password hashes made by the caller with hashPassword) and the tenants operator staff serve. */
export interface AccountRows {
  accounts: (typeof accounts.$inferInsert)[];
  operatorAssignments: (typeof operatorAssignments.$inferInsert)[];
}

/** Writes accounts in bulk in the caller's (system-scope) transaction: seeding, never a sign-up path. */
export async function seedAccounts(tx: Tx, rows: AccountRows): Promise<void> {
  if (rows.accounts.length) await tx.insert(accounts).values(rows.accounts);
  if (rows.operatorAssignments.length) await tx.insert(operatorAssignments).values(rows.operatorAssignments);
}
