/**
 * The SLA clock's inputs and outputs. The clock is a pure function of (targets, calendar, history,
 * pausing statuses, now): a changed policy or calendar is applied by computing again.
 */

/** Ticket statuses as the support desk has them (issue 10). */
export const slaTicketStatuses = ['new', 'open', 'pending_customer', 'pending_supplier', 'on_hold', 'solved', 'closed'] as const;
export type SlaTicketStatus = (typeof slaTicketStatuses)[number];

/** Statuses in which the ticket is done: no clock counts while a ticket is in one. */
export const doneStatuses: readonly SlaTicketStatus[] = ['solved', 'closed'];

/** Statuses that pause the clocks unless a policy says otherwise: waiting on the customer. */
export const defaultPausingStatuses: readonly SlaTicketStatus[] = ['pending_customer'];

export const slaTargetNames = ['first_response', 'next_response', 'periodic_update', 'resolution'] as const;
export type SlaTargetName = (typeof slaTargetNames)[number];

/** A policy's targets, in business minutes of its calendar; null leaves a target out. */
export interface SlaTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  periodicUpdateMinutes: number | null;
  resolutionMinutes: number | null;
  /** Warn when this fraction of a target has elapsed (0 < f < 1), e.g. 0.8. */
  warningFraction: number;
}

/**
 * What happened to a ticket, as far as SLAs care. `at` is epoch ms. Facts at the same instant
 * apply in the order given (a reply listed after a customer message at the same ms answers it).
 */
export type TicketFact =
  /** The ticket was opened, in `status` ('new' unless given). Exactly one, the earliest fact. */
  | { kind: 'created'; at: number; status?: SlaTicketStatus }
  | { kind: 'status_changed'; at: number; to: SlaTicketStatus }
  /** A public reply by an agent (internal notes are not facts here). */
  | { kind: 'agent_reply'; at: number }
  /** A message from the requester (or another end user) on the ticket. */
  | { kind: 'customer_message'; at: number };

export interface SlaClockInput {
  targets: SlaTargets;
  /** History in any order; facts after `now` are not counted (they have not happened yet at `now`). */
  history: readonly TicketFact[];
  now: number;
  /** Statuses that stop the clocks without ending them; defaultPausingStatuses when left out. */
  pausingStatuses?: readonly SlaTicketStatus[];
}

/**
 * - running: the current cycle is outstanding and its clock counts (business hours permitting);
 * - paused: outstanding, but the ticket is in a pausing status (or done, for a customer message
 *   that came after solving and waits for a reopen);
 * - met: the current cycle was fulfilled before its due instant;
 * - breached: the current cycle reached its due instant unfulfilled (fulfilled late or still open);
 * - not_applicable: the policy has no such target, or nothing is owed (no customer message waits).
 */
export type TargetState = 'running' | 'paused' | 'met' | 'breached' | 'not_applicable';

/** One target's clock. The figures describe its current (latest) cycle. */
export interface TargetClock {
  target: SlaTargetName;
  state: TargetState;
  /** The target in business ms; null when the policy has none. */
  targetMs: number | null;
  /** When the current cycle began (creation, a customer message, the last agent update, a reopen). */
  cycleStartedAt: number | null;
  /** Business ms counted in the current cycle, up to its fulfilment or to now. */
  elapsedMs: number;
  /**
   * When the warning fraction was or will be reached. A future instant only while running; while
   * paused, the instant already passed or null.
   */
  warningAt: number | null;
  /** The breach instant: the projected one while running, the actual one when breached, else null. */
  dueAt: number | null;
  /** When the current cycle was fulfilled (also when late). */
  metAt: number | null;
  /** When the current cycle breached. */
  breachedAt: number | null;
  /** Cycles of this target so far (first response and resolution have at most one). */
  cycles: number;
  /** Cycles that breached, the current one included. */
  breachedCycles: number;
}

/** A future instant at which a durable timer must fire (warning or breach of a running target). */
export interface SlaTimer {
  target: SlaTargetName;
  kind: 'warning' | 'breach';
  at: number;
}

export interface SlaClock {
  now: number;
  targets: Record<SlaTargetName, TargetClock>;
  /** The timers to hold after now, earliest first. */
  timers: SlaTimer[];
}
