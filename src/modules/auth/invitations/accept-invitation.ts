import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { invalidateAccount } from '../invalidate.ts';
import { openSession, type NewSession } from '../new-session.ts';
import { assertStrongPassword, hashPassword } from '../password.ts';
import { accounts, invitations } from '../schema.ts';
import { sha256 } from '../tokens.ts';
import { assertOpen, type InvitationRow } from './invitation-view.ts';
import { appendAudit, PLATFORM_TENANT } from '../../audit/index.ts';
import { employees } from '../../org/index.ts';
import { tenants } from '../../tenancy/index.ts';

/** What the person opening a link sees: who is invited, to which enterprise, as what, until when. */
export interface OpenedInvitation {
  email: string;
  displayName: string;
  roles: string[];
  kind: 'tenant' | 'operator';
  tenant: { name: string; nameEn: string } | null;
  expiresAt: string;
}

async function byToken(tx: Tx, token: string, lock: boolean): Promise<InvitationRow> {
  const query = tx
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)));
  const [row] = lock ? await query.for('update') : await query;
  // An unknown token, or one a resend replaced: nothing to say about it (404).
  if (!row) throw notFound('invitation');
  return row;
}

async function tenantOf(tx: Tx, row: InvitationRow): Promise<{ name: string; nameEn: string; status: string } | null> {
  if (row.tenantId === null) return null;
  const [t] = await tx
    .select({ name: tenants.name, nameEn: tenants.nameEn, status: tenants.status })
    .from(tenants)
    .where(eq(tenants.id, row.tenantId));
  if (!t) throw notFound('invitation');
  if (t.status !== 'active') throw new AppError('TENANT_SUSPENDED');
  return t;
}

/** Reads an invitation by its link's token (public): 404 unknown, 410 used / revoked / expired, 403 enterprise suspended. */
export async function openInvitation(db: Db, token: string, now: Date): Promise<OpenedInvitation> {
  return inSystemScope(db, async (tx) => {
    const row = await byToken(tx, token, false);
    assertOpen(row, now);
    const tenant = await tenantOf(tx, row);
    return {
      email: row.email,
      displayName: row.displayName,
      roles: row.roles,
      kind: row.kind,
      tenant: tenant && { name: tenant.name, nameEn: tenant.nameEn },
      expiresAt: row.expiresAt.toISOString(),
    };
  });
}

export interface AcceptInput {
  db: Db;
  token: string;
  password: string;
  now: Date;
  ip: string;
  userAgent: string | null;
  requestId: string | null;
  sessionTtlHours: number;
}

/**
 * Accepts an invitation (public): sets the password under the usual rules, creates the account
 * with the invited roles and opens a session — all or nothing, once. The employee's phone
 * number comes with the account (for sign-in by phone) unless another account holds it.
 */
export async function acceptInvitation(input: AcceptInput): Promise<NewSession & { accountId: string }> {
  const { db, now } = input;
  const first = await inSystemScope(db, (tx) => byToken(tx, input.token, false));
  assertOpen(first, now);
  assertStrongPassword(input.password, first.email);
  // argon2 is deliberately slow: hash outside the transaction, then check again under the lock.
  const passwordHash = await hashPassword(input.password);
  return inSystemScope(db, async (tx) => {
    const row = await byToken(tx, input.token, true);
    assertOpen(row, now);
    await tenantOf(tx, row);
    const [taken] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, row.email));
    if (taken) throw new AppError('DUPLICATE', `${row.email} already has an account`);
    const phone = await phoneOf(tx, row);
    const accountId = newId();
    await tx.insert(accounts).values({
      id: accountId,
      kind: row.kind,
      tenantId: row.tenantId,
      employeeId: row.employeeId,
      email: row.email,
      phoneEnc: phone?.phoneEnc ?? null,
      phoneHash: phone?.phoneHash ?? null,
      passwordHash,
      displayName: row.displayName,
      roles: row.roles,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await tx.update(invitations).set({ acceptedAt: now, accountId }).where(eq(invitations.id, row.id));
    // Operator staff with an all-tenant role see every enterprise; the cache must not hold an older answer.
    await invalidateAccount(tx, accountId);
    const session = {
      accountId,
      ...(await openSession(tx, { accountId, now, ip: input.ip, userAgent: input.userAgent, sessionTtlHours: input.sessionTtlHours })),
    };
    const actor = { kind: 'account' as const, id: accountId, name: row.displayName, requestId: input.requestId, ip: input.ip };
    const tenantId = row.tenantId ?? PLATFORM_TENANT;
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'invitation.accepted',
      entityType: 'account',
      entityId: accountId,
      summary: `${row.displayName} accepted the invitation and set a password; account created with ${row.roles.join(', ')}`,
      data: { invitationId: row.id, email: row.email, roles: row.roles, employeeId: row.employeeId },
    });
    await appendAudit(tx, {
      tenantId,
      actor,
      action: 'auth.signed_in',
      entityType: 'account',
      entityId: accountId,
      summary: `${row.displayName} signed in`,
      data: { method: 'invitation', userAgent: input.userAgent },
    });
    return session;
  });
}

async function phoneOf(tx: Tx, row: InvitationRow): Promise<{ phoneEnc: string; phoneHash: string } | null> {
  if (row.tenantId === null || row.employeeId === null) return null;
  const [employee] = await tx
    .select({ phoneEnc: employees.phoneEnc, phoneHash: employees.phoneHash, status: employees.status })
    .from(employees)
    .where(and(eq(employees.tenantId, row.tenantId), eq(employees.id, row.employeeId)));
  if (!employee) throw notFound('invitation');
  if (employee.status !== 'active') throw new AppError('INVITATION_REVOKED', 'The employee is no longer active');
  if (!employee.phoneEnc || !employee.phoneHash) return null;
  const [holder] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.phoneHash, employee.phoneHash));
  return holder ? null : { phoneEnc: employee.phoneEnc, phoneHash: employee.phoneHash };
}
