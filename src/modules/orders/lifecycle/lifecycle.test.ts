import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ISSUED_STATE,
  MACHINES,
  ORDER_CATEGORIES,
  ORDER_EVENTS,
  ORDER_STATUSES,
  isTerminal,
  statesOf,
  transition,
  type OrderCategory,
  type OrderStatus,
} from './index.ts';

const expected: Record<OrderCategory, OrderStatus[]> = {
  flight: ['pending_approval', 'approved', 'rejected', 'booking', 'failed', 'ticketed', 'changed', 'refunded', 'cancelled', 'flown'],
  train: ['pending_approval', 'approved', 'rejected', 'booking', 'failed', 'ticketed', 'changed', 'refunded', 'cancelled', 'travelled'],
  hotel: [
    'pending_approval',
    'approved',
    'rejected',
    'booking',
    'failed',
    'confirmed',
    'checked_in',
    'checked_out',
    'no_show',
    'overbooked',
    'changed',
    'refunded',
    'cancelled',
  ],
  car: [
    'pending_approval',
    'approved',
    'rejected',
    'booking',
    'failed',
    'confirmed',
    'driver_arrived',
    'completed',
    'driver_no_show',
    'cancelled',
  ],
};

describe('order state machines', () => {
  it.each(ORDER_CATEGORIES)('%s has exactly its states, all known', (category) => {
    expect(new Set(statesOf(category))).toEqual(new Set(expected[category]));
    for (const s of statesOf(category)) expect(ORDER_STATUSES).toContain(s);
  });

  it('follows the happy paths', () => {
    const run = (category: OrderCategory, events: (typeof ORDER_EVENTS)[number][]) =>
      events.reduce<OrderStatus>((s, e) => {
        const t = transition(category, s, e);
        if (!t.ok) throw new Error(`${category}: ${s} --${e}--> refused`);
        return t.to;
      }, 'pending_approval');
    expect(run('flight', ['approve', 'start_booking', 'delay_ticketing', 'issue', 'complete'])).toBe('flown');
    expect(run('train', ['approve', 'start_booking', 'issue', 'complete'])).toBe('travelled');
    expect(run('hotel', ['approve', 'start_booking', 'issue', 'overbook', 'issue', 'check_in', 'check_out'])).toBe('checked_out');
    expect(run('car', ['approve', 'start_booking', 'issue', 'driver_arrive', 'complete'])).toBe('completed');
    expect(run('flight', ['approve', 'start_booking', 'issue', 'change'])).toBe('changed');
  });

  it('refuses illegal transitions and says what is allowed', () => {
    const t = transition('flight', 'pending_approval', 'issue');
    expect(t).toEqual({ ok: false, from: 'pending_approval', event: 'issue', allowed: ['approve', 'reject', 'cancel'] });
    expect(transition('car', 'confirmed', 'change').ok).toBe(false);
    expect(transition('flight', 'flown', 'refund').ok).toBe(false);
  });

  it('issues in the state the category names', () => {
    for (const c of ORDER_CATEGORIES) expect(statesOf(c)).toContain(ISSUED_STATE[c]);
  });

  it('no sequence of events reaches an unknown state, and terminal states stay terminal (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORDER_CATEGORIES),
        fc.constantFrom<OrderStatus>('pending_approval', 'approved'),
        fc.array(fc.constantFrom(...ORDER_EVENTS), { maxLength: 40 }),
        (category, start, events) => {
          const known = new Set(statesOf(category));
          let state = start;
          for (const event of events) {
            const wasTerminal = isTerminal(category, state);
            const t = transition(category, state, event);
            if (wasTerminal) expect(t.ok).toBe(false);
            if (t.ok) {
              expect(known.has(t.to)).toBe(true);
              state = t.to;
            } else expect(t.from).toBe(state);
          }
          expect(known.has(state)).toBe(true);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('every state of a table is reachable from pending_approval', () => {
    for (const category of ORDER_CATEGORIES) {
      const seen = new Set<OrderStatus>(['pending_approval']);
      const queue: OrderStatus[] = ['pending_approval'];
      while (queue.length > 0) {
        const s = queue.shift() as OrderStatus;
        for (const to of Object.values(MACHINES[category][s] ?? {})) {
          if (seen.has(to)) continue;
          seen.add(to);
          queue.push(to);
        }
      }
      expect(seen).toEqual(new Set(statesOf(category)));
    }
  });
});
