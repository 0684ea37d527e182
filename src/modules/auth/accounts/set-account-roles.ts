import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { invalidateAccount } from '../invalidate.ts';
import { accounts } from '../schema.ts';
import { accountViewOf, type AccountReach, type AccountView } from './list-accounts.ts';
import { checkRoles } from './role-rules.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../../audit/index.ts';

/** The role an enterprise, and the operator, must never be left without. */
const KEEPER = { tenant: 'travel_admin', operator: 'platform_admin' } as const;

/**
 * The active accounts holding the keeper role in the account's enterprise (or the operator),
 * locked in id order before anything else: two administrators removing each other at the same
 * time are serialised here without a deadlock, and the second sees the first's change.
 */
async function lockKeepers(tx: Tx, account: typeof accounts.$inferSelect): Promise<string[]> {
  const role = KEEPER[account.kind];
  const rows = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.kind, account.kind),
        account.tenantId === null ? sql`${accounts.tenantId} is null` : eq(accounts.tenantId, account.tenantId),
        eq(accounts.status, 'active'),
        sql`${role} = any(${accounts.roles})`,
      ),
    )
    .orderBy(asc(accounts.id))
    .for('update');
  return rows.map((r) => r.id);
}

/**
 * Sets the roles of an account (grants and revokes at once; several per person): enterprise roles
 * for an enterprise's people, operator roles for staff. An enterprise keeps at least one active
 * travel administrator (the operator, one platform administrator). Effective at the account's next
 * request: its cached principals are dropped on commit.
 */
export async function setAccountRoles(
  db: Db,
  args: { reach: AccountReach; accountId: string; roles: readonly string[]; actor: Actor },
): Promise<AccountView> {
  return inSystemScope(db, async (tx) => {
    const [seen] = await tx.select().from(accounts).where(eq(accounts.id, args.accountId));
    const keepers = seen ? await lockKeepers(tx, seen) : [];
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, args.accountId)).for('update');
    const inReach =
      account &&
      account.kind === args.reach.kind &&
      (args.reach.kind === 'operator' || (account.tenantId !== null && args.reach.tenantIds.includes(account.tenantId)));
    if (!account || !inReach) throw notFound('account');
    const roles = checkRoles(account.kind, args.roles);
    const granted = roles.filter((r) => !account.roles.includes(r));
    const revoked = account.roles.filter((r) => !(roles as string[]).includes(r));
    if (granted.length === 0 && revoked.length === 0) {
      const same = await accountViewOf(tx, account.id);
      if (!same) throw notFound('account');
      return same;
    }
    const keeper = KEEPER[account.kind];
    if (revoked.includes(keeper) && account.status === 'active' && keepers.every((id) => id === account.id)) {
      if (account.kind === 'tenant') throw new AppError('LAST_TRAVEL_ADMIN');
      throw new AppError('INVALID_STATE', 'The operator must keep at least one platform administrator');
    }
    await tx.update(accounts).set({ roles, updatedAt: new Date() }).where(eq(accounts.id, account.id));
    await invalidateAccount(tx, account.id);
    await appendAudit(tx, {
      tenantId: account.tenantId ?? PLATFORM_TENANT,
      actor: args.actor,
      action: 'account.roles_changed',
      entityType: 'account',
      entityId: account.id,
      summary: `Roles of ${account.displayName}: ${[...granted.map((r) => `+${r}`), ...revoked.map((r) => `-${r}`)].join(' ')}`,
      data: { granted, revoked, roles },
    });
    const view = await accountViewOf(tx, account.id);
    if (!view) throw notFound('account');
    return view;
  });
}
