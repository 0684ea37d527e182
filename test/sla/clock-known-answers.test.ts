import { describe, expect, it } from 'vitest';
import { calendarOf, computeSlaClock, type SlaTargets, type TicketFact } from '../../src/modules/sla/index.ts';

/** The SLA clock on hand-worked histories. Times are minutes after t0 unless said otherwise. */

const always = calendarOf({ kind: '24x7' });
const t0 = Date.parse('2025-03-10T01:00:00Z');
const m = (minutes: number): number => t0 + minutes * 60_000;
const none: SlaTargets = {
  firstResponseMinutes: null,
  nextResponseMinutes: null,
  periodicUpdateMinutes: null,
  resolutionMinutes: null,
  warningFraction: 0.8,
};
const created: TicketFact = { kind: 'created', at: t0 };
const status = (at: number, to: Extract<TicketFact, { kind: 'status_changed' }>['to']): TicketFact => ({ kind: 'status_changed', at, to });
const reply = (at: number): TicketFact => ({ kind: 'agent_reply', at });
const customer = (at: number): TicketFact => ({ kind: 'customer_message', at });

describe('first response', () => {
  const targets = { ...none, firstResponseMinutes: 30 };

  it('runs from creation with its warning at 80% and both timers ahead', () => {
    const clock = computeSlaClock(always, { targets, history: [created], now: m(10) });
    expect(clock.targets.first_response).toMatchObject({
      state: 'running',
      elapsedMs: 10 * 60_000,
      dueAt: m(30),
      warningAt: m(24),
      cycleStartedAt: t0,
    });
    expect(clock.timers).toEqual([
      { target: 'first_response', kind: 'warning', at: m(24) },
      { target: 'first_response', kind: 'breach', at: m(30) },
    ]);
    expect(clock.targets.resolution.state).toBe('not_applicable');
  });

  it('is met by a reply a millisecond before the due instant and breached by one at it', () => {
    const early = computeSlaClock(always, { targets, history: [created, reply(m(30) - 1)], now: m(60) }).targets.first_response;
    expect(early).toMatchObject({ state: 'met', metAt: m(30) - 1, breachedAt: null, dueAt: null, breachedCycles: 0 });
    const onTheDot = computeSlaClock(always, { targets, history: [created, reply(m(30))], now: m(60) }).targets.first_response;
    expect(onTheDot).toMatchObject({ state: 'breached', metAt: m(30), breachedAt: m(30), dueAt: m(30), breachedCycles: 1 });
  });

  it('is breached at the exact due instant while still unanswered', () => {
    expect(computeSlaClock(always, { targets, history: [created], now: m(30) - 1 }).targets.first_response.state).toBe('running');
    const at = computeSlaClock(always, { targets, history: [created], now: m(30) });
    expect(at.targets.first_response).toMatchObject({ state: 'breached', breachedAt: m(30), metAt: null });
    expect(at.timers).toEqual([]);
  });

  it('is fulfilled by solving the ticket without a reply', () => {
    const clock = computeSlaClock(always, { targets, history: [created, status(m(10), 'solved')], now: m(60) });
    expect(clock.targets.first_response).toMatchObject({ state: 'met', metAt: m(10), elapsedMs: 10 * 60_000 });
  });

  it('does not see facts after now', () => {
    const clock = computeSlaClock(always, { targets, history: [reply(m(20)), created], now: m(10) });
    expect(clock.targets.first_response.state).toBe('running');
  });
});

describe('pausing', () => {
  const targets = { ...none, firstResponseMinutes: 30, resolutionMinutes: 120 };
  const history = [created, status(m(5), 'open'), status(m(10), 'pending_customer'), status(m(70), 'open')];

  it('stops while pending on the customer, and resumes where it stopped', () => {
    const paused = computeSlaClock(always, { targets, history, now: m(30) });
    expect(paused.targets.first_response).toMatchObject({ state: 'paused', elapsedMs: 10 * 60_000, dueAt: null, warningAt: null });
    expect(paused.timers).toEqual([]);
    const resumed = computeSlaClock(always, { targets, history, now: m(80) });
    expect(resumed.targets.first_response).toMatchObject({ state: 'running', elapsedMs: 20 * 60_000, dueAt: m(90), warningAt: m(84) });
    expect(resumed.targets.resolution).toMatchObject({ state: 'running', dueAt: m(180) });
  });

  it('pauses in the statuses the policy names (on hold only when listed)', () => {
    const onHold = [created, status(m(10), 'on_hold'), status(m(40), 'open')];
    expect(computeSlaClock(always, { targets, history: onHold, now: m(50) }).targets.first_response.state).toBe('breached');
    const listed = computeSlaClock(always, { targets, history: onHold, now: m(50), pausingStatuses: ['pending_customer', 'on_hold'] });
    expect(listed.targets.first_response).toMatchObject({ state: 'running', elapsedMs: 20 * 60_000, dueAt: m(60) });
  });

  it('keeps the warning instant once passed, while paused', () => {
    const clock = computeSlaClock(always, { targets, history: [created, status(m(25), 'pending_customer')], now: m(40) });
    expect(clock.targets.first_response).toMatchObject({ state: 'paused', warningAt: m(24), dueAt: null });
  });
});

describe('next response', () => {
  const targets = { ...none, firstResponseMinutes: 30, nextResponseMinutes: 30 };

  it('starts at the oldest unanswered customer message and restarts with each new one', () => {
    const history = [created, reply(m(5)), customer(m(20)), customer(m(25))];
    expect(computeSlaClock(always, { targets, history, now: m(40) }).targets.next_response).toMatchObject({
      state: 'running',
      cycleStartedAt: m(20),
      dueAt: m(50),
      cycles: 1,
    });
    const later = [...history, reply(m(45)), customer(m(60))];
    const clock = computeSlaClock(always, { targets, history: later, now: m(100) });
    expect(clock.targets.next_response).toMatchObject({
      state: 'breached',
      cycleStartedAt: m(60),
      breachedAt: m(90),
      cycles: 2,
      breachedCycles: 1,
    });
    expect(clock.targets.first_response).toMatchObject({ state: 'met', metAt: m(5) });
  });

  it('owes nothing before the first reply (the first response covers that wait) or when all is answered', () => {
    const before = computeSlaClock(always, { targets, history: [created, customer(m(10))], now: m(20) });
    expect(before.targets.next_response).toMatchObject({ state: 'not_applicable', cycles: 0 });
    const answered = computeSlaClock(always, { targets, history: [created, reply(m(5)), customer(m(10)), reply(m(15))], now: m(20) });
    expect(answered.targets.next_response).toMatchObject({ state: 'met', metAt: m(15), elapsedMs: 5 * 60_000 });
  });

  it('a reply at the same instant as the message answers it when listed after it', () => {
    const clock = computeSlaClock(always, { targets, history: [created, reply(m(5)), customer(m(10)), reply(m(10))], now: m(20) });
    expect(clock.targets.next_response).toMatchObject({ state: 'met', metAt: m(10), elapsedMs: 0 });
  });
});

describe('periodic update', () => {
  const targets = { ...none, periodicUpdateMinutes: 60 };

  it('bounds every gap between agent updates, from creation on', () => {
    const history = [created, reply(m(50)), reply(m(120))];
    const clock = computeSlaClock(always, { targets, history, now: m(130) });
    expect(clock.targets.periodic_update).toMatchObject({
      state: 'running',
      cycleStartedAt: m(120),
      dueAt: m(180),
      cycles: 3,
      breachedCycles: 1,
    });
  });

  it('a solve is the last update; a reopen starts a new interval', () => {
    const history = [created, reply(m(50)), status(m(100), 'solved'), status(m(300), 'open')];
    const solved = computeSlaClock(always, { targets, history, now: m(200) });
    expect(solved.targets.periodic_update).toMatchObject({ state: 'met', metAt: m(100), cycles: 2 });
    const reopened = computeSlaClock(always, { targets, history, now: m(310) });
    expect(reopened.targets.periodic_update).toMatchObject({ state: 'running', cycleStartedAt: m(300), dueAt: m(360), cycles: 3 });
  });
});

describe('resolution', () => {
  const targets = { ...none, resolutionMinutes: 120 };
  const history = [created, status(m(50), 'solved'), status(m(500), 'open')];

  it('is met when solved; a reopen resumes it where it stopped (time while solved does not count)', () => {
    expect(computeSlaClock(always, { targets, history, now: m(400) }).targets.resolution).toMatchObject({ state: 'met', metAt: m(50) });
    expect(computeSlaClock(always, { targets, history, now: m(530) }).targets.resolution).toMatchObject({
      state: 'running',
      elapsedMs: 80 * 60_000,
      dueAt: m(570),
      metAt: null,
    });
  });

  it('a breach after a reopen stays a breach when solved again', () => {
    const clock = computeSlaClock(always, { targets, history: [...history, status(m(600), 'solved')], now: m(700) });
    expect(clock.targets.resolution).toMatchObject({ state: 'breached', breachedAt: m(570), metAt: m(600) });
  });

  it('a ticket logged as solved owes nothing', () => {
    const clock = computeSlaClock(always, {
      targets: { ...targets, firstResponseMinutes: 10 },
      history: [{ kind: 'created', at: t0, status: 'solved' }],
      now: m(60),
    });
    expect(clock.targets.resolution.state).toBe('met');
    expect(clock.targets.first_response.state).toBe('met');
  });
});

describe('on a business calendar', () => {
  const day = [{ start: '09:00', end: '18:00' }];
  const china = calendarOf({
    kind: 'business_hours',
    timeZone: 'Asia/Shanghai',
    chinaHolidays: true,
    week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  });
  const cst = (local: string): number => Date.parse(`${local}+08:00`);
  const history: TicketFact[] = [{ kind: 'created', at: cst('2025-09-30T17:50:00') }];
  const targets = { ...none, firstResponseMinutes: 30 };

  it('a ticket at 17:50 before 国庆 breaches at 09:20 on 9 October, to the millisecond', () => {
    const before = computeSlaClock(china, { targets, history, now: cst('2025-10-09T09:20:00') - 1 });
    expect(before.targets.first_response).toMatchObject({
      state: 'running',
      dueAt: cst('2025-10-09T09:20:00'),
      warningAt: cst('2025-10-09T09:14:00'),
    });
    expect(before.targets.first_response.elapsedMs).toBe(30 * 60_000 - 1);
    const at = computeSlaClock(china, { targets, history, now: cst('2025-10-09T09:20:00') });
    expect(at.targets.first_response).toMatchObject({ state: 'breached', breachedAt: cst('2025-10-09T09:20:00') });
  });

  it('a change of calendar or policy is applied by computing again', () => {
    const now = cst('2025-10-01T10:00:00');
    expect(computeSlaClock(always, { targets, history, now }).targets.first_response.breachedAt).toBe(cst('2025-09-30T18:20:00'));
    expect(computeSlaClock(china, { targets, history, now }).targets.first_response.dueAt).toBe(cst('2025-10-09T09:20:00'));
    const longer = computeSlaClock(china, { targets: { ...targets, firstResponseMinutes: 60 }, history, now });
    expect(longer.targets.first_response.dueAt).toBe(cst('2025-10-09T09:50:00'));
  });
});

describe('bad input', () => {
  it('refuses histories without exactly one creation, facts before it, and invalid targets', () => {
    const targets = { ...none, firstResponseMinutes: 30 };
    expect(() => computeSlaClock(always, { targets, history: [], now: t0 })).toThrow(/exactly one 'created'/);
    expect(() => computeSlaClock(always, { targets, history: [created, created], now: t0 })).toThrow(/exactly one 'created'/);
    expect(() => computeSlaClock(always, { targets, history: [created, reply(t0 - 1)], now: t0 })).toThrow(/earlier than/);
    expect(() => computeSlaClock(always, { targets, history: [created], now: t0 - 1 })).toThrow(/before the ticket was created/);
    expect(() => computeSlaClock(always, { targets: { ...targets, warningFraction: 1 }, history: [created], now: t0 })).toThrow(
      /warningFraction/,
    );
    expect(() => computeSlaClock(always, { targets: { ...targets, resolutionMinutes: 0 }, history: [created], now: t0 })).toThrow(
      /resolutionMinutes/,
    );
  });
});
