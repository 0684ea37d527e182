import { describe, expect, it } from 'vitest';
import type { PolicyVersion, Traveller } from '../../policy/index.ts';
import type { FlightOffer, HotelOffer } from '../../suppliers/index.ts';
import { flightAdapter } from '../testing/sample-flights.ts';
import { hotelAdapter, SHANGHAI_HOTELS } from '../testing/sample-hotels.ts';
import { markOptions } from './mark-options.ts';

const signal = new AbortController().signal;
const now = new Date('2031-05-01T02:00:00Z');
const flightQuery = { originCityId: 'beijing', destinationCityId: 'shanghai', date: '2031-05-20' };
const hotelQuery = { cityId: 'shanghai', checkIn: '2031-05-20', checkOut: '2031-05-22' };
const STAFF = { maxRankLevel: 5 };

const policy: PolicyVersion = {
  id: 'pv-1',
  policyId: 'p-1',
  version: 2,
  name: '标准差旅政策',
  reasonCodes: [],
  rules: [
    { id: 'cabin', kind: 'flight_cabin', action: 'require_approval', appliesTo: STAFF, params: { maxCabin: 'economy' } },
    {
      id: 'discount',
      kind: 'flight_price_cap',
      action: 'warn',
      appliesTo: STAFF,
      params: { mode: 'discount_of_full_economy', maxDiscount: 0.7, cabins: ['economy'] },
    },
    { id: 'lowest', kind: 'flight_lowest_fare_window', action: 'warn', params: { windowMinutes: 60, toleranceFen: 10_000 } },
    {
      id: 'hotel-cap',
      kind: 'hotel_nightly_cap',
      action: 'personal_pay',
      params: {
        bands: [{ tierCapsFen: { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 35_000 }, cityCapsFen: { shanghai: 50_000 } }],
      },
    },
    { id: 'no-luxury', kind: 'hotel_star', action: 'block', appliesTo: STAFF, params: { maxStars: 4 } },
  ],
};

const staff: Traveller = { employeeId: 'e-1', rankCode: 'P3', rankLevel: 3, departmentId: 'd-1', departmentChain: ['d-1'] };
const notCovered = () => ({ covered: false, requestId: null, coverage: null });

async function flights(opts: { economyClasses?: number } = {}) {
  const a = flightAdapter({ supplierCode: 'ca', carriers: ['CA'], flightsPerCarrier: 6, distanceKm: 1080, ...opts });
  const b = flightAdapter({ supplierCode: 'mu', carriers: ['MU'], flightsPerCarrier: 6, distanceKm: 1080, ...opts });
  return [...(await a.search(flightQuery, { signal })), ...(await b.search(flightQuery, { signal }))];
}

const byClass = <O extends { offer: FlightOffer }>(list: O[], cls: string) => list.filter((o) => o.offer.bookingClass === cls);

describe('policy marks on a flight search', () => {
  it('a Y fare over the 7折 cap warns and asks a reason code, explained in zh and en', async () => {
    const { options } = markOptions({ offers: await flights(), weights: new Map(), policy, traveller: staff, cover: notCovered, now });
    const y = byClass(options as { offer: FlightOffer; policy: unknown }[], 'Y')[0];
    expect(y).toBeDefined();
    const full = options.find((o) => o.offer.offerId === y?.offer.offerId);
    expect(full?.policy).toMatchObject({ outcome: 'warn', compliant: false, requiresReasonCode: true, personalPayFen: 0 });
    const check = full?.policy?.failedChecks.find((c) => c.ruleId === 'discount');
    expect(check?.explanation['zh-CN']).toMatch(/折|全价/);
    expect(check?.explanation.en.length).toBeGreaterThan(10);
    expect(full?.bookable).toBe(true);
  });

  it('a business seat for a rank not entitled needs approval', async () => {
    const { options } = markOptions({ offers: await flights(), weights: new Map(), policy, traveller: staff, cover: notCovered, now });
    const business = options.filter((o) => o.offer.category === 'flight' && o.offer.cabin === 'business');
    expect(business.length).toBeGreaterThan(0);
    for (const o of business) {
      expect(o.policy).toMatchObject({ outcome: 'require_approval', compliant: false });
      expect(o.policy?.failedChecks.map((c) => c.ruleId)).toContain('cabin');
    }
    // Compliant options come first, approval ones after every warn.
    const outcomes = options.map((o) => o.policy?.outcome);
    expect(outcomes.lastIndexOf('allow')).toBeLessThan(outcomes.indexOf('warn'));
    expect(outcomes.lastIndexOf('warn')).toBeLessThan(outcomes.indexOf('require_approval'));
    expect(options.map((o) => o.rank)).toEqual(options.map((_, i) => i + 1));
  });

  it('takes full economy, business and lowest-in-window fares from the results', async () => {
    const offers = await flights();
    const { options, fareWindowMinutes } = markOptions({ offers, weights: new Map(), policy, traveller: staff, cover: notCovered, now });
    expect(fareWindowMinutes).toBe(60);
    for (const o of options) {
      if (o.offer.category !== 'flight' || o.fares === null) throw new Error('a flight without fares');
      const offer = o.offer;
      const same = offers.filter((x) => x.flightNo === offer.flightNo);
      expect(o.fares.fullEconomyFareFen).toBe(same.find((x) => x.bookingClass === 'Y')?.priceFen);
      expect(o.fares.fullEconomySource).toBe('offered_y_fare');
      const j = same.find((x) => x.cabin === 'business');
      expect(o.fares.businessFareFen).toBe(j ? j.priceFen : null);
      const at = Date.parse(offer.departureAt);
      const inWindow = offers.filter((x) => x.cabin === offer.cabin && Math.abs(Date.parse(x.departureAt) - at) <= 60 * 60_000);
      expect(o.fares.lowestFareInWindowFen).toBe(Math.min(...inWindow.map((x) => x.priceFen)));
    }
    // An M fare with a cheaper L seat on a flight within the hour is over the lowest fare by more than ¥100.
    const m = options.find((o) => o.offer.category === 'flight' && o.offer.bookingClass === 'M');
    if (
      m?.fares?.lowestFareInWindowFen !== undefined &&
      m.fares.lowestFareInWindowFen !== null &&
      m.offer.priceFen - m.fares.lowestFareInWindowFen > 10_000
    ) {
      expect(m.policy?.failedChecks.map((c) => c.ruleId)).toContain('lowest');
    }
  });

  it('without a Y seat on sale, the published full fare is used and said so', async () => {
    const { options } = markOptions({
      offers: await flights({ economyClasses: 3 }),
      weights: new Map(),
      policy,
      traveller: staff,
      cover: notCovered,
      now,
    });
    const economy = options.find((o) => o.offer.category === 'flight' && o.offer.cabin === 'economy');
    expect(economy?.fares).toMatchObject({ fullEconomySource: 'published' });
  });
});

describe('policy marks on a hotel search', () => {
  const hotels = async () =>
    (await hotelAdapter({ supplierCode: 'jj', hotels: SHANGHAI_HOTELS }).search(hotelQuery, { signal })) as HotelOffer[];

  it('a room over the city cap is allowed with personal pay for every night; a 5-star room is hidden as the rule blocks it', async () => {
    const { options, hiddenCount } = markOptions({
      offers: await hotels(),
      weights: new Map(),
      policy,
      traveller: staff,
      cover: notCovered,
      now,
    });
    expect(hiddenCount).toBe(4); // two 5-star hotels × two room types
    const atour = options.find((o) => o.offer.category === 'hotel' && o.offer.hotelId === 'sh-atour-jingan' && !o.offer.breakfast);
    expect(atour?.policy).toMatchObject({
      outcome: 'allow',
      compliant: false,
      requiresReasonCode: false,
      personalPayFen: (68_800 - 50_000) * 2,
    });
    expect(atour?.policy?.failedChecks[0]?.explanation['zh-CN']).toContain('500');
    const hanting = options.find((o) => o.offer.category === 'hotel' && o.offer.hotelId === 'sh-hanting-people-sq' && !o.offer.breakfast);
    expect(hanting?.policy).toMatchObject({ outcome: 'allow', compliant: true, personalPayFen: 0, failedChecks: [] });
    expect(options.indexOf(hanting ?? options[0]!)).toBeLessThan(options.indexOf(atour ?? options[0]!));
  });

  it('shows blocked options disabled when asked', async () => {
    const { options, hiddenCount } = markOptions({
      offers: await hotels(),
      weights: new Map(),
      policy,
      traveller: staff,
      cover: notCovered,
      now,
      showBlocked: true,
    });
    expect(hiddenCount).toBe(0);
    const blocked = options.filter((o) => !o.bookable);
    expect(blocked).toHaveLength(4);
    expect(blocked.every((o) => o.policy?.outcome === 'block')).toBe(true);
    expect(options.slice(-4).every((o) => !o.bookable)).toBe(true);
  });

  it('with no policy for the traveller, every option is bookable and unmarked', async () => {
    const { options } = markOptions({ offers: await hotels(), weights: new Map(), policy: null, traveller: staff, cover: notCovered, now });
    expect(options).toHaveLength(SHANGHAI_HOTELS.length * 2);
    expect(options.every((o) => o.policy === null && o.bookable)).toBe(true);
  });
});
