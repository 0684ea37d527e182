import type { TFunction } from 'i18next';
import type { Category, Rule, RuleKind } from '../../api/types';
import { CITY_TIERS } from '../../api/values';
import { cityLabel } from '../../lib/cities';
import { formatFen } from '../../lib/money';
import { clauseJoin, commaJoin, listJoin } from '../../lib/lists';

/** The editor's groups: the option category a kind checks, 'trip' for the trip-wide ones. */
export type RuleGroup = Category | 'trip';
export const RULE_GROUPS: readonly RuleGroup[] = ['flight', 'hotel', 'train', 'car', 'trip'];

export function groupOfKind(kind: RuleKind): RuleGroup {
  const prefix = kind.split('_')[0];
  return prefix === 'flight' || prefix === 'hotel' || prefix === 'train' || prefix === 'car' ? prefix : 'trip';
}

let counter = 0;

/** A fresh rule id: stable across later versions, unique within the policy. */
export function newRuleId(kind: RuleKind, taken: readonly Rule[]): string {
  const ids = new Set(taken.map((r) => r.id));
  counter += 1;
  let id = `${kind}-${Date.now().toString(36)}${counter}`;
  while (ids.has(id)) {
    counter += 1;
    id = `${kind}-${Date.now().toString(36)}${counter}`;
  }
  return id;
}

const TIER_CAPS = { tier1: 60000, new_tier1: 50000, tier2: 40000, other: 30000 };

/** A sensible starting rule of each kind. */
export function defaultRule(kind: RuleKind, id: string): Rule {
  const base = { id, action: 'warn' as const };
  switch (kind) {
    case 'flight_cabin':
      return { ...base, kind, params: { maxCabin: 'economy' } };
    case 'flight_price_cap':
      return { ...base, kind, params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 } };
    case 'flight_lowest_fare_window':
      return { ...base, kind, params: { windowMinutes: 120, toleranceFen: 20000 } };
    case 'flight_advance_booking':
      return { ...base, kind, params: { minDays: 3 } };
    case 'hotel_nightly_cap':
      return { ...base, kind, params: { bands: [{ tierCapsFen: { ...TIER_CAPS } }] } };
    case 'hotel_star':
      return { ...base, kind, params: { maxStars: 4 } };
    case 'train_seat':
      return { ...base, kind, params: { maxSeat: 'second', maxSleeper: 'hard_sleeper' } };
    case 'car_service_level':
      return { ...base, kind, params: { maxLevel: 'economy' } };
    case 'car_ride_cap':
      return { ...base, kind, params: { maxFen: 20000 } };
    case 'car_hours':
      return { ...base, kind, params: { purposes: [{ purpose: 'overtime', windows: [{ from: '21:00', to: '06:00' }] }] } };
    case 'trip_daily_budget':
      return { ...base, kind, params: { maxFenPerDay: 150000 } };
    case 'trip_requires_approved_request':
      return { ...base, kind, action: 'require_approval', params: {} };
    case 'trip_destinations':
      return { ...base, kind, action: 'require_approval', params: { mode: 'deny', countries: ['KP'] } };
  }
}

function discountText(t: TFunction, fraction: number): string {
  return t('policy.summary.discount', { value: Math.round(fraction * 1000) / 100, percent: Math.round(fraction * 1000) / 10 });
}

/** One line saying what a rule allows, in the current language. */
export function ruleSummary(t: TFunction, rule: Rule): string {
  switch (rule.kind) {
    case 'flight_cabin': {
      const main = t('policy.summary.flightCabin', { cabin: t(`policy.cabin.${rule.params.maxCabin}`) });
      const long = rule.params.longFlight;
      return long
        ? clauseJoin([main, t('policy.summary.longFlight', { minutes: long.aboveMinutes, cabin: t(`policy.cabin.${long.maxCabin}`) })])
        : main;
    }
    case 'flight_price_cap': {
      const p = rule.params;
      if (p.mode === 'discount_of_full_economy') return t('policy.summary.priceDiscount', { discount: discountText(t, p.maxDiscount) });
      if (p.mode === 'percent_of_business') return t('policy.summary.priceBusiness', { discount: discountText(t, p.maxPercent) });
      return t('policy.summary.priceAbsolute', { amount: formatFen(p.maxFen) });
    }
    case 'flight_lowest_fare_window':
      return t('policy.summary.lowestFare', { minutes: rule.params.windowMinutes, amount: formatFen(rule.params.toleranceFen) });
    case 'flight_advance_booking':
      return t('policy.summary.advance', { days: rule.params.minDays });
    case 'hotel_nightly_cap': {
      const band = rule.params.bands[0];
      const caps = band ? commaJoin(CITY_TIERS.map((tier) => `${t(`cityTier.${tier}`)} ${formatFen(band.tierCapsFen[tier])}`)) : '';
      const extra = rule.params.bands.length > 1 ? t('policy.summary.moreBands', { count: rule.params.bands.length }) : '';
      const seasons = rule.params.peakSeasons?.length ? t('policy.summary.peakSeasons', { count: rule.params.peakSeasons.length }) : '';
      return clauseJoin([t('policy.summary.hotelCap', { caps }), extra, seasons].filter(Boolean));
    }
    case 'hotel_star':
      return t('policy.summary.hotelStar', { stars: rule.params.maxStars });
    case 'train_seat': {
      const main = t('policy.summary.trainSeat', {
        seat: t(`policy.seat.${rule.params.maxSeat}`),
        sleeper: t(`policy.seat.${rule.params.maxSleeper}`),
      });
      return rule.params.exception ? clauseJoin([main, t('policy.summary.trainException')]) : main;
    }
    case 'car_service_level':
      return t('policy.summary.carLevel', { level: t(`policy.carLevel.${rule.params.maxLevel}`) });
    case 'car_ride_cap':
      return t('policy.summary.carCap', { amount: formatFen(rule.params.maxFen) });
    case 'car_hours':
      return t('policy.summary.carHours', {
        purposes: clauseJoin(
          rule.params.purposes.map(
            (p) =>
              `${t(`policy.purpose.${p.purpose}`)}${p.windows?.length ? ` ${listJoin(p.windows.map((w) => `${w.from}–${w.to}`))}` : ''}`,
          ),
        ),
      });
    case 'trip_daily_budget':
      return t('policy.summary.dailyBudget', { amount: formatFen(rule.params.maxFenPerDay) });
    case 'trip_requires_approved_request':
      return t('policy.summary.requiresRequest');
    case 'trip_destinations': {
      const places = listJoin([...(rule.params.cities ?? []).map(cityLabel), ...(rule.params.countries ?? [])]);
      return rule.params.mode === 'allow'
        ? t('policy.summary.destinationsAllow', { places })
        : t('policy.summary.destinationsDeny', { places });
    }
  }
}
