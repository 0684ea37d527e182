import { describe, expect, it } from 'vitest';
import { changeReasons, contentOf, sameContent, spanOf } from './change-bounds.ts';
import type { ItineraryLeg } from './schema.ts';

const leg = (fromCity: string, toCity: string, departDate: string, returnDate: string | null = null): ItineraryLeg => ({
  fromCity,
  toCity,
  departDate,
  returnDate,
});
const estimate = (flight: number) => ({ flight, hotel: 100, train: 0, car: 0, other: 0 });
const approved = contentOf({
  itinerary: [leg('上海', '北京', '2031-03-10'), leg('北京', '天津', '2031-03-12', '2031-03-15')],
  estimate: estimate(1_000),
});

describe('a change within what was approved', () => {
  it('narrower dates, the same cities in any spelling, a lower or equal amount: no approval', () => {
    const next = contentOf({
      itinerary: [leg('SHA', 'Beijing', '2031-03-11'), leg('北京市', 'tianjin', '2031-03-12', '2031-03-14')],
      estimate: estimate(900),
    });
    expect(changeReasons(approved, next)).toEqual([]);
    expect(changeReasons(approved, approved)).toEqual([]);
    expect(changeReasons(approved, contentOf({ itinerary: [leg('上海', '天津', '2031-03-15')], estimate: estimate(1_000) }))).toEqual([]);
  });

  it('dates outside the span, a new city, a higher amount: each named', () => {
    const later = contentOf({ itinerary: [leg('上海', '北京', '2031-03-10', '2031-03-16')], estimate: estimate(1_000) });
    expect(changeReasons(approved, later)).toEqual(['dates_outside']);
    const earlier = contentOf({ itinerary: [leg('上海', '北京', '2031-03-09')], estimate: estimate(1_000) });
    expect(changeReasons(approved, earlier)).toEqual(['dates_outside']);
    const guangzhou = contentOf({ itinerary: [leg('上海', '广州', '2031-03-10')], estimate: estimate(1_000) });
    expect(changeReasons(approved, guangzhou)).toEqual(['new_city']);
    const dearer = contentOf({ itinerary: approved.itinerary, estimate: estimate(1_001) });
    expect(changeReasons(approved, dearer)).toEqual(['amount_higher']);
    const all = contentOf({ itinerary: [leg('上海', '广州', '2031-04-01')], estimate: estimate(5_000) });
    expect(changeReasons(approved, all)).toEqual(['dates_outside', 'new_city', 'amount_higher']);
  });

  it('the span runs from the first departure to the last day away; sameness is exact', () => {
    expect(spanOf(approved.itinerary)).toEqual({ start: '2031-03-10', end: '2031-03-15' });
    expect(spanOf([leg('a', 'b', '2031-01-05'), leg('b', 'c', '2031-01-02')])).toEqual({ start: '2031-01-02', end: '2031-01-05' });
    expect(spanOf([])).toBeNull();
    expect(sameContent(approved, contentOf({ itinerary: [...approved.itinerary], estimate: estimate(1_000) }))).toBe(true);
    expect(sameContent(approved, contentOf({ itinerary: approved.itinerary, estimate: estimate(999) }))).toBe(false);
    // Key order does not matter (PostgreSQL's jsonb reorders keys).
    const reordered = approved.itinerary.map((l) => ({
      returnDate: l.returnDate,
      toCity: l.toCity,
      departDate: l.departDate,
      fromCity: l.fromCity,
    }));
    expect(
      sameContent(approved, contentOf({ itinerary: reordered, estimate: { other: 0, car: 0, train: 0, hotel: 100, flight: 1_000 } })),
    ).toBe(true);
  });
});
