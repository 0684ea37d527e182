import { and, desc, eq, isNotNull, like, or, type SQL } from 'drizzle-orm';
import { inSystemScope } from '../../platform/db/scope.ts';
import type { SupplierCategory, SupplierEventType } from '../suppliers/index.ts';
import { settled, type BookingRow, type SimContext } from './booking-rows.ts';
import { dropPlannedEvents, enqueueEvents, type PendingEvent } from './outbox.ts';
import { delayOf, driverOf, issueEvent, ticketingDelayMs } from './plan-events.ts';
import { simulatorBookings } from './schema.ts';

/**
 * Operator commands: make a supplier do now what it would do at some rate (fail, delay, cancel,
 * overbook, no driver), or move a service on so a demo can finish its trip (departed, arrived,
 * checked in / out, ride completed). A command names its bookings by our order reference, the
 * supplier's booking ref, a flight or train and date (every passenger on it), or a hotel.
 */
export const COMMAND_KINDS = [
  'issue',
  'ticketing_delayed',
  'fail',
  'supplier_cancel',
  'flight_delayed',
  'flight_cancelled',
  'flight_departed',
  'flight_arrived',
  'train_departed',
  'train_arrived',
  'hotel_overbooked',
  'hotel_checked_in',
  'hotel_checked_out',
  'hotel_no_show',
  'car_driver_assigned',
  'car_driver_arrived',
  'car_driver_no_show',
  'car_completed',
] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

export interface SimulatorCommand {
  kind: CommandKind;
  orderRef?: string;
  bookingRef?: string;
  /** With date: every booking on this flight or train that day. */
  flightNo?: string;
  trainNo?: string;
  date?: string;
  hotelId?: string;
  delayMinutes?: number;
  reason?: string;
}

export interface CommandOutcome {
  bookingRef: string;
  orderRef: string;
  /** The events sent, or why nothing was. */
  events: SupplierEventType[];
  skipped: string | null;
}

interface Effect {
  category: SupplierCategory | null;
  /** The statuses the booking must have. */
  from: readonly string[];
  events: (
    row: BookingRow,
    cmd: SimulatorCommand,
    ctx: SimContext,
  ) => Omit<PendingEvent, 'supplierCode' | 'orderRef' | 'bookingRef' | 'dueAt'>[];
  status?: string;
  serviceState?: string;
}

const ISSUED = ['issued'];
const service = (
  category: SupplierCategory,
  type: SupplierEventType,
  serviceState: string,
  status?: string,
  data?: (row: BookingRow) => Record<string, unknown>,
): Effect => ({
  category,
  from: ISSUED,
  events: (row) => [{ type, ...(data ? { data: data(row) } : {}) }],
  serviceState,
  ...(status ? { status } : {}),
});

const EFFECTS: Readonly<Record<Exclude<CommandKind, 'issue' | 'ticketing_delayed'>, Effect>> = {
  fail: {
    category: null,
    from: ['pending'],
    status: 'failed',
    events: (_r, cmd) => [{ type: 'order.failed', data: { reason: cmd.reason ?? '供应商拒绝 (rejected by the supplier)' } }],
  },
  supplier_cancel: {
    category: null,
    from: ['pending', 'issued'],
    status: 'cancelled',
    events: (row, cmd) => [
      {
        type: 'order.cancelled_by_supplier',
        data: { reason: cmd.reason ?? '供应商取消 (cancelled by the supplier)', refundFen: row.priceFen },
      },
    ],
  },
  flight_delayed: {
    category: 'flight',
    from: ISSUED,
    events: (row, cmd) => [{ type: 'flight.delayed', data: delayOf(row, cmd.delayMinutes ?? 90) }],
  },
  flight_cancelled: {
    category: 'flight',
    from: ISSUED,
    serviceState: 'flight_cancelled',
    events: (row, cmd) => [
      { type: 'flight.cancelled', data: { flightNo: row.offer.flightNo, reason: cmd.reason ?? '天气原因 (weather)' } },
    ],
  },
  flight_departed: service('flight', 'flight.departed', 'departed'),
  flight_arrived: service('flight', 'flight.arrived', 'arrived', 'completed'),
  train_departed: service('train', 'train.departed', 'departed'),
  train_arrived: service('train', 'train.arrived', 'arrived', 'completed'),
  hotel_overbooked: {
    category: 'hotel',
    from: ISSUED,
    serviceState: 'overbooked',
    events: (row, cmd) => [
      { type: 'hotel.overbooked', data: { hotelId: row.offer.hotelId, reason: cmd.reason ?? '酒店超售 (overbooked)' } },
    ],
  },
  hotel_checked_in: service('hotel', 'hotel.checked_in', 'checked_in'),
  hotel_checked_out: service('hotel', 'hotel.checked_out', 'checked_out', 'completed'),
  hotel_no_show: service('hotel', 'hotel.no_show', 'no_show', 'completed'),
  car_driver_assigned: service('car', 'car.driver_assigned', 'driver_assigned', undefined, (row) => driverOf(row.bookingRef ?? '')),
  car_driver_arrived: service('car', 'car.driver_arrived', 'driver_arrived'),
  car_driver_no_show: service('car', 'car.driver_no_show', 'driver_no_show'),
  car_completed: service('car', 'car.completed', 'completed', 'completed', (row) => ({ finalFareFen: row.priceFen })),
};

function targetOf(cmd: SimulatorCommand): SQL | null {
  if (cmd.bookingRef) return eq(simulatorBookings.bookingRef, cmd.bookingRef);
  if (cmd.orderRef) return eq(simulatorBookings.orderRef, cmd.orderRef);
  const escape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (cmd.flightNo && cmd.date) return like(simulatorBookings.inventoryKey, `f:${escape(cmd.flightNo)}:${escape(cmd.date)}:%`);
  if (cmd.trainNo && cmd.date) return like(simulatorBookings.inventoryKey, `t:${escape(cmd.trainNo)}:${escape(cmd.date)}:%`);
  if (cmd.hotelId) return like(simulatorBookings.inventoryKey, `h:${escape(cmd.hotelId)}:%`);
  return null;
}

export class CommandTargetError extends Error {}

export async function runCommand(ctx: SimContext, cmd: SimulatorCommand): Promise<CommandOutcome[]> {
  const target = targetOf(cmd);
  if (!target) throw new CommandTargetError('Name an orderRef, a bookingRef, a flightNo or trainNo with a date, or a hotelId.');
  const now = ctx.now();
  return inSystemScope(ctx.db, async (tx) => {
    const rows = await tx
      .select()
      .from(simulatorBookings)
      .where(
        and(
          target,
          isNotNull(simulatorBookings.bookingRef),
          or(eq(simulatorBookings.status, 'pending'), eq(simulatorBookings.status, 'issued')),
        ),
      )
      .orderBy(desc(simulatorBookings.createdAt))
      .limit(500)
      .for('update');
    const outcomes: CommandOutcome[] = [];
    for (const row of rows) {
      const bookingRef = row.bookingRef ?? '';
      const current = settled(row, now);
      const category = row.category as SupplierCategory;
      const skip = (why: string) => outcomes.push({ bookingRef, orderRef: row.orderRef, events: [], skipped: why });
      const base = { supplierCode: row.supplierCode, orderRef: row.orderRef, bookingRef, dueAt: now };
      if (cmd.kind === 'issue' || cmd.kind === 'ticketing_delayed') {
        if (current.status !== 'pending') {
          skip(`the booking is ${current.status}`);
          continue;
        }
        const facts = {
          supplierCode: row.supplierCode,
          category,
          orderRef: row.orderRef,
          bookingRef,
          passengers: row.passengers.length,
          priceFen: row.priceFen,
          offer: row.offer,
        };
        const at = cmd.kind === 'issue' ? now : new Date(now.getTime() + ticketingDelayMs(ctx.settings().latencyMs));
        const issued = issueEvent(facts, at);
        const events: PendingEvent[] =
          cmd.kind === 'issue'
            ? [issued.event]
            : [{ ...base, type: 'order.ticketing_delayed', data: { expectedBy: at.toISOString() } }, issued.event];
        await dropPlannedEvents(tx, bookingRef, now);
        await tx
          .update(simulatorBookings)
          .set({
            status: cmd.kind === 'issue' ? 'issued' : 'pending',
            confirmation: cmd.kind === 'issue' ? (issued.status.confirmation ?? null) : null,
            plan: cmd.kind === 'issue' ? [] : [issued.status],
            updatedAt: now,
          })
          .where(eq(simulatorBookings.id, row.id));
        await enqueueEvents(tx, events);
        outcomes.push({ bookingRef, orderRef: row.orderRef, events: events.map((e) => e.type), skipped: null });
        continue;
      }
      const effect = EFFECTS[cmd.kind];
      if (effect.category && effect.category !== category) {
        skip(`not a ${effect.category} booking`);
        continue;
      }
      if (!effect.from.includes(current.status)) {
        skip(`the booking is ${current.status}`);
        continue;
      }
      const events = effect.events(row, cmd, ctx).map((e) => ({ ...base, ...e }));
      if (effect.status) await dropPlannedEvents(tx, bookingRef, now);
      await tx
        .update(simulatorBookings)
        .set({
          status: effect.status ?? current.status,
          confirmation: current.confirmation,
          plan: effect.status ? [] : current.plan,
          serviceState: effect.serviceState ?? row.serviceState,
          ...(effect.status === 'cancelled' ? { refundFen: row.priceFen, feeFen: 0 } : {}),
          updatedAt: now,
        })
        .where(eq(simulatorBookings.id, row.id));
      await enqueueEvents(tx, events);
      outcomes.push({ bookingRef, orderRef: row.orderRef, events: events.map((e) => e.type), skipped: null });
    }
    return outcomes;
  });
}
