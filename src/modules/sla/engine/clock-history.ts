import { type SlaTargetName, type SlaTicketStatus, slaTicketStatuses, type TicketFact } from './clock.ts';

/** A stretch of wall-clock time in which the clocks count; `end` is +Infinity when it still runs at now. */
export interface Segment {
  start: number;
  end: number;
}

/** One cycle of a target: from what starts it to what fulfils it (null: still outstanding at now). */
export interface Cycle {
  start: number;
  end: number | null;
}

export interface TicketTimeline {
  /** When the clocks count: the ticket is neither in a pausing status nor done. */
  counting: Segment[];
  countingAtNow: boolean;
  cycles: Record<SlaTargetName, Cycle[]>;
}

const DONE: ReadonlySet<SlaTicketStatus> = new Set(['solved', 'closed']);
const STATUSES: ReadonlySet<string> = new Set(slaTicketStatuses);

/** The facts up to now in the order they apply: by time, creation first, then as given. */
function orderedFacts(history: readonly TicketFact[], now: number): TicketFact[] {
  if (!Number.isFinite(now)) throw new RangeError(`now must be an epoch-ms instant, got ${now}`);
  const created = history.filter((f) => f.kind === 'created');
  if (created.length !== 1) throw new RangeError(`a ticket's history has exactly one 'created' fact, found ${created.length}`);
  for (const fact of history) {
    if (!Number.isFinite(fact.at)) throw new RangeError(`a ${fact.kind} fact has no valid time: ${fact.at}`);
    const status = fact.kind === 'created' ? fact.status : fact.kind === 'status_changed' ? fact.to : undefined;
    if (status !== undefined && !STATUSES.has(status)) throw new RangeError(`unknown ticket status '${status}'`);
  }
  const start = created[0]?.at ?? 0;
  if (start > now) throw new RangeError('now is before the ticket was created');
  const early = history.find((f) => f.at < start);
  if (early) throw new RangeError(`a ${early.kind} fact is earlier than the ticket's creation`);
  return history
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => fact.at <= now)
    .sort((a, b) => a.fact.at - b.fact.at || Number(b.fact.kind === 'created') - Number(a.fact.kind === 'created') || a.index - b.index)
    .map(({ fact }) => fact);
}

/**
 * Reads a ticket's history into the stretches in which clocks count and the cycles of each target.
 *
 * - First response: one cycle from creation to the first public agent reply.
 * - Next response: after the first reply, a customer message opens a cycle unless one is already
 *   open (the oldest unanswered message sets the start); the next public agent reply closes it.
 *   Before the first reply the first-response target covers the customer's wait.
 * - Periodic update: a cycle from creation, closed by every public agent reply, each reply opening
 *   the next; the longest gap between agent updates is what it bounds.
 * - Resolution: one cycle from creation to solved/closed. A reopen resumes it where it stopped.
 * - Solving (solved or closed) fulfils the open response and update cycles (the solution is the
 *   answer and its notice the update) and stops every clock: time while done never counts. A
 *   reopen opens a new periodic-update cycle; a customer message while done opens a next-response
 *   cycle that starts counting when the ticket reopens.
 */
export function readTimeline(history: readonly TicketFact[], now: number, pausing: ReadonlySet<SlaTicketStatus>): TicketTimeline {
  const facts = orderedFacts(history, now);
  const counts = (s: SlaTicketStatus): boolean => !pausing.has(s) && !DONE.has(s);
  const first = facts[0];
  if (!first || first.kind !== 'created') throw new RangeError('history without creation');

  let status: SlaTicketStatus = first.status ?? 'new';
  const counting: Segment[] = [];
  let countingSince: number | null = counts(status) ? first.at : null;

  const firstResponse: Cycle = { start: first.at, end: null };
  const resolution: Cycle = { start: first.at, end: null };
  const nextResponse: Cycle[] = [];
  const periodicUpdate: Cycle[] = DONE.has(status) ? [] : [{ start: first.at, end: null }];
  let responded = false;
  let lastDoneAt: number | null = DONE.has(status) ? first.at : null;

  const fulfil = (cycle: Cycle | undefined, at: number): void => {
    if (cycle && cycle.end === null) cycle.end = at;
  };
  const answer = (at: number): void => {
    fulfil(firstResponse, at);
    fulfil(nextResponse[nextResponse.length - 1], at);
    responded = true;
  };

  // A ticket logged as already solved (a call answered on the spot) owes nothing.
  if (DONE.has(status)) answer(first.at);

  for (const fact of facts.slice(1)) {
    const at = fact.at;
    if (fact.kind === 'status_changed') {
      const wasDone = DONE.has(status);
      const wasCounting = counts(status);
      status = fact.to;
      if (wasCounting && !counts(status) && countingSince !== null) {
        if (at > countingSince) counting.push({ start: countingSince, end: at });
        countingSince = null;
      } else if (!wasCounting && counts(status)) {
        countingSince = at;
      }
      if (!wasDone && DONE.has(status)) {
        answer(at);
        fulfil(periodicUpdate[periodicUpdate.length - 1], at);
        lastDoneAt = at;
      } else if (wasDone && !DONE.has(status)) {
        periodicUpdate.push({ start: at, end: null });
      }
    } else if (fact.kind === 'agent_reply') {
      answer(at);
      if (!DONE.has(status)) {
        fulfil(periodicUpdate[periodicUpdate.length - 1], at);
        periodicUpdate.push({ start: at, end: null });
      }
    } else if (fact.kind === 'customer_message') {
      const open = nextResponse[nextResponse.length - 1];
      if (responded && (!open || open.end !== null)) nextResponse.push({ start: at, end: null });
    }
  }
  if (countingSince !== null) counting.push({ start: countingSince, end: Number.POSITIVE_INFINITY });
  if (DONE.has(status)) resolution.end = lastDoneAt;

  return {
    counting,
    countingAtNow: countingSince !== null,
    cycles: {
      first_response: [firstResponse],
      next_response: nextResponse,
      periodic_update: periodicUpdate,
      resolution: [resolution],
    },
  };
}
