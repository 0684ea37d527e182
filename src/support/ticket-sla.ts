/**
 * Tickets meet SLAs at the composition root: after every change of a ticket its clock is computed
 * again from its history (tickets' ticketFacts), in the change's transaction, and its timers are
 * armed after the commit (the embedded database's one connection is the transaction's until then);
 * when a timer fires and the target is still due, the desk escalates. The first level of escalation
 * acts rather than only notifying: a breach raises the ticket's priority one step (urgent stays
 * urgent), on the ticket's timeline like any change.
 */
import type { Db, Tx } from '../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../platform/db/scope.ts';
import { defineJob, type JobDefinition } from '../platform/jobs/job-definition.ts';
import type { Scheduler } from '../platform/jobs/scheduler.ts';
import { systemActor } from '../modules/access/index.ts';
import {
  armSlaTimers,
  fireSlaTimer,
  pendingSlaTimers,
  refreshTicketSla,
  slaTimerRef,
  type FireSlaDeps,
  type SlaFiring,
  type TicketSlaInput,
} from '../modules/sla/index.ts';
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

/** A ticket's SLA computed again in the change's transaction; returns what to do after the commit (arm its timers). */
export type AfterTicketChange = (tx: Tx, ticket: TicketRow, now?: Date) => Promise<() => Promise<void>>;

export function slaAfterChange(scheduler: Scheduler): AfterTicketChange {
  return async (tx, ticket, now = new Date()) => {
    const sla = await refreshTicketSla(tx, await inputsOf(tx, ticket, now));
    const timers = sla?.timers ?? [];
    return () => armSlaTimers(scheduler, timers);
  };
}

const HIGHER: Record<TicketPriority, TicketPriority> = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' };

/** The escalation of a breach: one step up in priority for a ticket still being worked; the new clock's timers. */
async function escalate(tx: Tx, firing: SlaFiring, now: Date): Promise<SlaFiring[]> {
  if (firing.kind !== 'breach') return [];
  const ticket = await ticketById(tx, firing.ticketId);
  if (!ticket || !isActive(ticket.status) || ticket.priority === 'urgent') return [];
  const raised = await updateTicket(tx, {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    patch: { priority: HIGHER[ticket.priority] },
    actor: systemActor('SLA 升级'),
    settings: DEFAULT_TICKET_SETTINGS,
    at: now,
  });
  // A higher priority may match a stricter policy: the clock follows.
  return (await refreshTicketSla(tx, await inputsOf(tx, raised, now)))?.timers ?? [];
}

export const slaFireDeps: FireSlaDeps = {
  async inputs(tx, _tenantId, ticketId, now) {
    const ticket = await ticketById(tx, ticketId);
    return ticket ? inputsOf(tx, ticket, now) : null;
  },
  escalate,
};

/** 'sla.timer': fires in the ticket's tenant scope, then arms the recomputed clock's timers; retried on failure. */
export function slaTimerJob(deps: { db: Db; scheduler: Scheduler }): JobDefinition<typeof slaTimerRef.payload> {
  return defineJob({
    ...slaTimerRef,
    retryLimit: 5,
    async handler(payload, ctx) {
      const fired = await inTenantScope(deps.db, [payload.tenantId], (tx) => fireSlaTimer(tx, slaFireDeps, payload, ctx.now));
      await armSlaTimers(deps.scheduler, fired.timers);
    },
  });
}

/** At start: every SLA instant not yet fired, armed again (past ones fire at once, late). */
export async function rearmSlaTimers(db: Db, scheduler: Scheduler): Promise<number> {
  const pending = await inSystemScope(db, (tx) => pendingSlaTimers(tx));
  await armSlaTimers(scheduler, pending);
  return pending.length;
}
