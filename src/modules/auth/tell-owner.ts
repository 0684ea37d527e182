import type { Tx } from '../../platform/db/database.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';
import { notifyInApp } from '../notify/index.ts';
import type { accounts } from './schema.ts';
import type { AccountFailure } from './throttle.ts';

/** The in-app notification template telling an employee that failed sign-ins are slowing their account down. */
export const SIGN_IN_SLOWED_TEMPLATE = 'sign_in_slowed';

/**
 * Called once per episode, by the failure that starts slowing an account down: audited in the
 * account's chain, and the account's employee is told in-app. Operator staff have no employee (and
 * no tenant to hold a notification): for them the audit entry, in the platform's chain, is the record.
 */
export async function tellOwnerOfSlowdown(
  tx: Tx,
  account: typeof accounts.$inferSelect,
  actor: Actor,
  failure: AccountFailure,
  now: Date,
): Promise<void> {
  const data = { failures: failure.failures, delaySeconds: failure.delaySeconds, at: now.toISOString() };
  await appendAudit(tx, {
    tenantId: account.tenantId ?? PLATFORM_TENANT,
    actor,
    action: 'auth.slowed_down',
    entityType: 'account',
    entityId: account.id,
    summary: `Sign-ins of ${account.displayName} slowed down after ${failure.failures} failures`,
    data: { ...data, notified: Boolean(account.tenantId && account.employeeId) },
  });
  if (account.tenantId && account.employeeId) {
    await notifyInApp(tx, { tenantId: account.tenantId, recipientIds: [account.employeeId], template: SIGN_IN_SLOWED_TEMPLATE, data });
  }
}
