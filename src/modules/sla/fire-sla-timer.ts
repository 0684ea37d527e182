/**
 * A warning or breach timer fired. The clock is computed again at the firing instant (the history
 * may have moved since it was armed): only if that target is still due at exactly the timer's
 * instant does it act, and a firing row keyed by (ticket, target, kind, instant) makes it act once
 * however many times the timer runs (two instances, a retry). Acting is the caller's escalation,
 * in the same transaction, and an event on the ticket's timeline.
 */
import type { Static } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/database.ts';
import { systemActor } from '../access/index.ts';
import { recordChange } from '../timeline/index.ts';
import type { SlaTargetName } from './engine/clock.ts';
import { refreshTicketSla, type TicketSlaInput } from './refresh-ticket-sla.ts';
import { ticketSlaFirings } from './schema.ts';
import type { SlaTimerPayload } from './sla-timer.ts';

export type SlaFiring = Static<typeof SlaTimerPayload>;
export type FireOutcome = 'fired' | 'stale' | 'repeated' | 'gone';

export interface FireSlaDeps {
  /** The ticket's SLA inputs now (null when the ticket no longer exists). */
  inputs(tx: Tx, tenantId: string, ticketId: string, now: Date): Promise<TicketSlaInput | null>;
  /** What the desk does about it (notify, reassign, raise priority …), in the same transaction; the timers it leaves to arm. */
  escalate(tx: Tx, firing: SlaFiring, now: Date): Promise<SlaFiring[]>;
}

/** What firing came to, and the timers to arm after commit (the clock computed again). */
export interface Fired {
  outcome: FireOutcome;
  timers: SlaFiring[];
}

export async function fireSlaTimer(tx: Tx, deps: FireSlaDeps, firing: SlaFiring, now: Date): Promise<Fired> {
  const inputs = await deps.inputs(tx, firing.tenantId, firing.ticketId, now);
  if (!inputs) return { outcome: 'gone', timers: [] };
  const sla = await refreshTicketSla(tx, inputs);
  if (!sla) return { outcome: 'stale', timers: [] };
  const clock = sla.clock.targets[firing.target as SlaTargetName];
  const due = firing.kind === 'breach' ? clock.dueAt : clock.warningAt;
  const stillDue =
    due === firing.at && (firing.kind === 'breach' ? clock.state === 'breached' : clock.state === 'running' || clock.state === 'breached');
  if (!stillDue) return { outcome: 'stale', timers: sla.timers };
  const inserted = await tx
    .insert(ticketSlaFirings)
    .values({
      tenantId: firing.tenantId,
      ticketId: firing.ticketId,
      target: firing.target,
      kind: firing.kind,
      dueAt: firing.at,
      firedAt: now,
      lateMs: Math.max(0, now.getTime() - firing.at),
    })
    .onConflictDoNothing()
    .returning();
  if (inserted.length === 0) return { outcome: 'repeated', timers: sla.timers };
  await recordChange(tx, {
    tenantId: firing.tenantId,
    actor: systemActor('SLA'),
    entityType: 'ticket',
    entityId: firing.ticketId,
    type: firing.kind === 'breach' ? 'ticket.sla_breached' : 'ticket.sla_warning',
    summary: `SLA ${firing.kind} of ${firing.target} (policy ${sla.policyName}), due ${new Date(firing.at).toISOString()}`,
    data: {
      target: firing.target,
      kind: firing.kind,
      dueAt: new Date(firing.at).toISOString(),
      policy: sla.policyName,
      lateMs: now.getTime() - firing.at,
    },
    at: now,
  });
  const after = await deps.escalate(tx, firing, now);
  return { outcome: 'fired', timers: [...sla.timers, ...after] };
}
