import { describe, expect, it } from 'vitest';
import { commandOf, EMPTY_COMMAND, settingsForm, settingsOf, targetsFor } from './simulatorModel';

const SETTINGS = {
  enabled: true,
  latencyMs: 1500,
  rates: { ticketing_delayed: 0.05, failed: 0.125, flight_delayed: 0, flight_cancelled: 0, hotel_overbooked: 0.01, car_driver_no_show: 1 },
};

describe('the simulator settings form', () => {
  it('shows rates as percentages and reads them back', () => {
    const form = settingsForm(SETTINGS);
    expect(form.rates.failed).toBe('12.5');
    expect(form.rates.car_driver_no_show).toBe('100');
    expect(settingsOf(form)).toEqual({ settings: SETTINGS });
  });

  it('refuses a rate above 100 % and a latency out of range', () => {
    const form = settingsForm(SETTINGS);
    const result = settingsOf({ ...form, latencyMs: '-1', rates: { ...form.rates, failed: '120' } });
    expect(result).toEqual({ errors: { latencyMs: true, failed: true } });
  });
});

describe('a simulator command', () => {
  it('names an order by its tracking code as stored, whatever the case and dashes', () => {
    expect(commandOf({ ...EMPTY_COMMAND, orderRef: 'f7km3qx9k' })).toEqual({ command: { kind: 'issue', orderRef: 'F7KM-3QX9-K' } });
  });

  it('names a flight by number and date, with the delay', () => {
    const form = {
      ...EMPTY_COMMAND,
      kind: 'flight_delayed' as const,
      target: 'flight' as const,
      number: 'ca1501',
      date: '2025-05-01',
      delayMinutes: '90',
    };
    expect(commandOf(form)).toEqual({ command: { kind: 'flight_delayed', flightNo: 'CA1501', date: '2025-05-01', delayMinutes: 90 } });
  });

  it('refuses a target that is not filled in as chosen', () => {
    expect(commandOf({ ...EMPTY_COMMAND, target: 'flight', number: 'CA1501' })).toEqual({ errors: { target: true } });
    expect(commandOf({ ...EMPTY_COMMAND, orderRef: 'F7KM' })).toEqual({ errors: { target: true } });
  });

  it('offers only the targets that fit the event', () => {
    expect(targetsFor('hotel_overbooked')).toEqual(['orderRef', 'bookingRef', 'hotel']);
    expect(targetsFor('issue')).toContain('flight');
  });
});
