/**
 * Facts about each rule kind: the option category it checks (null: every category, the trip-wide
 * rules) and the unit of its limit and actual value.
 */
import type { CheckUnit } from './evaluation-types.ts';
import type { Category } from './option-types.ts';
import type { RuleKind } from './rule-types.ts';

interface KindInfo {
  category: Category | null;
  unit: CheckUnit;
}

export const RULE_KINDS: Readonly<Record<RuleKind, KindInfo>> = {
  flight_cabin: { category: 'flight', unit: 'cabin' },
  flight_price_cap: { category: 'flight', unit: 'fen' },
  flight_lowest_fare_window: { category: 'flight', unit: 'fen' },
  flight_advance_booking: { category: 'flight', unit: 'days' },
  hotel_nightly_cap: { category: 'hotel', unit: 'fen' },
  hotel_star: { category: 'hotel', unit: 'stars' },
  train_seat: { category: 'train', unit: 'seat_class' },
  car_service_level: { category: 'car', unit: 'service_level' },
  car_ride_cap: { category: 'car', unit: 'fen' },
  car_hours: { category: 'car', unit: 'hour' },
  trip_daily_budget: { category: null, unit: 'fen' },
  trip_requires_approved_request: { category: null, unit: 'boolean' },
  trip_destinations: { category: null, unit: 'city' },
};

export const RULE_KIND_NAMES = Object.keys(RULE_KINDS) as RuleKind[];

export const CATEGORY_NAMES: Readonly<Record<Category, { zh: string; en: string }>> = {
  flight: { zh: '机票', en: 'flights' },
  hotel: { zh: '酒店', en: 'hotels' },
  train: { zh: '火车票', en: 'trains' },
  car: { zh: '用车', en: 'car rides' },
};
