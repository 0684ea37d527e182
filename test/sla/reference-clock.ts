import type { SlaTargetName, SlaTargets, SlaTicketStatus, TargetState, TicketFact } from '../../src/modules/sla/index.ts';
import type { ReferenceCalendar } from './reference-calendar.ts';

/**
 * A slow reference of the SLA clock: it simulates the ticket minute by minute from creation,
 * applying facts (minute-aligned) as they happen and adding a minute to every open cycle when the
 * ticket's status counts and the calendar is open that minute. Written from the rules in the
 * engine's documentation, not from its code.
 */

const MINUTE = 60_000;
const DONE: readonly SlaTicketStatus[] = ['solved', 'closed'];

interface RefCycle {
  start: number;
  end: number | null;
  elapsed: number;
  warningAt: number | null;
  dueAt: number | null;
}

export interface RefTarget {
  state: TargetState;
  cycleStartedAt: number | null;
  elapsedMs: number;
  warningAt: number | null;
  dueAt: number | null;
  metAt: number | null;
  breachedAt: number | null;
  cycles: number;
  breachedCycles: number;
}

const minutesField = {
  first_response: 'firstResponseMinutes',
  next_response: 'nextResponseMinutes',
  periodic_update: 'periodicUpdateMinutes',
  resolution: 'resolutionMinutes',
} as const;

export function referenceClock(
  calendar: ReferenceCalendar | null,
  targets: SlaTargets,
  history: readonly TicketFact[],
  now: number,
  pausing: readonly SlaTicketStatus[],
  horizonMinutes: number,
): Record<SlaTargetName, RefTarget> {
  const facts = history
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.at <= now)
    .sort((a, b) => a.f.at - b.f.at || Number(b.f.kind === 'created') - Number(a.f.kind === 'created') || a.i - b.i)
    .map(({ f }) => f);
  const createdFact = facts[0];
  if (!createdFact || createdFact.kind !== 'created') throw new Error('reference needs a creation first');

  const cycles: Record<SlaTargetName, RefCycle[]> = { first_response: [], next_response: [], periodic_update: [], resolution: [] };
  const open = (name: SlaTargetName, at: number): void => {
    cycles[name].push({ start: at, end: null, elapsed: 0, warningAt: null, dueAt: null });
  };
  const last = (name: SlaTargetName): RefCycle | undefined => cycles[name][cycles[name].length - 1];
  const close = (name: SlaTargetName, at: number): void => {
    const c = last(name);
    if (c && c.end === null) c.end = at;
  };

  let status: SlaTicketStatus = createdFact.status ?? 'new';
  let responded = false;
  const respond = (at: number): void => {
    close('first_response', at);
    close('next_response', at);
    responded = true;
  };

  const apply = (fact: TicketFact): void => {
    const at = fact.at;
    if (fact.kind === 'created') {
      open('first_response', at);
      open('resolution', at);
      if (DONE.includes(status)) {
        respond(at);
        close('resolution', at);
      } else open('periodic_update', at);
    } else if (fact.kind === 'status_changed') {
      const wasDone = DONE.includes(status);
      status = fact.to;
      const isDone = DONE.includes(status);
      if (!wasDone && isDone) {
        respond(at);
        close('periodic_update', at);
        close('resolution', at);
      }
      if (wasDone && !isDone) {
        open('periodic_update', at);
        const r = last('resolution');
        if (r) r.end = null; // resumes
      }
    } else if (fact.kind === 'agent_reply') {
      respond(at);
      if (!DONE.includes(status)) {
        close('periodic_update', at);
        open('periodic_update', at);
      }
    } else {
      const nr = last('next_response');
      if (responded && (!nr || nr.end !== null)) open('next_response', at);
    }
  };

  const thresholds = (name: SlaTargetName): { target: number; warning: number } | null => {
    const minutes = targets[minutesField[name]];
    return minutes === null ? null : { target: minutes * MINUTE, warning: Math.round(minutes * MINUTE * targets.warningFraction) };
  };

  const elapsedAtNow = new Map<RefCycle, number>();
  let factIndex = 0;
  for (let t = createdFact.at; t < now + horizonMinutes * MINUTE; t += MINUTE) {
    while (factIndex < facts.length && (facts[factIndex]?.at ?? Infinity) <= t) apply(facts[factIndex++] as TicketFact);
    if (t === now) for (const list of Object.values(cycles)) for (const c of list) elapsedAtNow.set(c, c.elapsed);
    const statusCountsNow = !pausing.includes(status) && !DONE.includes(status);
    if (t >= now) {
      // Past now nothing happens any more: stop once every open, counting cycle has its due instant.
      const pending = (Object.keys(cycles) as SlaTargetName[]).some((name) => {
        const c = last(name);
        return thresholds(name) !== null && c !== undefined && c.end === null && c.dueAt === null;
      });
      if (!statusCountsNow || !pending) break;
    }
    const counting = statusCountsNow && (calendar === null || calendar.openMinute(t));
    if (!counting) continue;
    for (const name of Object.keys(cycles) as SlaTargetName[]) {
      const c = last(name);
      const limits = thresholds(name);
      if (!c || c.end !== null || !limits) continue;
      const before = c.elapsed;
      const after = before + MINUTE;
      if (before < limits.warning && after >= limits.warning) c.warningAt ??= t + (limits.warning - before);
      if (before < limits.target && after >= limits.target) c.dueAt ??= t + (limits.target - before);
      c.elapsed = after;
    }
  }
  const statusCounts = !pausing.includes(status) && !DONE.includes(status);

  const result = {} as Record<SlaTargetName, RefTarget>;
  for (const name of Object.keys(cycles) as SlaTargetName[]) {
    const list = cycles[name];
    const c = list[list.length - 1];
    if (!thresholds(name) || !c) {
      result[name] = {
        state: 'not_applicable',
        cycleStartedAt: null,
        elapsedMs: 0,
        warningAt: null,
        dueAt: null,
        metAt: null,
        breachedAt: null,
        cycles: list.length,
        breachedCycles: 0,
      };
      continue;
    }
    const breachedBy = (x: RefCycle): boolean => x.dueAt !== null && x.dueAt <= (x.end ?? now);
    const breached = breachedBy(c);
    const state: TargetState = breached ? 'breached' : c.end !== null ? 'met' : statusCounts ? 'running' : 'paused';
    result[name] = {
      state,
      cycleStartedAt: c.start,
      elapsedMs: c.end !== null ? c.elapsed : (elapsedAtNow.get(c) ?? c.elapsed),
      warningAt: c.warningAt !== null && (state === 'running' || c.warningAt <= (c.end ?? now)) ? c.warningAt : null,
      dueAt: state === 'running' || state === 'breached' ? c.dueAt : null,
      metAt: c.end,
      breachedAt: breached ? c.dueAt : null,
      cycles: list.length,
      breachedCycles: list.filter(breachedBy).length,
    };
  }
  return result;
}
