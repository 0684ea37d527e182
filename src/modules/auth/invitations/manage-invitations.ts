import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { invitations } from '../schema.ts';
import { randomToken, sha256 } from '../tokens.ts';
import type { CreatedInvitation } from './create-invitation.ts';
import { invitationStatus, invitationView, type InvitationRow, type InvitationView } from './invitation-view.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../../audit/index.ts';

/** Which invitations a caller manages: an enterprise's (those in the caller's tenant scope) or the operator's staff. */
export type InvitationReach = { kind: 'tenant'; tenantIds: readonly string[] } | { kind: 'operator' };

/** The latest invitations first (at most 500): pending, accepted, revoked and expired alike, each with its status at `now`. */
export async function listInvitations(db: Db, reach: InvitationReach, now: Date): Promise<InvitationView[]> {
  const read = (tx: Tx) =>
    tx.select().from(invitations).where(eq(invitations.kind, reach.kind)).orderBy(desc(invitations.createdAt)).limit(500);
  const rows = reach.kind === 'tenant' ? await inTenantScope(db, reach.tenantIds, read) : await inSystemScope(db, read);
  return rows.map((r) => invitationView(r, now));
}

async function lockInReach(tx: Tx, reach: InvitationReach, id: string): Promise<InvitationRow> {
  const [row] = await tx.select().from(invitations).where(eq(invitations.id, id)).for('update');
  const inReach =
    row && row.kind === reach.kind && (reach.kind === 'operator' || (row.tenantId !== null && reach.tenantIds.includes(row.tenantId)));
  if (!row || !inReach) throw notFound('invitation');
  return row;
}

/**
 * A new link for an invitation not yet used or withdrawn (an expired one too): the old link stops
 * working at once, the new one runs for the configured time from now.
 */
export async function resendInvitation(
  db: Db,
  args: { reach: InvitationReach; id: string; actor: Actor; now: Date; ttlHours: number },
): Promise<CreatedInvitation> {
  return inSystemScope(db, async (tx) => {
    const row = await lockInReach(tx, args.reach, args.id);
    const status = invitationStatus(row, args.now);
    if (status === 'accepted' || status === 'revoked') throw new AppError('INVALID_STATE', `The invitation is ${status}`, { status });
    const token = randomToken();
    const [updated] = await tx
      .update(invitations)
      .set({ tokenHash: sha256(token), sentAt: args.now, expiresAt: new Date(args.now.getTime() + args.ttlHours * 3_600_000) })
      .where(eq(invitations.id, row.id))
      .returning();
    if (!updated) throw notFound('invitation');
    await appendAudit(tx, {
      tenantId: row.tenantId ?? PLATFORM_TENANT,
      actor: args.actor,
      action: 'invitation.resent',
      entityType: 'invitation',
      entityId: row.id,
      summary: `Invitation of ${row.displayName} (${row.email}) sent again; the previous link no longer works`,
      data: { expiresAt: updated.expiresAt.toISOString() },
    });
    return { invitation: invitationView(updated, args.now), token };
  });
}

/** Withdraws an invitation not yet used: its link stops working at once. */
export async function revokeInvitation(db: Db, args: { reach: InvitationReach; id: string; actor: Actor; now: Date }): Promise<void> {
  await inSystemScope(db, async (tx) => {
    const row = await lockInReach(tx, args.reach, args.id);
    const status = invitationStatus(row, args.now);
    if (status === 'accepted') throw new AppError('INVALID_STATE', 'The invitation has been accepted', { status });
    if (status === 'revoked') return;
    await tx.update(invitations).set({ revokedAt: args.now }).where(eq(invitations.id, row.id));
    await appendAudit(tx, {
      tenantId: row.tenantId ?? PLATFORM_TENANT,
      actor: args.actor,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: row.id,
      summary: `Invitation of ${row.displayName} (${row.email}) revoked`,
    });
  });
}
