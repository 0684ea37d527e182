import { describe, expect, it } from 'vitest';
import { tripEndDate, tripHasBegun, tripIsOver } from './trip-end.ts';

const leg = (departDate: string, returnDate: string | null = null) => ({ fromCity: '上海', toCity: '北京', departDate, returnDate });

describe('trip end', () => {
  it('is the latest of return and departure dates over all legs', () => {
    expect(tripEndDate([leg('2026-12-01', '2026-12-03'), leg('2026-12-05')])).toBe('2026-12-05');
    expect(tripEndDate([leg('2026-12-01', '2026-12-09'), leg('2026-12-05')])).toBe('2026-12-09');
    expect(tripEndDate([])).toBeNull();
  });

  it('uses China dates: 23:30 UTC on the 3rd is already the 4th in China', () => {
    const trip = [leg('2026-12-01', '2026-12-03')];
    expect(tripIsOver(trip, new Date('2026-12-03T15:59:59Z'))).toBe(false);
    expect(tripIsOver(trip, new Date('2026-12-03T16:00:00Z'))).toBe(true);
  });

  it('has begun from the first departure day', () => {
    const trip = [leg('2026-12-05'), leg('2026-12-01', '2026-12-02')];
    expect(tripHasBegun(trip, new Date('2026-11-30T15:59:59Z'))).toBe(false);
    expect(tripHasBegun(trip, new Date('2026-11-30T16:00:00Z'))).toBe(true);
  });
});
