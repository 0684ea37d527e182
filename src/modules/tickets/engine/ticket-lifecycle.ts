/**
 * A ticket's status (工单状态) and the moves between them, as data. Modelled on Zendesk's and
 * Zammad's: new until someone works it; open while the desk owes an answer; pending on the customer
 * or on a supplier; on hold for an internal reason; solved, which the requester can reopen within a
 * window (a reply, or a press of "still not solved"); closed, which is final (a later message
 * starts a follow-up ticket).
 */
export const TICKET_STATUSES = ['new', 'open', 'pending_customer', 'pending_supplier', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_CATEGORIES = ['inquiry', 'change', 'refund', 'complaint', 'emergency', 'invoice', 'booking', 'other'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CHANNELS = ['web', 'chat', 'email', 'phone', 'wecom', 'dingtalk', 'feishu', 'api', 'monitoring'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** Statuses in which the desk is working the ticket (not solved, not closed). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending_customer', 'pending_supplier', 'on_hold'];

export const isActive = (s: TicketStatus): boolean => ACTIVE_STATUSES.includes(s);

/** Where each status may go by an agent's hand. new → (anything but new); closed goes nowhere. */
const agentMoves: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'pending_customer', 'pending_supplier', 'on_hold', 'solved'],
  open: ['pending_customer', 'pending_supplier', 'on_hold', 'solved'],
  pending_customer: ['open', 'pending_supplier', 'on_hold', 'solved'],
  pending_supplier: ['open', 'pending_customer', 'on_hold', 'solved'],
  on_hold: ['open', 'pending_customer', 'pending_supplier', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

export interface MoveCheck {
  ok: boolean;
  /** Why not, in words for the refusal. */
  reason?: string;
}

/**
 * Whether an agent may move a ticket from `from` to `to` at `nowMs`. Reopening a solved ticket is
 * allowed until `reopenUntilMs` (then only a follow-up ticket can continue it); closing is final.
 */
export function agentMayMove(from: TicketStatus, to: TicketStatus, nowMs: number, reopenUntilMs: number | null): MoveCheck {
  if (from === to) return { ok: false, reason: `the ticket is already ${to}` };
  if (!agentMoves[from].includes(to)) return { ok: false, reason: `a ${from} ticket cannot become ${to}` };
  if (from === 'solved' && to === 'open' && reopenUntilMs !== null && nowMs > reopenUntilMs) {
    return { ok: false, reason: 'the reopen window has passed: open a follow-up ticket' };
  }
  return { ok: true };
}

/**
 * What a message from the requester does to the status: it brings a pending-on-customer or solved
 * (within the window) ticket back to open, and leaves others as they are. null: a closed ticket, or
 * a solved one past its window — the message belongs in a follow-up ticket.
 */
export function statusAfterRequesterMessage(from: TicketStatus, nowMs: number, reopenUntilMs: number | null): TicketStatus | null {
  if (from === 'closed') return null;
  if (from === 'solved') return reopenUntilMs !== null && nowMs > reopenUntilMs ? null : 'open';
  if (from === 'pending_customer') return 'open';
  return from;
}

/** A public reply by an agent on a new ticket opens it (someone is working it now) unless the agent set a status. */
export const statusAfterAgentReply = (from: TicketStatus): TicketStatus => (from === 'new' ? 'open' : from);
