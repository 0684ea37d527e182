/**
 * The intake review queue (待核实来信): what a channel received that no ticket could take, kept
 * whole; the desk makes it a ticket for an employee of an enterprise, or discards it with a reason.
 * Both are audited on the platform's log.
 */
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { decodeCursor, invalidCursor, toPage, type Page } from '../../platform/pagination/cursor.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';
import type { TicketChannel } from './engine/ticket-lifecycle.ts';
import { intakeReviews } from './schema.ts';

export type IntakeReviewRow = typeof intakeReviews.$inferSelect;
export type IntakeReason = IntakeReviewRow['reason'];

export interface NewIntakeReview {
  channel: TicketChannel;
  reason: IntakeReason;
  sender: string | null;
  senderName: string | null;
  subject: string;
  body: string;
  externalId: string | null;
  raw: Buffer | null;
  receivedAt: Date;
}

/** Keeps a message for review (once per channel message id); returns its row. */
export async function keepForReview(tx: Tx, input: NewIntakeReview): Promise<IntakeReviewRow> {
  const [row] = await tx
    .insert(intakeReviews)
    .values({
      id: newId(),
      channel: input.channel,
      reason: input.reason,
      sender: input.sender,
      senderName: input.senderName,
      subject: input.subject.slice(0, 500),
      body: input.body,
      externalId: input.externalId,
      rawBase64: input.raw ? input.raw.toString('base64') : null,
      receivedAt: input.receivedAt,
    })
    .onConflictDoNothing()
    .returning();
  if (row) return row;
  const [existing] = await tx
    .select()
    .from(intakeReviews)
    .where(and(eq(intakeReviews.channel, input.channel), eq(intakeReviews.externalId, input.externalId ?? '')));
  if (!existing) throw new Error('an intake review was skipped without a row to show for it');
  return existing;
}

/** Open reviews, newest first. */
export async function listIntakeReviews(db: Db, opts: { cursor?: string; limit: number }): Promise<Page<IntakeReviewRow>> {
  const after = decodeCursor(opts.cursor, 1);
  const afterId = after ? String(after[0]) : null;
  if (after && !/^[0-9a-f-]{36}$/.test(afterId ?? '')) throw invalidCursor();
  const rows = await inSystemScope(db, (tx) =>
    tx
      .select()
      .from(intakeReviews)
      .where(and(isNull(intakeReviews.resolvedAt), afterId ? lt(intakeReviews.id, afterId) : undefined))
      .orderBy(desc(intakeReviews.id))
      .limit(opts.limit + 1),
  );
  return toPage(rows, opts.limit, (r) => [r.id]);
}

/** Locks an open review; NOT_FOUND, or INVALID_STATE when someone resolved it already. */
export async function lockOpenReview(tx: Tx, id: string): Promise<IntakeReviewRow> {
  const [row] = await tx.select().from(intakeReviews).where(eq(intakeReviews.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', 'No such intake review', { entity: 'intake_review' });
  if (row.resolvedAt) throw new AppError('INVALID_STATE', 'This message was reviewed already');
  return row;
}

/** Marks a review resolved (made a ticket, or discarded) and audits it. */
export async function resolveReview(
  tx: Tx,
  row: IntakeReviewRow,
  actor: Actor,
  outcome: { resolution: 'ticket'; ticketTenantId: string; ticketId: string } | { resolution: 'discarded'; note: string },
): Promise<void> {
  await tx
    .update(intakeReviews)
    .set({
      resolvedAt: new Date(),
      resolvedBy: actor.name,
      resolution: outcome.resolution,
      resolutionNote: outcome.resolution === 'discarded' ? outcome.note : null,
      ticketTenantId: outcome.resolution === 'ticket' ? outcome.ticketTenantId : null,
      ticketId: outcome.resolution === 'ticket' ? outcome.ticketId : null,
    })
    .where(eq(intakeReviews.id, row.id));
  await appendAudit(tx, {
    tenantId: PLATFORM_TENANT,
    actor,
    action: outcome.resolution === 'ticket' ? 'ticket_intake.made_ticket' : 'ticket_intake.discarded',
    entityType: 'ticket_intake_review',
    entityId: row.id,
    summary: `Message from ${row.sender ?? 'an unknown sender'} "${row.subject}" ${outcome.resolution === 'ticket' ? 'made a ticket' : `discarded: ${outcome.note}`}`,
    data: { channel: row.channel, sender: row.sender, subject: row.subject, reason: row.reason, ...outcome },
  });
}
