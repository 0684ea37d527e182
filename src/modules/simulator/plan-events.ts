import type { SupplierCategory } from '../suppliers/index.ts';
import { confirmationNumber, ticketNumbers } from './confirmations.ts';
import { unit } from './network/prng.ts';
import type { PendingEvent } from './outbox.ts';
import type { PlannedStatus } from './schema.ts';
import type { FaultKind, SimulatorSettings } from './settings.ts';

/**
 * What a supplier does after a booking: tickets (flights, trains) or confirms (hotels, cars) after
 * the latency — or, at the configured rates, rolled per booking, fails, delays ticketing, then
 * delays or cancels the flight, overbooks the hotel, sends no driver. The result is the booking's
 * status plan and the events to push, each due when it happens.
 */
export interface BookingFacts {
  supplierCode: string;
  category: SupplierCategory;
  orderRef: string;
  bookingRef: string;
  passengers: number;
  priceFen: number;
  offer: Record<string, unknown>;
}

export interface Planned {
  plan: PlannedStatus[];
  events: PendingEvent[];
}

export const isTicketed = (category: SupplierCategory): boolean => category === 'flight' || category === 'train';

/** A fault happens when this booking's roll for it falls under the rate: rate 1 always, 0 never. */
export const rolls = (settings: SimulatorSettings, bookingRef: string, kind: FaultKind): boolean =>
  unit(`${bookingRef}:${kind}`) < settings.rates[kind];

/** How long a delayed ticketing takes beyond the usual latency. */
export const ticketingDelayMs = (latencyMs: number): number => Math.max(3 * latencyMs, 60_000);

export function issueEvent(facts: BookingFacts, at: Date): { event: PendingEvent; status: PlannedStatus } {
  const base = { supplierCode: facts.supplierCode, orderRef: facts.orderRef, bookingRef: facts.bookingRef, dueAt: at };
  if (isTicketed(facts.category)) {
    const numbers = ticketNumbers(facts.supplierCode, facts.passengers);
    return {
      event: { ...base, type: 'order.ticketed', data: { ticketNumbers: numbers } },
      status: { at: at.toISOString(), status: 'issued', confirmation: numbers.join(',') },
    };
  }
  const confirmation = confirmationNumber(facts.supplierCode);
  return {
    event: { ...base, type: 'order.confirmed', data: { confirmation } },
    status: { at: at.toISOString(), status: 'issued', confirmation },
  };
}

export function planBooking(facts: BookingFacts, settings: SimulatorSettings, now: Date): Planned {
  const latency = settings.latencyMs;
  const at = (ms: number) => new Date(now.getTime() + ms);
  const base = { supplierCode: facts.supplierCode, orderRef: facts.orderRef, bookingRef: facts.bookingRef };
  if (rolls(settings, facts.bookingRef, 'failed')) {
    const reason = isTicketed(facts.category)
      ? '出票失败：航司/铁路系统拒绝 (simulated ticketing failure)'
      : '确认失败：供应商无法确认 (simulated confirmation failure)';
    return {
      plan: [{ at: at(latency).toISOString(), status: 'failed' }],
      events: [{ ...base, type: 'order.failed', dueAt: at(latency), data: { reason } }],
    };
  }
  const events: PendingEvent[] = [];
  let issueAt = latency;
  if (isTicketed(facts.category) && rolls(settings, facts.bookingRef, 'ticketing_delayed')) {
    issueAt = latency + ticketingDelayMs(latency);
    events.push({ ...base, type: 'order.ticketing_delayed', dueAt: at(latency), data: { expectedBy: at(issueAt).toISOString() } });
  }
  const issued = issueEvent(facts, at(issueAt));
  events.push(issued.event);
  events.push(...afterIssue(facts, settings, at(issueAt)));
  return { plan: [issued.status], events };
}

function afterIssue(facts: BookingFacts, settings: SimulatorSettings, at: Date): PendingEvent[] {
  const base = { supplierCode: facts.supplierCode, orderRef: facts.orderRef, bookingRef: facts.bookingRef, dueAt: at };
  const out: PendingEvent[] = [];
  const roll = (kind: FaultKind) => rolls(settings, facts.bookingRef, kind);
  if (facts.category === 'flight') {
    if (roll('flight_cancelled'))
      out.push({ ...base, type: 'flight.cancelled', data: { flightNo: facts.offer.flightNo, reason: '天气原因 (weather)' } });
    else if (roll('flight_delayed'))
      out.push({ ...base, type: 'flight.delayed', data: delayOf(facts, 30 + Math.floor(unit(`${facts.bookingRef}:delay`) * 150)) });
  }
  if (facts.category === 'hotel' && roll('hotel_overbooked'))
    out.push({ ...base, type: 'hotel.overbooked', data: { hotelId: facts.offer.hotelId, reason: '酒店超售，无法安排入住 (overbooked)' } });
  if (facts.category === 'car') {
    out.push({ ...base, type: 'car.driver_assigned', data: driverOf(facts.bookingRef) });
    if (roll('car_driver_no_show'))
      out.push({ ...base, type: 'car.driver_no_show', data: { reason: '司机未到达上车点 (driver did not show up)' } });
  }
  return out;
}

export function delayOf(facts: Pick<BookingFacts, 'offer'>, delayMinutes: number): Record<string, unknown> {
  const departure = Date.parse(String(facts.offer.departureAt));
  return {
    flightNo: facts.offer.flightNo,
    delayMinutes,
    newDepartureAt: new Date((Number.isNaN(departure) ? 0 : departure) + delayMinutes * 60_000).toISOString(),
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];

export function driverOf(bookingRef: string): Record<string, unknown> {
  const u = unit(`driver:${bookingRef}`);
  const plate = `京${String.fromCharCode(65 + Math.floor(u * 20))}${Math.floor(u * 1e9) % 100000}`.padEnd(7, '8');
  return { driver: `${SURNAMES[Math.floor(u * SURNAMES.length)] ?? '王'}师傅`, plate };
}
