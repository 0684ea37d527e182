import type { InputIssue } from './calendar-validate.ts';
import type { SlaTargets } from './clock.ts';

/** Long enough for any real target, short enough that a deadline is always found within the calendar's horizon. */
export const MAX_TARGET_MINUTES = 1_000_000;

const minuteFields = ['firstResponseMinutes', 'nextResponseMinutes', 'periodicUpdateMinutes', 'resolutionMinutes'] as const;

/** Problems with a policy's targets: whole minutes 1…MAX_TARGET_MINUTES or null, a warning fraction strictly between 0 and 1. */
export function targetIssues(targets: SlaTargets, path = 'targets'): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const field of minuteFields) {
    const value = targets[field];
    if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= MAX_TARGET_MINUTES)) {
      issues.push({ path: `${path}.${field}`, message: `expected whole business minutes from 1 to ${MAX_TARGET_MINUTES}, or null` });
    }
  }
  const f = targets.warningFraction;
  if (!(typeof f === 'number' && f > 0 && f < 1))
    issues.push({ path: `${path}.warningFraction`, message: 'expected a fraction between 0 and 1, e.g. 0.8' });
  return issues;
}
