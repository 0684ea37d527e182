import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { checkRoles, type AccountKind } from '../accounts/role-rules.ts';
import { accounts, invitations } from '../schema.ts';
import { randomToken, sha256 } from '../tokens.ts';
import { invitationView, type InvitationView } from './invitation-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../../audit/index.ts';
import { employees } from '../../org/index.ts';
import { tenantIsActive } from '../../tenancy/index.ts';

export interface CreatedInvitation {
  invitation: InvitationView;
  /** The link's secret: shown to the inviter once, stored only as its hash. */
  token: string;
}

export interface InvitationInput {
  kind: AccountKind;
  tenantId: string | null;
  employeeId: string | null;
  email: string;
  displayName: string;
  roles: readonly string[];
  actor: Actor;
  now: Date;
  ttlHours: number;
}

const auditTenant = (tenantId: string | null) => tenantId ?? PLATFORM_TENANT;

/**
 * Creates an invitation in the caller's system-scope transaction (onboarding uses it for an
 * enterprise's first administrator). Refused when the address already has an account or a
 * pending invitation.
 */
export async function insertInvitation(tx: Tx, input: InvitationInput): Promise<CreatedInvitation> {
  const roles = checkRoles(input.kind, input.roles);
  const email = input.email.trim().toLowerCase();
  const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  if (account)
    throw new AppError('DUPLICATE', `${email} already has an account`, { errors: [{ path: 'email', message: 'already has an account' }] });
  if (input.employeeId !== null && input.tenantId !== null) {
    const [held] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.tenantId, input.tenantId), eq(accounts.employeeId, input.employeeId)));
    if (held)
      throw new AppError('DUPLICATE', 'This employee already has an account', {
        errors: [{ path: 'employeeId', message: 'already has an account' }],
      });
  }
  const [pending] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, input.now),
      ),
    );
  if (pending) {
    throw new AppError('DUPLICATE', `${email} has a pending invitation: resend or revoke it`, {
      errors: [{ path: 'email', message: 'has a pending invitation' }],
      invitationId: pending.id,
    });
  }
  const token = randomToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      id: newId(),
      kind: input.kind,
      tenantId: input.tenantId,
      employeeId: input.employeeId,
      email,
      displayName: input.displayName,
      roles,
      tokenHash: sha256(token),
      expiresAt: new Date(input.now.getTime() + input.ttlHours * 3_600_000),
      invitedBy: input.actor.id,
      invitedByName: input.actor.name,
      createdAt: input.now,
      sentAt: input.now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await appendAudit(tx, {
    tenantId: auditTenant(input.tenantId),
    actor: input.actor,
    action: 'invitation.created',
    entityType: 'invitation',
    entityId: row.id,
    summary: `${input.displayName} (${email}) invited as ${roles.join(', ')}`,
    data: { email, roles, employeeId: input.employeeId, expiresAt: row.expiresAt.toISOString() },
  });
  return { invitation: invitationView(row, input.now), token };
}

/** A travel admin invites an active employee of their enterprise, who has an email address, with enterprise roles. */
export async function inviteEmployee(
  db: Db,
  args: { tenantId: string; actor: Actor; employeeId: string; roles: readonly string[]; now: Date; ttlHours: number },
): Promise<CreatedInvitation> {
  return inSystemScope(db, async (tx) => {
    if (!(await tenantIsActive(tx, args.tenantId))) throw new AppError('TENANT_SUSPENDED');
    const [employee] = await tx
      .select()
      .from(employees)
      .where(and(eq(employees.tenantId, args.tenantId), eq(employees.id, args.employeeId)));
    if (!employee) throw notFound('employee');
    if (employee.status !== 'active') throw new AppError('INVALID_STATE', 'Only active employees can be invited');
    if (!employee.email) throw new AppError('INVALID_STATE', 'The employee has no email address: add one first', { reason: 'no_email' });
    return insertInvitation(tx, {
      kind: 'tenant',
      tenantId: args.tenantId,
      employeeId: employee.id,
      email: employee.email,
      displayName: employee.name,
      roles: args.roles,
      actor: args.actor,
      now: args.now,
      ttlHours: args.ttlHours,
    });
  });
}

/** A platform admin invites operator staff (a new person, no employee record) with operator roles. */
export async function inviteOperator(
  db: Db,
  args: { actor: Actor; email: string; displayName: string; roles: readonly string[]; now: Date; ttlHours: number },
): Promise<CreatedInvitation> {
  return inSystemScope(db, (tx) =>
    insertInvitation(tx, {
      kind: 'operator',
      tenantId: null,
      employeeId: null,
      email: args.email,
      displayName: args.displayName.trim(),
      roles: args.roles,
      actor: args.actor,
      now: args.now,
      ttlHours: args.ttlHours,
    }),
  );
}
