/**
 * The SLA engine: business calendars (7×24, or business hours with China's holidays and 调休),
 * business-time arithmetic, the SLA clock of a ticket and policy matching. Pure functions over
 * explicit inputs: no database, no clock (`now` is an argument), no I/O.
 */
export {
  type AroundTheClockCalendar,
  type AroundTheClockInput,
  type BusinessHoursCalendar,
  type BusinessHoursInput,
  type Calendar,
  type CalendarInput,
  type Weekday,
  weekdays,
  type Window,
  type WindowInput,
} from './calendar.ts';
export { calendarOf, type CalendarValidation, type InputIssue, validateCalendar } from './calendar-validate.ts';
export {
  addBusinessMinutes,
  addBusinessMs,
  businessMinutesBetween,
  businessMsBetween,
  isOpen,
  nextOpenInstant,
} from './calendar-arithmetic.ts';
export {
  defaultPausingStatuses,
  doneStatuses,
  type SlaClock,
  type SlaClockInput,
  type SlaTargetName,
  slaTargetNames,
  type SlaTargets,
  type SlaTicketStatus,
  slaTicketStatuses,
  type SlaTimer,
  type TargetClock,
  type TargetState,
  type TicketFact,
} from './clock.ts';
export { computeSlaClock } from './clock-compute.ts';
export { MAX_TARGET_MINUTES, targetIssues } from './targets-validate.ts';
export {
  type AllowedValues,
  type MatchablePolicy,
  matchSlaPolicy,
  orderPolicies,
  policyApplies,
  type PolicyValidation,
  type SlaPolicy,
  type SlaPolicyConditions,
  type SlaTicketAttributes,
  type SlaVocabulary,
  validateSlaPolicies,
} from './match-policy.ts';
