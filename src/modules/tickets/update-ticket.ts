/**
 * An agent's change to a ticket's fields (status, priority, category, assignee, team, tags,
 * subject): checked against the status moves, written with optimistic concurrency (the version the
 * agent saw), and recorded field by field on the ticket's timeline and in the audit log.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import type { Actor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';
import { normaliseTags, ticketTextProblems } from './engine/ticket-input.ts';
import { agentMayMove, type TicketStatus } from './engine/ticket-lifecycle.ts';
import { tickets } from './schema.ts';
import { lockTicket, ticketRef } from './ticket-rows.ts';
import type { TicketPatch, TicketRow, TicketSettings } from './ticket-types.ts';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface UpdateTicketInput {
  tenantId: string;
  ticketId: string;
  patch: TicketPatch;
  /** The version the agent saw; a newer one means someone else changed it meanwhile (CONCURRENT_UPDATE). */
  expectedVersion?: number;
  actor: Actor;
  settings: TicketSettings;
  at?: Date;
}

/** The row's columns a status move sets besides the status. */
export function statusColumns(to: TicketStatus, at: Date, settings: TicketSettings): Partial<TicketRow> {
  if (to === 'solved') return { solvedAt: at, reopenUntil: new Date(at.getTime() + settings.reopenWindowHours * 3_600_000) };
  if (to === 'closed') return { closedAt: at, reopenUntil: null };
  return { solvedAt: null, reopenUntil: null };
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** The changes a patch makes to a row (fields whose value differs), checked; throws on an illegal status move. */
export function changesOf(row: TicketRow, patch: TicketPatch, at: Date): FieldChange[] {
  const problems = ticketTextProblems({ subject: patch.subject, tags: patch.tags });
  if (problems.length > 0) throw validationFailed(problems);
  const changes: FieldChange[] = [];
  if (patch.subject !== undefined && patch.subject.trim() !== row.subject)
    changes.push({ field: 'subject', from: row.subject, to: patch.subject.trim() });
  if (patch.status !== undefined && patch.status !== row.status) {
    const move = agentMayMove(row.status, patch.status, at.getTime(), row.reopenUntil?.getTime() ?? null);
    if (!move.ok) throw new AppError('TICKET_ILLEGAL_TRANSITION', `Ticket ${ticketRef(row)}: ${move.reason ?? 'not allowed'}`);
    changes.push({ field: 'status', from: row.status, to: patch.status });
  }
  if (patch.priority !== undefined && patch.priority !== row.priority)
    changes.push({ field: 'priority', from: row.priority, to: patch.priority });
  if (patch.category !== undefined && patch.category !== row.category)
    changes.push({ field: 'category', from: row.category, to: patch.category });
  if (patch.assigneeAccountId !== undefined && patch.assigneeAccountId !== row.assigneeAccountId) {
    changes.push({ field: 'assignee', from: row.assigneeAccountId, to: patch.assigneeAccountId });
  }
  if (patch.teamId !== undefined && patch.teamId !== row.teamId) changes.push({ field: 'team', from: row.teamId, to: patch.teamId });
  if (patch.tags !== undefined) {
    const tags = normaliseTags(patch.tags);
    if (!sameTags(tags, row.tags)) changes.push({ field: 'tags', from: row.tags, to: tags });
  }
  return changes;
}

/** The row's new columns for a list of changes. */
function columnsOf(changes: readonly FieldChange[], at: Date, settings: TicketSettings): Partial<TicketRow> {
  const set: Partial<TicketRow> = {};
  for (const c of changes) {
    if (c.field === 'subject') set.subject = String(c.to);
    if (c.field === 'status') Object.assign(set, { status: c.to as TicketStatus, ...statusColumns(c.to as TicketStatus, at, settings) });
    if (c.field === 'priority') set.priority = c.to as TicketRow['priority'];
    if (c.field === 'category') set.category = c.to as TicketRow['category'];
    if (c.field === 'assignee') set.assigneeAccountId = c.to as string | null;
    if (c.field === 'team') set.teamId = c.to as string | null;
    if (c.field === 'tags') set.tags = c.to as string[];
  }
  return set;
}

/** The timeline event type of a change set: a status move names itself, else an update. */
export function changeType(changes: readonly FieldChange[]): string {
  const status = changes.find((c) => c.field === 'status');
  if (status?.to === 'solved') return 'ticket.solved';
  if (status?.to === 'closed') return 'ticket.closed';
  if (status?.from === 'solved' || status?.from === 'closed') return 'ticket.reopened';
  if (changes.length === 1 && changes[0]?.field === 'assignee') return 'ticket.assigned';
  return 'ticket.updated';
}

/** Writes changes to a locked row and records them; returns the row as it is now. */
export async function applyChanges(
  tx: Tx,
  row: TicketRow,
  changes: readonly FieldChange[],
  ctx: { actor: Actor; settings: TicketSettings; at: Date; note?: string },
): Promise<TicketRow> {
  if (changes.length === 0) return row;
  const [updated] = await tx
    .update(tickets)
    .set({ ...columnsOf(changes, ctx.at, ctx.settings), updatedAt: ctx.at, version: row.version + 1 })
    .where(and(eq(tickets.tenantId, row.tenantId), eq(tickets.id, row.id)))
    .returning();
  if (!updated) throw new Error('a locked ticket vanished');
  await recordChange(tx, {
    tenantId: row.tenantId,
    actor: ctx.actor,
    entityType: 'ticket',
    entityId: row.id,
    type: changeType(changes),
    summary: `Ticket ${ticketRef(row)}: ${changes.map((c) => `${c.field} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join(', ')}${ctx.note ? ` (${ctx.note})` : ''}`,
    data: { number: row.number, changes: changes.map((c) => ({ ...c })) },
    at: ctx.at,
  });
  return updated;
}

export async function updateTicket(tx: Tx, input: UpdateTicketInput): Promise<TicketRow> {
  const at = input.at ?? new Date();
  const row = await lockTicket(tx, input.tenantId, input.ticketId);
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
    throw new AppError('CONCURRENT_UPDATE', `Ticket ${ticketRef(row)} was changed by someone else (version ${row.version}); reload it`);
  }
  return applyChanges(tx, row, changesOf(row, input.patch, at), { actor: input.actor, settings: input.settings, at });
}
