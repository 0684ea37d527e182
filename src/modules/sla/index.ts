/**
 * SLA (服务等级): policies matched to tickets, business calendars that know China's statutory
 * holidays and make-up working days, and the clock that turns a ticket's history into deadlines.
 * The rules are the pure engine (engine/); around it, the stored policies and calendars, each
 * ticket's computed clock (ticket_sla), and its warning and breach timers, which fire exactly once
 * (ticket_sla_firings). The ticket's history and the escalation are the composition root's to give.
 */
export * from './engine/index.ts';
export { ensureDefaultSla } from './default-sla.ts';
export { loadSlaSetup, type SlaSetup } from './sla-setup.ts';
export { armSlaTimers, refreshTicketSla, storedTicketSla, type TicketSlaInput, type TicketSlaResult } from './refresh-ticket-sla.ts';
export { fireSlaTimer, type FireOutcome, type Fired, type FireSlaDeps, type SlaFiring } from './fire-sla-timer.ts';
export { SlaTimerPayload, slaTimerKey, slaTimerRef } from './sla-timer.ts';
export { firingsOf, pendingSlaTimers } from './pending-timers.ts';
