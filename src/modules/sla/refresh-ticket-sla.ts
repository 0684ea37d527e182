/**
 * A ticket's SLA, computed again from its history (after every change, and when a timer fires):
 * the policy its attributes match, each target's clock in the policy's calendar, stored in
 * ticket_sla; the future warning and breach instants are returned, to be armed (armSlaTimers) once
 * the transaction has committed — keyed so that arming the same instant twice queues it once. A
 * timer whose instant moved (a reply, a pause) finds nothing due when it fires: the stored clock is
 * what counts.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { Scheduler } from '../../platform/jobs/scheduler.ts';
import { computeSlaClock } from './engine/clock-compute.ts';
import type { SlaClock, TicketFact } from './engine/clock.ts';
import { matchSlaPolicy, type SlaTicketAttributes } from './engine/match-policy.ts';
import { ticketSla } from './schema.ts';
import { loadSlaSetup } from './sla-setup.ts';
import { slaTimerKey, slaTimerRef, type SlaTimerPayload } from './sla-timer.ts';
import type { Static } from '@sinclair/typebox';

type SlaFiring = Static<typeof SlaTimerPayload>;

export interface TicketSlaInput {
  tenantId: string;
  ticketId: string;
  attributes: SlaTicketAttributes;
  facts: readonly TicketFact[];
  now: Date;
}

export interface TicketSlaResult {
  policyId: string;
  policyName: string;
  clock: SlaClock;
  /** The timers to arm after commit. */
  timers: SlaFiring[];
}

/**
 * Arms timers on the job runner. After the commit of the transaction that computed them: the
 * embedded database has one connection, which the transaction holds until then.
 */
export async function armSlaTimers(scheduler: Scheduler, timers: readonly SlaFiring[]): Promise<void> {
  for (const t of timers) await scheduler.schedule(slaTimerRef, t, new Date(t.at), slaTimerKey(t));
}

export async function refreshTicketSla(tx: Tx, input: TicketSlaInput): Promise<TicketSlaResult | null> {
  const setup = await loadSlaSetup(tx);
  if (setup.policies.length === 0) return null;
  const policy = matchSlaPolicy(setup.policies, input.attributes);
  const calendar = setup.calendars.get(policy.calendarId);
  if (!calendar) throw new Error(`SLA policy ${policy.name} names a calendar that does not exist`);
  const clock = computeSlaClock(calendar, {
    targets: policy.targets,
    history: input.facts,
    now: input.now.getTime(),
    pausingStatuses: policy.pausingStatuses,
  });
  const next = clock.timers[0]?.at ?? null;
  const breached = Object.values(clock.targets).some((t) => t.state === 'breached');
  const row = {
    tenantId: input.tenantId,
    ticketId: input.ticketId,
    policyId: policy.id,
    policyName: policy.name,
    clock,
    nextAt: next === null ? null : new Date(next),
    breached,
    computedAt: input.now,
  };
  await tx
    .insert(ticketSla)
    .values(row)
    .onConflictDoUpdate({ target: [ticketSla.tenantId, ticketSla.ticketId], set: row });
  const timers = clock.timers.map((t) => ({
    tenantId: input.tenantId,
    ticketId: input.ticketId,
    target: t.target,
    kind: t.kind,
    at: t.at,
  }));
  return { policyId: policy.id, policyName: policy.name, clock, timers };
}

/** The stored SLA of a ticket (null before the first computation). */
export async function storedTicketSla(tx: Tx, tenantId: string, ticketId: string) {
  const [row] = await tx
    .select()
    .from(ticketSla)
    .where(and(eq(ticketSla.tenantId, tenantId), eq(ticketSla.ticketId, ticketId)));
  return row ?? null;
}
