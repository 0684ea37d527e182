import { describe, expect, it } from 'vitest';
import type { FlightOffer, HotelOffer } from '../../suppliers/index.ts';
import { flightAdapter } from '../testing/sample-flights.ts';
import { hotelAdapter, SHANGHAI_HOTELS } from '../testing/sample-hotels.ts';
import { mergeOffers } from './merge-offers.ts';
import { policyGroup, rankOptions, scoreOptions } from './rank-options.ts';

const signal = new AbortController().signal;
const query = { originCityId: 'beijing', destinationCityId: 'shanghai', date: '2031-05-20' };
const noWeight = () => 50;

describe('merging offers', () => {
  it('keeps the cheapest of the same flight, date, cabin and class from two suppliers and notes the other', async () => {
    const airline = await flightAdapter({ supplierCode: 'ca-direct', carriers: ['CA'], flightsPerCarrier: 3, distanceKm: 1080 }).search(
      query,
      { signal },
    );
    const agent = await flightAdapter({
      supplierCode: 'agent',
      carriers: ['CA'],
      flightsPerCarrier: 3,
      distanceKm: 1080,
      priceFactor: 0.97,
    }).search(query, {
      signal,
    });
    const merged = mergeOffers([...airline, ...agent], noWeight);
    expect(merged).toHaveLength(airline.length);
    for (const m of merged) {
      expect(m.offer.supplierCode).toBe('agent');
      expect(m.alsoOfferedBy).toHaveLength(1);
      expect(m.alsoOfferedBy[0]?.supplierCode).toBe('ca-direct');
      expect(m.alsoOfferedBy[0]?.priceFen).toBeGreaterThan(m.offer.priceFen);
    }
  });

  it('keeps different booking classes and cabins of one flight apart', async () => {
    const offers = await flightAdapter({ supplierCode: 'ca', carriers: ['CA'], flightsPerCarrier: 1, distanceKm: 1080 }).search(query, {
      signal,
    });
    expect(new Set(offers.map((o) => o.bookingClass)).size).toBe(offers.length);
    expect(mergeOffers(offers, noWeight)).toHaveLength(offers.length);
  });

  it('breaks a price tie by the supplier’s ranking weight, then by code, whatever order they answered in', async () => {
    const a = await flightAdapter({
      supplierCode: 'a',
      carriers: ['MU'],
      flightsPerCarrier: 1,
      distanceKm: 1080,
      economyClasses: 1,
    }).search(query, { signal });
    const b = await flightAdapter({
      supplierCode: 'b',
      carriers: ['MU'],
      flightsPerCarrier: 1,
      distanceKm: 1080,
      economyClasses: 1,
    }).search(query, { signal });
    const weights: Record<string, number> = { a: 40, b: 90 };
    const weight = (c: string) => weights[c] ?? 50;
    expect(mergeOffers([...a, ...b], weight).map((m) => m.offer.supplierCode)).toEqual(['b', 'b']);
    expect(mergeOffers([...b, ...a], weight).map((m) => m.offer.supplierCode)).toEqual(['b', 'b']);
    expect(mergeOffers([...b, ...a], noWeight).map((m) => m.offer.supplierCode)).toEqual(['a', 'a']);
  });

  it('merges the same hotel room and stay, not another room type', async () => {
    const q = { cityId: 'shanghai', checkIn: '2031-05-20', checkOut: '2031-05-22' };
    const one = await hotelAdapter({ supplierCode: 'jj', hotels: SHANGHAI_HOTELS }).search(q, { signal });
    const two = await hotelAdapter({ supplierCode: 'ota', hotels: SHANGHAI_HOTELS, priceFactor: 1.05 }).search(q, { signal });
    const merged = mergeOffers<HotelOffer>([...one, ...two], noWeight);
    expect(merged).toHaveLength(SHANGHAI_HOTELS.length * 2);
    expect(merged.every((m) => m.offer.supplierCode === 'jj' && m.alsoOfferedBy[0]?.supplierCode === 'ota')).toBe(true);
  });
});

describe('ranking', () => {
  const flights = (async () =>
    flightAdapter({ supplierCode: 'x', carriers: ['CA', 'MU'], flightsPerCarrier: 4, distanceKm: 1080 }).search(query, { signal }))();

  it('puts compliant options first, then allowed-with-a-note, warn, approval, block', () => {
    const groups = [
      { outcome: 'block', compliant: false, noted: false },
      { outcome: 'allow', compliant: true, noted: false },
      { outcome: 'warn', compliant: false, noted: false },
      { outcome: 'allow', compliant: false, noted: true },
      { outcome: 'require_approval', compliant: false, noted: false },
      { outcome: null, compliant: true, noted: false },
    ] as const;
    expect(groups.map(policyGroup)).toEqual([4, 0, 2, 1, 3, 0]);
  });

  it('scores the cheapest, shortest, best-timed option of the best supplier highest', async () => {
    const list = (await flights).slice(0, 12) as FlightOffer[];
    const items = list.map((offer) => ({ offer, outcome: 'allow' as const, compliant: true, noted: false }));
    const scores = scoreOptions(items, { weights: new Map([['x', 100]]) });
    const cheapest = list.reduce((best, o, i) => (o.priceFen < (list[best]?.priceFen ?? Infinity) ? i : best), 0);
    const dearest = list.reduce((best, o, i) => (o.priceFen > (list[best]?.priceFen ?? -1) ? i : best), 0);
    expect(scores[cheapest]).toBeGreaterThan(scores[dearest] ?? 100);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(100);
  });

  it('gives the same order whatever order the options come in (stable, total)', async () => {
    const list = (await flights) as FlightOffer[];
    const items = list.map((offer, i) => ({
      offer,
      outcome: i % 3 === 0 ? ('warn' as const) : ('allow' as const),
      compliant: i % 3 !== 0,
      noted: false,
    }));
    const prefs = { weights: new Map<string, number>(), preferredDepartureTime: '09:00' };
    const forward = rankOptions(items, prefs).order.map((i) => items[i]?.offer.offerId);
    const reversed = [...items].reverse();
    const backward = rankOptions(reversed, prefs).order.map((i) => reversed[i]?.offer.offerId);
    expect(backward).toEqual(forward);
    const firstWarn = forward.findIndex((id) => items.find((x) => x.offer.offerId === id)?.outcome === 'warn');
    expect(forward.slice(firstWarn).every((id) => items.find((x) => x.offer.offerId === id)?.outcome === 'warn')).toBe(true);
  });

  it('ranks departures near the preferred time higher, other things equal', async () => {
    const list = ((await flights) as FlightOffer[]).filter((o) => o.bookingClass === 'Y' && o.carrier === 'CA');
    const items = list.map((offer) => ({ offer, outcome: 'allow' as const, compliant: true, noted: false }));
    const morning = scoreOptions(items, { weights: new Map(), preferredDepartureTime: '07:00' });
    const evening = scoreOptions(items, { weights: new Map(), preferredDepartureTime: '21:00' });
    expect(morning[0]).toBeGreaterThan(evening[0] ?? 100);
    expect(evening.at(-1)).toBeGreaterThan(morning.at(-1) ?? 100);
  });
});
