import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { rawRows } from '../../platform/db/raw-rows.ts';
import { invalidateAccount, invalidateApiKey } from './invalidate.ts';
import { accounts, apiKeys } from './schema.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';

/** What ending an employee's access did (or, for a preview, would do). */
export interface AccessEnded {
  accounts: number;
  sessionsEnded: number;
  apiKeysRevoked: { id: string; name: string }[];
}

const idList = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

async function accountIdsOf(tx: Tx, tenantId: string, employeeId: string): Promise<{ id: string; status: string; displayName: string }[]> {
  return tx
    .select({ id: accounts.id, status: accounts.status, displayName: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.employeeId, employeeId)));
}

const liveKeysOf = (tx: Tx, tenantId: string, accountIds: readonly string[]) =>
  accountIds.length === 0
    ? Promise.resolve([])
    : tx
        .select({ id: apiKeys.id, name: apiKeys.name })
        .from(apiKeys)
        .where(and(eq(apiKeys.tenantId, tenantId), inArray(apiKeys.createdBy, [...accountIds]), isNull(apiKeys.revokedAt)));

/** What endEmployeeAccess would do now, without doing it (the offboarding dialog's summary). */
export async function employeeAccessSummary(tx: Tx, tenantId: string, employeeId: string, now: Date): Promise<AccessEnded> {
  const ids = (await accountIdsOf(tx, tenantId, employeeId)).map((a) => a.id);
  if (ids.length === 0) return { accounts: 0, sessionsEnded: 0, apiKeysRevoked: [] };
  const counted = rawRows(await tx.execute(sql`select tripdesk_count_sessions(${idList(ids)}, ${now.toISOString()}::timestamptz) as n`));
  return { accounts: ids.length, sessionsEnded: Number(counted[0]?.n ?? 0), apiKeysRevoked: await liveKeysOf(tx, tenantId, ids) };
}

/**
 * Ends a departing employee's access, in the caller's (tenant-scoped) transaction: their accounts
 * are disabled (sign-in refused with ACCOUNT_DISABLED), every session of theirs is deleted, the API
 * keys they created are revoked, and every app instance drops their cached principals on commit.
 * Each step is audited.
 */
export async function endEmployeeAccess(
  tx: Tx,
  args: { tenantId: string; actor: Actor; employeeId: string; now: Date },
): Promise<AccessEnded> {
  const { tenantId, actor, now } = args;
  const owned = await accountIdsOf(tx, tenantId, args.employeeId);
  const ids = owned.map((a) => a.id);
  if (ids.length === 0) return { accounts: 0, sessionsEnded: 0, apiKeysRevoked: [] };
  await tx
    .update(accounts)
    .set({ status: 'disabled', updatedAt: now })
    .where(and(inArray(accounts.id, ids), eq(accounts.status, 'active')));
  const sessionsEnded = Number(rawRows(await tx.execute(sql`select tripdesk_end_sessions(${idList(ids)}) as n`))[0]?.n ?? 0);
  const keys = await tx
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.tenantId, tenantId), inArray(apiKeys.createdBy, ids), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name });
  for (const account of owned) {
    await invalidateAccount(tx, account.id);
    if (account.status !== 'active') continue;
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'auth.account_disabled',
      entityType: 'account',
      entityId: account.id,
      summary: `Account of ${account.displayName} disabled (employee left); sessions ended`,
      data: { reason: 'offboarding', employeeId: args.employeeId, sessionsEnded },
    });
  }
  for (const key of keys) {
    await invalidateApiKey(tx, key.id);
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: key.id,
      summary: `API key "${key.name}" revoked (its creator left)`,
      data: { reason: 'offboarding', employeeId: args.employeeId },
    });
  }
  return { accounts: ids.length, sessionsEnded, apiKeysRevoked: keys };
}

/**
 * A reactivated employee may sign in again: the accounts offboarding disabled are enabled (new
 * sessions only: the old ones were deleted; revoked API keys stay revoked). Audited.
 */
export async function restoreEmployeeAccess(
  tx: Tx,
  args: { tenantId: string; actor: Actor; employeeId: string; now: Date },
): Promise<number> {
  const restored = await tx
    .update(accounts)
    .set({ status: 'active', updatedAt: args.now })
    .where(and(eq(accounts.tenantId, args.tenantId), eq(accounts.employeeId, args.employeeId), eq(accounts.status, 'disabled')))
    .returning({ id: accounts.id, displayName: accounts.displayName });
  for (const account of restored) {
    await invalidateAccount(tx, account.id);
    await appendAudit(tx, {
      tenantId: args.tenantId,
      actor: args.actor,
      action: 'auth.account_enabled',
      entityType: 'account',
      entityId: account.id,
      summary: `Account of ${account.displayName} enabled again (employee reactivated)`,
      data: { reason: 'reactivation', employeeId: args.employeeId },
    });
  }
  return restored.length;
}

/** The employee an acting account belongs to (null for API keys, the system, operator staff). */
export async function employeeOfActor(tx: Tx, actor: Actor): Promise<string | null> {
  if (actor.kind !== 'account' || actor.id === null) return null;
  const [row] = await tx.select({ employeeId: accounts.employeeId }).from(accounts).where(eq(accounts.id, actor.id));
  return row?.employeeId ?? null;
}

/** The active employees holding a role through an active account (e.g. the travel admins). */
export async function employeesWithRole(tx: Tx, tenantId: string, role: string): Promise<string[]> {
  const rows = await tx
    .select({ employeeId: accounts.employeeId })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.status, 'active'), sql`${role} = any(${accounts.roles})`));
  return [...new Set(rows.map((r) => r.employeeId).filter((id): id is string => id !== null))];
}
