/**
 * Tickets meet SLAs at the composition root: after every change of a ticket its clock is computed
 * again from its history (tickets' ticketFacts) and its timers armed (sla); when a timer fires and
 * the target is still due, the desk escalates. The first level of escalation acts rather than
 * only notifying: a breach raises the ticket's priority one step (urgent stays urgent), on the
 * ticket's timeline like any change.
 */
import type { Tx } from '../platform/db/database.ts';
import { inTenantScope } from '../platform/db/scope.ts';
import type { Db } from '../platform/db/database.ts';
import { defineJob, type JobDefinition } from '../platform/jobs/job-definition.ts';
import type { Scheduler } from '../platform/jobs/scheduler.ts';
import { systemActor } from '../modules/access/index.ts';
import {
  fireSlaTimer,
  pendingSlaTimers,
  refreshTicketSla,
  slaTimerKey,
  slaTimerRef,
  type FireSlaDeps,
  type SlaFiring,
  type TicketSlaInput,
} from '../modules/sla/index.ts';
import { inSystemScope } from '../platform/db/scope.ts';
import {
  DEFAULT_TICKET_SETTINGS,
  isActive,
  ticketById,
  ticketFacts,
  updateTicket,
  type TicketPriority,
  type TicketRow,
} from '../modules/tickets/index.ts';

async function inputsOf(tx: Tx, ticket: TicketRow, now: Date): Promise<TicketSlaInput> {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    attributes: { enterpriseTier: null, category: ticket.category, priority: ticket.priority, channel: ticket.channel },
    facts: await ticketFacts(tx, ticket),
    now,
  };
}

/** After a ticket changed (in the change's transaction): its SLA again, its timers armed. */
export function slaAfterChange(scheduler: Scheduler) {
  return async (tx: Tx, ticket: TicketRow, now = new Date()): Promise<void> => {
    await refreshTicketSla(tx, await inputsOf(tx, ticket, now), scheduler);
  };
}

const HIGHER: Record<TicketPriority, TicketPriority> = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' };

/** The escalation of a breach: one step up in priority for a ticket still being worked. */
async function escalate(tx: Tx, firing: SlaFiring, now: Date, scheduler: Scheduler): Promise<void> {
  if (firing.kind !== 'breach') return;
  const ticket = await ticketById(tx, firing.ticketId);
  if (!ticket || !isActive(ticket.status) || ticket.priority === 'urgent') return;
  const raised = await updateTicket(tx, {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    patch: { priority: HIGHER[ticket.priority] },
    actor: systemActor('SLA 升级'),
    settings: DEFAULT_TICKET_SETTINGS,
    at: now,
  });
  // A higher priority may match a stricter policy: the clock follows.
  await refreshTicketSla(tx, await inputsOf(tx, raised, now), scheduler);
}

export function slaFireDeps(scheduler: Scheduler): FireSlaDeps {
  return {
    scheduler,
    async inputs(tx, _tenantId, ticketId, now) {
      const ticket = await ticketById(tx, ticketId);
      return ticket ? inputsOf(tx, ticket, now) : null;
    },
    escalate: (tx, firing, now) => escalate(tx, firing, now, scheduler),
  };
}

/** 'sla.timer': fires in the ticket's tenant scope; retried on failure (a concurrent change wins, the retry sees it). */
export function slaTimerJob(deps: { db: Db; scheduler: Scheduler }): JobDefinition<typeof slaTimerRef.payload> {
  return defineJob({
    ...slaTimerRef,
    retryLimit: 5,
    async handler(payload, ctx) {
      await inTenantScope(deps.db, [payload.tenantId], (tx) => fireSlaTimer(tx, slaFireDeps(deps.scheduler), payload, ctx.now));
    },
  });
}

/** At start: every SLA instant not yet fired, armed again (past ones fire at once, late). */
export async function rearmSlaTimers(db: Db, scheduler: Scheduler): Promise<number> {
  const pending = await inSystemScope(db, (tx) => pendingSlaTimers(tx));
  for (const p of pending) await scheduler.schedule(slaTimerRef, p, new Date(p.at), slaTimerKey(p));
  return pending.length;
}
