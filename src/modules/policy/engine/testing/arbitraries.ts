/**
 * fast-check generators for the property tests: valid rules of every kind, travellers and options
 * whose numbers sit around the rules' limits so that both passing and failing checks are common.
 */
import fc from 'fast-check';
import { dateOfDayNumber } from '../../../../platform/time/china-time.ts';
import type { CarOption, Category, FlightOption, HotelOption, TrainOption, TravelOption, Traveller, TripContext } from '../option-types.ts';
import { CAR_PURPOSES, type HotelCapBand, type PolicyVersion, type Rule } from '../rule-types.ts';
import { CABINS, CAR_SERVICE_LEVELS, RULE_ACTIONS, SEATS, SLEEPERS } from '../scales.ts';

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const CITIES = ['beijing', 'guangzhou', 'chengdu', 'xuzhou', 'lasa', 'sanya'] as const;
const RANKS = ['P1', 'P3', 'P5', 'M1', 'M3'] as const;

export const fen = (max: number) => fc.integer({ min: 0, max });
const fraction = fc.integer({ min: 1, max: 100 }).map((n) => n / 100);
const instant = fc.integer({ min: START, max: START + 365 * DAY_MS }).map((ms) => new Date(ms).toISOString());
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

// Mostly absent, so that most rules apply to the traveller.
const appliesTo = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  {
    arbitrary: fc.record(
      { ranks: fc.subarray([...RANKS]), minRankLevel: fc.integer({ min: 1, max: 6 }), maxRankLevel: fc.integer({ min: 4, max: 10 }) },
      { requiredKeys: [] },
    ),
    weight: 1,
  },
);

const base = { id: fc.constant(''), action: fc.constantFrom(...RULE_ACTIONS), appliesTo };

const band: fc.Arbitrary<HotelCapBand> = fc.record({
  minRankLevel: opt(fc.integer({ min: 1, max: 5 })),
  maxRankLevel: opt(fc.integer({ min: 5, max: 10 })),
  tierCapsFen: fc.record({ tier1: fen(120_000), new_tier1: fen(100_000), tier2: fen(80_000), other: fen(60_000) }),
  cityCapsFen: opt(fc.dictionary(fc.constantFrom(...CITIES), fen(120_000), { maxKeys: 3 })),
});

const season = fc
  .record({
    name: fc.constantFrom('广交会', 'Spring Festival', 'Expo'),
    cityCodes: opt(fc.subarray([...CITIES], { minLength: 1 })),
    from: fc.integer({ min: 0, max: 364 }),
    length: fc.integer({ min: 0, max: 20 }),
    upliftPercent: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ from, length, ...s }) => ({
    ...s,
    from: dateOfDayNumber(START / DAY_MS + from),
    to: dateOfDayNumber(START / DAY_MS + from + length),
  }));

const categories = opt(fc.subarray(['flight', 'hotel', 'train', 'car'] as const, { minLength: 1 }));

const flightRules: fc.Arbitrary<Rule>[] = [
  fc.record({
    ...base,
    kind: fc.constant('flight_cabin' as const),
    params: fc.record({
      maxCabin: fc.constantFrom(...CABINS),
      longFlight: opt(fc.record({ aboveMinutes: fc.integer({ min: 30, max: 600 }), maxCabin: fc.constantFrom(...CABINS) })),
    }),
  }),
  fc.record({
    ...base,
    kind: fc.constant('flight_price_cap' as const),
    params: fc.oneof(
      fc.record({ mode: fc.constant('discount_of_full_economy' as const), maxDiscount: fraction }),
      fc.record({ mode: fc.constant('percent_of_business' as const), maxPercent: fraction }),
      fc.record({ mode: fc.constant('absolute' as const), maxFen: fen(300_000) }),
    ),
  }),
  fc.record({
    ...base,
    kind: fc.constant('flight_lowest_fare_window' as const),
    params: fc.record({ windowMinutes: fc.integer({ min: 1, max: 240 }), toleranceFen: fen(50_000) }),
  }),
  fc.record({
    ...base,
    kind: fc.constant('flight_advance_booking' as const),
    params: fc.record({ minDays: fc.integer({ min: 0, max: 30 }) }),
  }),
];

const hotelRules: fc.Arbitrary<Rule>[] = [
  fc.record({
    ...base,
    kind: fc.constant('hotel_nightly_cap' as const),
    params: fc.record({ bands: fc.array(band, { minLength: 1, maxLength: 3 }), peakSeasons: opt(fc.array(season, { maxLength: 3 })) }),
  }),
  fc.record({ ...base, kind: fc.constant('hotel_star' as const), params: fc.record({ maxStars: fc.integer({ min: 1, max: 5 }) }) }),
];

const trainRules: fc.Arbitrary<Rule>[] = [
  fc.record({
    ...base,
    kind: fc.constant('train_seat' as const),
    params: fc.record({
      maxSeat: fc.constantFrom(...SEATS),
      maxSleeper: fc.constantFrom(...SLEEPERS),
      exception: opt(
        fc.record(
          {
            overnight: fc.boolean(),
            aboveMinutes: fc.integer({ min: 30, max: 900 }),
            maxSeat: fc.constantFrom(...SEATS),
            maxSleeper: fc.constantFrom(...SLEEPERS),
          },
          { requiredKeys: [] },
        ),
      ),
    }),
  }),
];

const carRules: fc.Arbitrary<Rule>[] = [
  fc.record({
    ...base,
    kind: fc.constant('car_service_level' as const),
    params: fc.record({ maxLevel: fc.constantFrom(...CAR_SERVICE_LEVELS) }),
  }),
  fc.record({ ...base, kind: fc.constant('car_ride_cap' as const), params: fc.record({ maxFen: fen(30_000) }) }),
  fc.record({
    ...base,
    kind: fc.constant('car_hours' as const),
    params: fc.record({
      purposes: fc.uniqueArray(
        fc.record({
          purpose: fc.constantFrom(...CAR_PURPOSES),
          windows: opt(
            fc.array(
              fc.record({
                from: fc.constantFrom('06:00', '09:00', '18:00', '21:00'),
                to: fc.constantFrom('06:00', '12:00', '24:00', '02:00'),
              }),
              { maxLength: 2 },
            ),
          ),
        }),
        { minLength: 1, maxLength: 3, selector: (p) => p.purpose },
      ),
    }),
  }),
];

const tripRules: fc.Arbitrary<Rule>[] = [
  fc.record({
    ...base,
    kind: fc.constant('trip_daily_budget' as const),
    params: fc.record({ maxFenPerDay: fen(200_000), categories }, { requiredKeys: ['maxFenPerDay'] }),
  }),
  fc.record({
    ...base,
    kind: fc.constant('trip_requires_approved_request' as const),
    params: fc.record({ categories }, { requiredKeys: [] }),
  }),
  fc.record({
    ...base,
    kind: fc.constant('trip_destinations' as const),
    params: fc.record(
      {
        mode: fc.constantFrom('allow' as const, 'deny' as const),
        cities: fc.subarray([...CITIES], { minLength: 1 }),
        countries: fc.subarray(['CN', 'JP', 'US']),
        categories,
      },
      { requiredKeys: ['mode', 'cities'] },
    ),
  }),
];

const RULES_BY_CATEGORY: Record<Category, fc.Arbitrary<Rule>[]> = {
  flight: flightRules,
  hotel: hotelRules,
  train: trainRules,
  car: carRules,
};

export const ruleArb: fc.Arbitrary<Rule> = fc.oneof(...flightRules, ...hotelRules, ...trainRules, ...carRules, ...tripRules);

function policyFrom(rules: fc.Arbitrary<Rule>): fc.Arbitrary<PolicyVersion> {
  return fc.array(rules, { minLength: 1, maxLength: 10 }).map((list) => ({
    id: 'pv-prop',
    policyId: 'p-prop',
    version: 1,
    name: 'generated',
    rules: list.map((r, i) => ({ ...r, id: `r${i}` })),
    reasonCodes: [],
  }));
}

/** Any rules of any kind. */
export const policyArb: fc.Arbitrary<PolicyVersion> = policyFrom(ruleArb);

/** Rules mostly of the category given and trip-wide ones, a few of the others. */
export function policyForArb(category: Category): fc.Arbitrary<PolicyVersion> {
  return policyFrom(
    fc.oneof(
      { arbitrary: fc.oneof(...RULES_BY_CATEGORY[category]), weight: 4 },
      { arbitrary: fc.oneof(...tripRules), weight: 2 },
      { arbitrary: ruleArb, weight: 1 },
    ),
  );
}

export const travellerArb: fc.Arbitrary<Traveller> = fc.record({
  employeeId: fc.constant('e1'),
  rankCode: fc.constantFrom(...RANKS),
  rankLevel: fc.integer({ min: 1, max: 10 }),
  departmentId: fc.constant('d'),
  departmentChain: fc.constant(['d', 'root']),
});

const trip: fc.Arbitrary<TripContext> = fc.record(
  {
    tripDailyCostFen: fen(200_000),
    matchedApprovedRequest: fc.boolean(),
    destinationCity: fc.constantFrom(...CITIES),
    destinationCountry: fc.constantFrom('CN', 'JP'),
  },
  { requiredKeys: [] },
);

const flightArb: fc.Arbitrary<FlightOption> = fc
  .record({
    trip,
    cabin: fc.constantFrom(...CABINS),
    fareFen: fen(400_000),
    fullEconomyFareFen: fen(300_000),
    businessFareFen: fc.option(fen(600_000), { nil: null }),
    departure: fc.integer({ min: START, max: START + 365 * DAY_MS }),
    durationMinutes: fc.integer({ min: 30, max: 900 }),
    advanceMs: fc.integer({ min: -DAY_MS, max: 40 * DAY_MS }),
    lowestFareInWindowFen: fc.option(fen(300_000), { nil: null }),
    destination: fc.constantFrom(...CITIES),
  })
  .map(({ trip: t, departure, advanceMs, ...f }) => ({
    ...t,
    ...f,
    category: 'flight' as const,
    departureAt: new Date(departure).toISOString(),
    arrivalAt: new Date(departure + f.durationMinutes * 60_000).toISOString(),
    bookingAt: new Date(departure - advanceMs).toISOString(),
    origin: 'beijing',
  }));

const hotelArb: fc.Arbitrary<HotelOption> = fc
  .record({
    trip,
    cityCode: fc.constantFrom(...CITIES),
    nightlyRateFen: fen(150_000),
    stars: fc.integer({ min: 1, max: 5 }),
    checkIn: fc.integer({ min: 0, max: 364 }),
    nights: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ trip: t, checkIn, nights, ...h }) => ({
    ...t,
    ...h,
    category: 'hotel' as const,
    checkIn: dateOfDayNumber(START / DAY_MS + checkIn),
    checkOut: dateOfDayNumber(START / DAY_MS + checkIn + nights),
  }));

const trainArb: fc.Arbitrary<TrainOption> = fc
  .record({
    trip,
    trainType: fc.constantFrom('G' as const, 'D' as const, 'Z' as const, 'K' as const),
    seatClass: fc.constantFrom(...SEATS, ...SLEEPERS),
    fareFen: fen(200_000),
    departureAt: instant,
    durationMinutes: fc.integer({ min: 30, max: 1_500 }),
    overnight: fc.boolean(),
    destination: fc.constantFrom(...CITIES),
  })
  .map(({ trip: t, ...o }) => ({ ...t, ...o, category: 'train' as const, origin: 'beijing' }));

const carArb: fc.Arbitrary<CarOption> = fc
  .record({
    trip,
    serviceLevel: fc.constantFrom(...CAR_SERVICE_LEVELS),
    estimatedFareFen: fen(40_000),
    pickupAt: instant,
    purpose: fc.constantFrom(...CAR_PURPOSES),
  })
  .map(({ trip: t, ...o }) => ({ ...t, ...o, category: 'car' as const }));

export const optionArb: fc.Arbitrary<TravelOption> = fc.oneof(flightArb, hotelArb, trainArb, carArb);

/** A policy whose rules mostly concern the option, a traveller, the option. */
export const caseArb: fc.Arbitrary<[PolicyVersion, Traveller, TravelOption]> = optionArb.chain((option) =>
  fc.tuple(policyForArb(option.category), travellerArb, fc.constant(option)),
);

/** One rule of the option's category (or a trip-wide one), with no appliesTo, a traveller, the option. */
export const singleRuleCaseArb: fc.Arbitrary<[Rule, Traveller, TravelOption]> = optionArb.chain((option) =>
  fc.tuple(
    fc
      .oneof({ arbitrary: fc.oneof(...RULES_BY_CATEGORY[option.category]), weight: 3 }, { arbitrary: fc.oneof(...tripRules), weight: 1 })
      .map((r) => ({ ...r, id: 'r0', appliesTo: undefined })),
    travellerArb,
    fc.constant(option),
  ),
);
