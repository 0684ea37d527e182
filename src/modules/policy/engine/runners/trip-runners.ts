import { cityById } from '../../../geo/index.ts';
import { cityKeyOf } from '../city-names.ts';
import type { TravelOption } from '../option-types.ts';
import type { TripDailyBudgetRule, TripDestinationsRule, TripRequiresApprovedRequestRule } from '../rule-types.ts';
import { atMost, dataMissing, type Runner } from './slot.ts';

export function tripDailyBudgetRunner(rule: TripDailyBudgetRule): Runner<TravelOption> {
  const maxFen = rule.params.maxFenPerDay;
  return (o, s) => (o.tripDailyCostFen === undefined ? dataMissing(s) : atMost(s, maxFen, o.tripDailyCostFen));
}

export function tripApprovedRequestRunner(_rule: TripRequiresApprovedRequestRule): Runner<TravelOption> {
  return (o, s) => {
    const matched = o.matchedApprovedRequest === true;
    s.applicable = true;
    s.missing = false;
    s.passed = matched;
    s.limit = true;
    s.actual = matched;
    s.difference = null;
  };
}

/** The cities and countries a destinations rule lists, as one text ('beijing, shanghai, CN'). */
export function destinationListText(rule: TripDestinationsRule): string {
  return [...(rule.params.cities ?? []), ...(rule.params.countries ?? [])].join(', ');
}

/**
 * Where the option takes the traveller: the trip context's city, else the flight's or train's
 * destination or the hotel's city, read through the geo directory; the country given, else 'CN'
 * for a city the directory knows.
 * limit: the list's text; actual: the destination city (or the country when only it is known).
 * Data missing when the option has no destination at all (a car ride without trip context).
 */
export function tripDestinationsRunner(rule: TripDestinationsRule): Runner<TravelOption> {
  const cities = new Set((rule.params.cities ?? []).map(cityKeyOf));
  const countries = new Set(rule.params.countries ?? []);
  const allow = rule.params.mode === 'allow';
  const text = destinationListText(rule);
  return (o, s) => {
    const named =
      o.destinationCity ??
      (o.category === 'flight' || o.category === 'train' ? o.destination : o.category === 'hotel' ? o.cityCode : undefined);
    const city = named === undefined ? undefined : cityKeyOf(named);
    const country = o.destinationCountry ?? (city !== undefined && cityById(city) !== null ? 'CN' : undefined);
    if (city === undefined && country === undefined) return dataMissing(s);
    const listed = (city !== undefined && cities.has(city)) || (country !== undefined && countries.has(country));
    s.applicable = true;
    s.missing = false;
    s.passed = allow ? listed : !listed;
    s.limit = text;
    s.actual = city ?? country ?? null;
    s.difference = null;
  };
}
