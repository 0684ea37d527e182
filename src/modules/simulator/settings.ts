/**
 * The simulator's behaviour, set by operators (GET/PUT /api/v1/simulator/settings) and at start
 * (TRIPDESK_SIMULATOR, TRIPDESK_SIMULATOR_LATENCY_MS): on or off, how long a supplier takes to
 * ticket or confirm, and the rate (0–1) of each fault, rolled per booking.
 */
export const FAULT_KINDS = [
  'ticketing_delayed',
  'failed',
  'flight_delayed',
  'flight_cancelled',
  'hotel_overbooked',
  'car_driver_no_show',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface SimulatorSettings {
  enabled: boolean;
  /** Milliseconds from book (or change, cancel) to the supplier's answer event. */
  latencyMs: number;
  rates: Record<FaultKind, number>;
}

export const NO_FAULTS: Readonly<Record<FaultKind, number>> = {
  ticketing_delayed: 0,
  failed: 0,
  flight_delayed: 0,
  flight_cancelled: 0,
  hotel_overbooked: 0,
  car_driver_no_show: 0,
};

/** `npm start`'s default: a few seconds to ticket, no faults unless asked. Tests and benches pass latency 0. */
export const DEFAULT_SETTINGS: Readonly<SimulatorSettings> = { enabled: true, latencyMs: 3_000, rates: { ...NO_FAULTS } };

export const MAX_LATENCY_MS = 3_600_000;

/** Settings from the environment: TRIPDESK_SIMULATOR=on|off (default on), TRIPDESK_SIMULATOR_LATENCY_MS (default 3000). */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): SimulatorSettings {
  const flag = (env.TRIPDESK_SIMULATOR ?? 'on').toLowerCase();
  if (flag !== 'on' && flag !== 'off') throw new Error(`TRIPDESK_SIMULATOR must be on or off, not ${flag}`);
  const latencyText = env.TRIPDESK_SIMULATOR_LATENCY_MS;
  const latencyMs = latencyText === undefined || latencyText === '' ? DEFAULT_SETTINGS.latencyMs : Number(latencyText);
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
    throw new Error(`TRIPDESK_SIMULATOR_LATENCY_MS must be a whole number of milliseconds 0–${MAX_LATENCY_MS}`);
  }
  return { enabled: flag === 'on', latencyMs, rates: { ...NO_FAULTS } };
}
