import { AppError } from '../../../platform/errors/app-error.ts';
import type { invitations } from '../schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  kind: 'tenant' | 'operator';
  tenantId: string | null;
  employeeId: string | null;
  email: string;
  displayName: string;
  roles: string[];
  status: InvitationStatus;
  invitedByName: string;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  accountId: string | null;
}

/** Where an invitation stands at `now`: used and withdrawn come before expired. */
export function invitationStatus(row: InvitationRow, now: Date): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

/** Refuses an invitation that can no longer be opened, with a code saying why (410). */
export function assertOpen(row: InvitationRow, now: Date): void {
  const status = invitationStatus(row, now);
  if (status === 'accepted') throw new AppError('INVITATION_USED');
  if (status === 'revoked') throw new AppError('INVITATION_REVOKED');
  if (status === 'expired') throw new AppError('INVITATION_EXPIRED', undefined, { expiresAt: row.expiresAt.toISOString() });
}

export const invitationView = (row: InvitationRow, now: Date): InvitationView => ({
  id: row.id,
  kind: row.kind,
  tenantId: row.tenantId,
  employeeId: row.employeeId,
  email: row.email,
  displayName: row.displayName,
  roles: row.roles,
  status: invitationStatus(row, now),
  invitedByName: row.invitedByName,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  accountId: row.accountId,
});
