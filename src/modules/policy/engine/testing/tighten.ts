/**
 * For the monotonicity property: every variant of a rule with exactly one numeric (or ordered)
 * limit made stricter by `step`: a cap lowered, a minimum raised, a highest class moved down, an
 * exception's threshold raised or its class lowered, a peak uplift reduced.
 */
import type { Rule } from '../rule-types.ts';
import { CABINS, CAR_SERVICE_LEVELS, SEATS, SLEEPERS } from '../scales.ts';

function lower<T>(scale: readonly T[], value: T): T | undefined {
  const i = scale.indexOf(value);
  return i > 0 ? scale[i - 1] : undefined;
}

const minus = (fen: number, step: number): number | undefined => (fen > 0 ? Math.max(0, fen - step * 1_000) : undefined);
const lessFraction = (f: number, step: number): number | undefined => (f > 0.01 ? Math.max(0.01, f - step / 100) : undefined);

export function tightenings(rule: Rule, step: number): Rule[] {
  const out: Rule[] = [];
  const push = <R extends Rule>(r: R, params: R['params'] | undefined | false) => {
    if (params) out.push(Object.assign({}, r, { params }));
  };
  switch (rule.kind) {
    case 'flight_cabin': {
      const p = rule.params;
      const c = lower(CABINS, p.maxCabin);
      push(rule, c !== undefined && { ...p, maxCabin: c });
      if (p.longFlight) {
        push(rule, { ...p, longFlight: { ...p.longFlight, aboveMinutes: p.longFlight.aboveMinutes + step } });
        const l = lower(CABINS, p.longFlight.maxCabin);
        push(rule, l !== undefined && { ...p, longFlight: { ...p.longFlight, maxCabin: l } });
      }
      break;
    }
    case 'flight_price_cap': {
      const p = rule.params;
      if (p.mode === 'discount_of_full_economy') {
        const d = lessFraction(p.maxDiscount, step);
        push(rule, d !== undefined && { ...p, maxDiscount: d });
      } else if (p.mode === 'percent_of_business') {
        const d = lessFraction(p.maxPercent, step);
        push(rule, d !== undefined && { ...p, maxPercent: d });
      } else {
        const m = minus(p.maxFen, step);
        push(rule, m !== undefined && { ...p, maxFen: m });
      }
      break;
    }
    case 'flight_lowest_fare_window': {
      const t = minus(rule.params.toleranceFen, step);
      push(rule, t !== undefined && { ...rule.params, toleranceFen: t });
      break;
    }
    case 'flight_advance_booking':
      push(rule, { minDays: rule.params.minDays + step });
      break;
    case 'hotel_nightly_cap': {
      const p = rule.params;
      p.bands.forEach((band, i) => {
        const withBand = (b: typeof band) => ({ ...p, bands: p.bands.map((x, j) => (j === i ? b : x)) });
        for (const tier of ['tier1', 'new_tier1', 'tier2', 'other'] as const) {
          const m = minus(band.tierCapsFen[tier], step);
          push(rule, m !== undefined && withBand({ ...band, tierCapsFen: { ...band.tierCapsFen, [tier]: m } }));
        }
        for (const [city, cap] of Object.entries(band.cityCapsFen ?? {})) {
          const m = minus(cap, step);
          push(rule, m !== undefined && withBand({ ...band, cityCapsFen: { ...band.cityCapsFen, [city]: m } }));
        }
      });
      (p.peakSeasons ?? []).forEach((s, i) => {
        const u = Math.max(0, s.upliftPercent - step);
        push(
          rule,
          u < s.upliftPercent && { ...p, peakSeasons: (p.peakSeasons ?? []).map((x, j) => (j === i ? { ...s, upliftPercent: u } : x)) },
        );
      });
      break;
    }
    case 'hotel_star':
      push(rule, rule.params.maxStars > 1 && { maxStars: rule.params.maxStars - 1 });
      break;
    case 'train_seat': {
      const p = rule.params;
      const seat = lower(SEATS, p.maxSeat);
      const sleeper = lower(SLEEPERS, p.maxSleeper);
      push(rule, seat !== undefined && { ...p, maxSeat: seat });
      push(rule, sleeper !== undefined && { ...p, maxSleeper: sleeper });
      const e = p.exception;
      if (e) {
        if (e.aboveMinutes !== undefined) push(rule, { ...p, exception: { ...e, aboveMinutes: e.aboveMinutes + step } });
        const eSeat = e.maxSeat === undefined ? undefined : lower(SEATS, e.maxSeat);
        const eSleeper = e.maxSleeper === undefined ? undefined : lower(SLEEPERS, e.maxSleeper);
        push(rule, eSeat !== undefined && { ...p, exception: { ...e, maxSeat: eSeat } });
        push(rule, eSleeper !== undefined && { ...p, exception: { ...e, maxSleeper: eSleeper } });
      }
      break;
    }
    case 'car_service_level': {
      const l = lower(CAR_SERVICE_LEVELS, rule.params.maxLevel);
      push(rule, l !== undefined && { maxLevel: l });
      break;
    }
    case 'car_ride_cap': {
      const m = minus(rule.params.maxFen, step);
      push(rule, m !== undefined && { maxFen: m });
      break;
    }
    case 'trip_daily_budget': {
      const m = minus(rule.params.maxFenPerDay, step);
      push(rule, m !== undefined && { ...rule.params, maxFenPerDay: m });
      break;
    }
    case 'car_hours':
    case 'trip_requires_approved_request':
    case 'trip_destinations':
      break;
  }
  return out;
}
