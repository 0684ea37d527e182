import type { Calendar } from './calendar.ts';
import {
  defaultPausingStatuses,
  type SlaClock,
  type SlaClockInput,
  type SlaTargetName,
  slaTargetNames,
  type SlaTimer,
  type TargetClock,
} from './clock.ts';
import { readTimeline, type TicketTimeline } from './clock-history.ts';
import { measureCycle } from './clock-measure.ts';
import { targetIssues } from './targets-validate.ts';

const MINUTE_MS = 60_000;

const minutesOf = {
  first_response: 'firstResponseMinutes',
  next_response: 'nextResponseMinutes',
  periodic_update: 'periodicUpdateMinutes',
  resolution: 'resolutionMinutes',
} as const satisfies Record<SlaTargetName, string>;

function notApplicable(target: SlaTargetName, targetMs: number | null, cycles: number): TargetClock {
  return {
    target,
    state: 'not_applicable',
    targetMs,
    cycleStartedAt: null,
    elapsedMs: 0,
    warningAt: null,
    dueAt: null,
    metAt: null,
    breachedAt: null,
    cycles,
    breachedCycles: 0,
  };
}

function targetClock(
  target: SlaTargetName,
  minutes: number | null,
  warningFraction: number,
  calendar: Calendar,
  timeline: TicketTimeline,
  now: number,
): TargetClock {
  const cycles = timeline.cycles[target];
  const targetMs = minutes === null ? null : minutes * MINUTE_MS;
  const current = cycles[cycles.length - 1];
  if (targetMs === null || !current) return notApplicable(target, targetMs, cycles.length);

  const thresholds = { targetMs, warningMs: Math.round(targetMs * warningFraction) };
  let breachedCycles = 0;
  for (const cycle of cycles.slice(0, -1)) {
    const { dueAt } = measureCycle(calendar, timeline.counting, cycle, now, thresholds);
    if (dueAt !== null) breachedCycles += 1;
  }
  const { elapsedMs, warningAt, dueAt } = measureCycle(calendar, timeline.counting, current, now, thresholds);
  const end = current.end ?? now;
  const breached = dueAt !== null && dueAt <= end;
  if (breached) breachedCycles += 1;

  const state = breached ? 'breached' : current.end !== null ? 'met' : timeline.countingAtNow ? 'running' : 'paused';
  return {
    target,
    state,
    targetMs,
    cycleStartedAt: current.start,
    elapsedMs,
    warningAt,
    dueAt: state === 'running' || state === 'breached' ? dueAt : null,
    metAt: current.end,
    breachedAt: breached ? dueAt : null,
    cycles: cycles.length,
    breachedCycles,
  };
}

/**
 * The SLA clock of a ticket at `now`: for each target its state, due and warning instants,
 * elapsed business time and fulfilment, plus the timers to hold. Pure: the same inputs give the
 * same answer, so a new policy or calendar is applied by calling it again; a breach it projects at
 * dueAt is what it reports when called at dueAt with no new facts.
 *
 * Time counts only inside the calendar's open hours, while the ticket is neither in a pausing
 * status nor solved/closed. See readTimeline for when each target's cycles start and end.
 */
export function computeSlaClock(calendar: Calendar, input: SlaClockInput): SlaClock {
  const issues = targetIssues(input.targets);
  if (issues.length > 0) throw new RangeError(`invalid SLA targets: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const pausing = new Set(input.pausingStatuses ?? defaultPausingStatuses);
  const timeline = readTimeline(input.history, input.now, pausing);

  const clockOf = (name: SlaTargetName): TargetClock =>
    targetClock(name, input.targets[minutesOf[name]], input.targets.warningFraction, calendar, timeline, input.now);
  const targets: Record<SlaTargetName, TargetClock> = {
    first_response: clockOf('first_response'),
    next_response: clockOf('next_response'),
    periodic_update: clockOf('periodic_update'),
    resolution: clockOf('resolution'),
  };

  const timers: SlaTimer[] = [];
  for (const name of slaTargetNames) {
    const clock = targets[name];
    if (clock.state !== 'running') continue;
    if (clock.warningAt !== null && clock.warningAt > input.now) timers.push({ target: name, kind: 'warning', at: clock.warningAt });
    if (clock.dueAt !== null && clock.dueAt > input.now) timers.push({ target: name, kind: 'breach', at: clock.dueAt });
  }
  timers.sort((a, b) => a.at - b.at || slaTargetNames.indexOf(a.target) - slaTargetNames.indexOf(b.target));
  return { now: input.now, targets, timers };
}
