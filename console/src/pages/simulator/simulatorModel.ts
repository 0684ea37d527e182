/**
 * The simulator panel's forms as plain data: the settings (rates shown as percentages) and a
 * command (which bookings it names, as the API's schema wants them). Pure, so they are tested alone.
 */
import { FAULT_KINDS } from '../../api/operationValues';
import type { SimulatorCommand, SimulatorCommandKind, SimulatorFaultKind, SimulatorSettings } from '../../api/types';
import { compactCode, groupedCode } from '../orders/trackingCode';

export const MAX_LATENCY_MS = 3_600_000;

export interface SettingsForm {
  enabled: boolean;
  latencyMs: string;
  /** Percent of bookings, as typed. */
  rates: Record<SimulatorFaultKind, string>;
}

/** 0.125 → '12.5' (at most two decimals of a percent, without trailing zeros). */
const percentText = (rate: number) => String(Math.round(rate * 10_000) / 100);

export function settingsForm(settings: SimulatorSettings): SettingsForm {
  const rates = Object.fromEntries(FAULT_KINDS.map((k) => [k, percentText(settings.rates[k])])) as Record<SimulatorFaultKind, string>;
  return { enabled: settings.enabled, latencyMs: String(settings.latencyMs), rates };
}

export type SettingsErrors = Partial<Record<'latencyMs' | SimulatorFaultKind, true>>;

/** The settings the form stands for, or which fields are wrong. */
export function settingsOf(form: SettingsForm): { settings: SimulatorSettings } | { errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const latency = form.latencyMs.trim();
  const latencyMs = /^\d+$/.test(latency) ? Number(latency) : NaN;
  if (!(latencyMs >= 0 && latencyMs <= MAX_LATENCY_MS)) errors.latencyMs = true;
  const rates = {} as Record<SimulatorFaultKind, number>;
  for (const kind of FAULT_KINDS) {
    const text = form.rates[kind].trim().replace(/%$/, '');
    const percent = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(percent >= 0 && percent <= 100)) errors[kind] = true;
    else rates[kind] = Math.round(percent * 100) / 10_000;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: { enabled: form.enabled, latencyMs, rates } };
}

/** How a command names its bookings. */
export type TargetKind = 'orderRef' | 'bookingRef' | 'flight' | 'train' | 'hotel';

/** The ways of naming bookings that make sense for a kind of event (a flight's delay names flights, not hotels). */
export function targetsFor(kind: SimulatorCommandKind): TargetKind[] {
  if (kind.startsWith('flight_')) return ['orderRef', 'bookingRef', 'flight'];
  if (kind.startsWith('train_')) return ['orderRef', 'bookingRef', 'train'];
  if (kind.startsWith('hotel_')) return ['orderRef', 'bookingRef', 'hotel'];
  if (kind.startsWith('car_')) return ['orderRef', 'bookingRef'];
  return ['orderRef', 'bookingRef', 'flight', 'train', 'hotel'];
}

/** Only a flight's delay takes minutes; cancellations, failures and overbookings may say why. */
export const takesDelay = (kind: SimulatorCommandKind) => kind === 'flight_delayed';
export const takesReason = (kind: SimulatorCommandKind) =>
  kind === 'fail' || kind === 'supplier_cancel' || kind === 'flight_cancelled' || kind === 'hotel_overbooked';

export interface CommandForm {
  kind: SimulatorCommandKind;
  target: TargetKind;
  orderRef: string;
  bookingRef: string;
  number: string;
  date: string;
  hotelId: string;
  delayMinutes: string;
  reason: string;
}

export const EMPTY_COMMAND: CommandForm = {
  kind: 'issue',
  target: 'orderRef',
  orderRef: '',
  bookingRef: '',
  number: '',
  date: '',
  hotelId: '',
  delayMinutes: '',
  reason: '',
};

export type CommandErrors = Partial<Record<'target' | 'delayMinutes', true>>;

const REF = /^[A-Za-z0-9._:-]{1,100}$/;

/** The body the form stands for, or which parts are wrong (checked as the API's schema will). */
export function commandOf(form: CommandForm): { command: SimulatorCommand } | { errors: CommandErrors } {
  const errors: CommandErrors = {};
  const command: SimulatorCommand = { kind: form.kind };
  const number = form.number.trim().toUpperCase();
  switch (form.target) {
    case 'orderRef': {
      // The simulator knows an order by its tracking code as stored: grouped, upper case.
      const compact = compactCode(form.orderRef);
      if (/^[A-Z0-9]{9}$/.test(compact)) command.orderRef = groupedCode(compact);
      else errors.target = true;
      break;
    }
    case 'bookingRef':
      if (REF.test(form.bookingRef.trim())) command.bookingRef = form.bookingRef.trim();
      else errors.target = true;
      break;
    case 'flight':
      if (/^[A-Z0-9]{2}\d{1,4}$/.test(number) && /^\d{4}-\d{2}-\d{2}$/.test(form.date))
        Object.assign(command, { flightNo: number, date: form.date });
      else errors.target = true;
      break;
    case 'train':
      if (/^[GDCZTK]\d{1,4}$/.test(number) && /^\d{4}-\d{2}-\d{2}$/.test(form.date))
        Object.assign(command, { trainNo: number, date: form.date });
      else errors.target = true;
      break;
    case 'hotel':
      if (REF.test(form.hotelId.trim())) command.hotelId = form.hotelId.trim();
      else errors.target = true;
      break;
  }
  if (takesDelay(form.kind) && form.delayMinutes.trim() !== '') {
    const minutes = /^\d+$/.test(form.delayMinutes.trim()) ? Number(form.delayMinutes.trim()) : NaN;
    if (minutes >= 1 && minutes <= 1440) command.delayMinutes = minutes;
    else errors.delayMinutes = true;
  }
  const reason = form.reason.trim();
  if (takesReason(form.kind) && reason) command.reason = reason.slice(0, 200);
  return Object.keys(errors).length > 0 ? { errors } : { command };
}
