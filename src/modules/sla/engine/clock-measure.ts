import { addBusinessMs, businessMsBetween } from './calendar-arithmetic.ts';
import type { Calendar } from './calendar.ts';
import type { Cycle, Segment } from './clock-history.ts';

export interface CycleMeasure {
  /** Business ms counted from the cycle's start to its fulfilment, or to now while it is open. */
  elapsedMs: number;
  /** The earliest instant at which the counted time reached the warning threshold (projected when still ahead). */
  warningAt: number | null;
  /** The same for the target: the breach instant. */
  dueAt: number | null;
}

/**
 * Measures one cycle over the stretches in which the clocks count, business hours only. A
 * threshold is reached at the earliest instant its business time has elapsed: fulfilment before
 * that instant is in time; at it or after, the target is breached. A cycle still open while the
 * clock counts at now gets its instants projected beyond now (the timers to set); one that is
 * paused gets none until it resumes.
 */
export function measureCycle(
  calendar: Calendar,
  counting: readonly Segment[],
  cycle: Cycle,
  now: number,
  thresholds: { warningMs: number; targetMs: number },
): CycleMeasure {
  const horizon = cycle.end ?? Number.POSITIVE_INFINITY;
  let elapsedMs = 0;
  let warningAt: number | null = null;
  let dueAt: number | null = null;
  for (const segment of counting) {
    const from = Math.max(segment.start, cycle.start);
    const to = Math.min(segment.end, horizon);
    if (from >= to) continue;
    // Within this stretch: how much it holds (to now at most), and where each threshold falls.
    const available = to === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : businessMsBetween(calendar, from, to);
    const crossing = (threshold: number): number | null =>
      elapsedMs < threshold && elapsedMs + available >= threshold ? addBusinessMs(calendar, from, threshold - elapsedMs) : null;
    warningAt ??= crossing(thresholds.warningMs);
    dueAt ??= crossing(thresholds.targetMs);
    elapsedMs += to === Number.POSITIVE_INFINITY ? businessMsBetween(calendar, from, Math.max(from, now)) : available;
  }
  return { elapsedMs, warningAt, dueAt };
}
