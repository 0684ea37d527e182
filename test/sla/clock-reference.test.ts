import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BusinessHoursInput,
  calendarOf,
  computeSlaClock,
  type SlaTargets,
  slaTargetNames,
  type SlaTicketStatus,
  slaTicketStatuses,
  type TicketFact,
} from '../../src/modules/sla/index.ts';
import { chinaStart, MINUTE } from './calendar-arbitraries.ts';
import { ReferenceCalendar } from './reference-calendar.ts';
import { referenceClock } from './reference-clock.ts';

/**
 * The SLA clock against a minute-by-minute simulation of its rules, over random histories
 * (status changes, replies, customer messages, same-instant facts) on 7×24 and on China business
 * calendars around the holidays; and the promise the timers rely on: a breach or warning projected
 * for instant T is what a recomputation at T reports.
 */

const day = [{ start: '09:00', end: '18:00' }];
const lunch = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];
const calendars: (BusinessHoursInput | null)[] = [
  null, // 7×24
  { kind: 'business_hours', timeZone: 'Asia/Shanghai', chinaHolidays: true, week: { mon: day, tue: day, wed: day, thu: day, fri: day } },
  {
    kind: 'business_hours',
    timeZone: 'Asia/Shanghai',
    chinaHolidays: true,
    week: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [{ start: '10:00', end: '16:00' }] },
  },
];

const fact = (at: number): fc.Arbitrary<TicketFact> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...slaTicketStatuses).map((to): TicketFact => ({ kind: 'status_changed', at, to })) },
    { weight: 2, arbitrary: fc.constant<TicketFact>({ kind: 'agent_reply', at }) },
    { weight: 2, arbitrary: fc.constant<TicketFact>({ kind: 'customer_message', at }) },
  );

const scenario = fc
  .record({
    calendarIndex: fc.integer({ min: 0, max: calendars.length - 1 }),
    createdAt: chinaStart,
    createdStatus: fc.constantFrom<SlaTicketStatus>('new', 'new', 'new', 'open', 'pending_supplier', 'solved'),
    gaps: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
    tail: fc.integer({ min: 0, max: 400 }),
    targets: fc.record({
      firstResponseMinutes: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
      nextResponseMinutes: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
      periodicUpdateMinutes: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
      resolutionMinutes: fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }),
      warningFraction: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    }),
    pausing: fc.subarray<SlaTicketStatus>(['new', 'open', 'pending_customer', 'pending_supplier', 'on_hold']),
  })
  .chain((s) => {
    let at = s.createdAt;
    const times = s.gaps.map((gap) => (at += gap * MINUTE));
    return fc.tuple(fc.constant(s), fc.tuple(...times.map(fact)), fc.constant(at + s.tail * MINUTE));
  })
  .map(([s, facts, now]) => ({
    ...s,
    calendar: calendars[s.calendarIndex] ?? null,
    history: [{ kind: 'created', at: s.createdAt, status: s.createdStatus } as TicketFact, ...facts],
    now,
  }));

describe('the SLA clock against a minute-by-minute simulation', () => {
  it('agrees on every target: state, elapsed, warning, due, met and breach instants, cycles', () => {
    fc.assert(
      fc.property(scenario, ({ calendar, history, now, targets, pausing }) => {
        const engine = computeSlaClock(calendar ? calendarOf(calendar) : calendarOf({ kind: '24x7' }), {
          targets: targets satisfies SlaTargets,
          history,
          now,
          pausingStatuses: pausing,
        });
        const reference = referenceClock(calendar ? new ReferenceCalendar(calendar) : null, targets, history, now, pausing, 30 * 1440);
        for (const name of slaTargetNames) {
          const { target: _, targetMs: __, ...mine } = engine.targets[name];
          expect({ name, ...mine }).toEqual({ name, ...reference[name] });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a projected breach or warning at T is what the clock reports when computed again at T (and not a millisecond before)', () => {
    fc.assert(
      fc.property(scenario, ({ calendar, history, now, targets, pausing }) => {
        const compiled = calendar ? calendarOf(calendar) : calendarOf({ kind: '24x7' });
        const at = (when: number) => computeSlaClock(compiled, { targets, history, now: when, pausingStatuses: pausing });
        for (const timer of at(now).timers) {
          const before = at(timer.at - 1).targets[timer.target];
          const then = at(timer.at).targets[timer.target];
          if (timer.kind === 'breach') {
            expect(before).toMatchObject({ state: 'running', dueAt: timer.at });
            expect(then).toMatchObject({ state: 'breached', breachedAt: timer.at });
          } else {
            expect(before).toMatchObject({ state: 'running', warningAt: timer.at });
            expect(then.warningAt).toBe(timer.at);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
