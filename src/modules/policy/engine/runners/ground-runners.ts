import { chinaMinuteOfDay, formatMinuteOfDay, parseInstant, parseTimeOfDay } from '../../../../platform/time/china-time.ts';
import type { CarOption, TrainOption } from '../option-types.ts';
import type { CarHoursRule, CarPurpose, CarRideCapRule, CarServiceLevelRule, TrainSeatRule } from '../rule-types.ts';
import { CAR_LEVEL_RANK, isSleeper, SEAT_RANK, SEATS, SLEEPER_RANK, SLEEPERS } from '../scales.ts';
import { atMost, classAtMost, type Runner } from './slot.ts';

/** Whether the rule's exception (overnight train, long journey) raises the limits for this train. */
export function trainExceptionApplies(rule: TrainSeatRule, o: Pick<TrainOption, 'overnight' | 'durationMinutes'>): boolean {
  const e = rule.params.exception;
  if (e === undefined) return false;
  return (e.overnight === true && o.overnight) || (e.aboveMinutes !== undefined && o.durationMinutes > e.aboveMinutes);
}

export function trainSeatRunner(rule: TrainSeatRule): Runner<TrainOption> {
  const { maxSeat, maxSleeper, exception } = rule.params;
  const seatRank = SEAT_RANK[maxSeat];
  const sleeperRank = SLEEPER_RANK[maxSleeper];
  // The exception only ever raises a limit.
  const raisedSeatRank = Math.max(seatRank, exception?.maxSeat === undefined ? -1 : SEAT_RANK[exception.maxSeat]);
  const raisedSleeperRank = Math.max(sleeperRank, exception?.maxSleeper === undefined ? -1 : SLEEPER_RANK[exception.maxSleeper]);
  return (o, s) => {
    const raised = trainExceptionApplies(rule, o);
    if (isSleeper(o.seatClass)) {
      const limitRank = raised ? raisedSleeperRank : sleeperRank;
      classAtMost(s, SLEEPERS[limitRank] ?? maxSleeper, limitRank, o.seatClass, SLEEPER_RANK[o.seatClass]);
    } else {
      const limitRank = raised ? raisedSeatRank : seatRank;
      classAtMost(s, SEATS[limitRank] ?? maxSeat, limitRank, o.seatClass, SEAT_RANK[o.seatClass]);
    }
  };
}

export function carServiceLevelRunner(rule: CarServiceLevelRule): Runner<CarOption> {
  const maxLevel = rule.params.maxLevel;
  const maxRank = CAR_LEVEL_RANK[maxLevel];
  return (o, s) => classAtMost(s, maxLevel, maxRank, o.serviceLevel, CAR_LEVEL_RANK[o.serviceLevel]);
}

export function carRideCapRunner(rule: CarRideCapRule): Runner<CarOption> {
  const maxFen = rule.params.maxFen;
  return (o, s) => atMost(s, maxFen, o.estimatedFareFen);
}

/** A window as minutes since midnight: [from, to), wrapping past midnight when from > to. */
export interface MinuteWindow {
  from: number;
  to: number;
}

export function inWindow(minute: number, w: MinuteWindow): boolean {
  if (w.from < w.to) return w.from <= minute && minute < w.to;
  if (w.from > w.to) return minute >= w.from || minute < w.to;
  return false;
}

/** Per purpose: its windows (null: any time) and their text ('21:00–06:00'). */
export interface PurposeHours {
  windows: readonly MinuteWindow[] | null;
  text: string;
}

export const ANY_TIME = '00:00–24:00';

export function purposeHours(rule: CarHoursRule): Map<CarPurpose, PurposeHours> {
  const out = new Map<CarPurpose, PurposeHours>();
  for (const p of rule.params.purposes) {
    if (out.has(p.purpose)) continue;
    const windows = p.windows === undefined || p.windows.length === 0 ? null : p.windows;
    out.set(p.purpose, {
      windows: windows?.map((w) => ({ from: parseTimeOfDay(w.from), to: parseTimeOfDay(w.to) })) ?? null,
      text: windows === null ? ANY_TIME : windows.map((w) => `${w.from}–${w.to}`).join(', '),
    });
  }
  return out;
}

/**
 * The ride's purpose must be allowed and its pick-up (China time) inside one of the purpose's
 * windows. limit: the windows' text, or null when the purpose is not allowed; actual: 'HH:MM'.
 */
export function carHoursRunner(rule: CarHoursRule): Runner<CarOption> {
  const hours = purposeHours(rule);
  return (o, s) => {
    const minute = chinaMinuteOfDay(parseInstant(o.pickupAt));
    const allowed = hours.get(o.purpose);
    s.applicable = true;
    s.missing = false;
    s.passed = allowed !== undefined && (allowed.windows === null || allowed.windows.some((w) => inWindow(minute, w)));
    s.limit = allowed === undefined ? null : allowed.text;
    s.actual = Number.isNaN(minute) ? null : formatMinuteOfDay(minute);
    s.difference = null;
  };
}
