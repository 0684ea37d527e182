import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.ts';
import { SupplierError, type SupplierBookingStatus, type SupplierCategory } from '../suppliers/index.ts';
import { simulatorBookings, type PlannedStatus } from './schema.ts';
import type { SimulatorSettings } from './settings.ts';

/** What the simulator's booking operations share: the database, the clock and the current settings. */
export interface SimContext {
  db: Db;
  now: () => Date;
  settings: () => SimulatorSettings;
}

export type BookingRow = typeof simulatorBookings.$inferSelect;

/** The status a booking has now: its stored status, moved on by every planned change already due. */
export function effectiveOf(
  row: Pick<BookingRow, 'status' | 'confirmation' | 'plan'>,
  now: Date,
): { status: string; confirmation: string | null } {
  let status = row.status;
  let confirmation = row.confirmation;
  for (const p of row.plan) {
    if (Date.parse(p.at) <= now.getTime()) {
      status = p.status;
      confirmation = p.confirmation ?? confirmation;
    }
  }
  return { status, confirmation };
}

/** The stored fields after settling what is due: the status now and the plan still ahead. */
export function settled(row: BookingRow, now: Date): { status: string; confirmation: string | null; plan: PlannedStatus[] } {
  return { ...effectiveOf(row, now), plan: row.plan.filter((p) => Date.parse(p.at) > now.getTime()) };
}

const STATUSES: readonly SupplierBookingStatus[] = ['held', 'pending', 'issued', 'failed', 'cancelled', 'changed', 'completed'];

export function asBookingStatus(status: string): SupplierBookingStatus {
  // A released hold is, to the caller, a cancelled one.
  if (status === 'released') return 'cancelled';
  return STATUSES.find((s) => s === status) ?? 'failed';
}

export async function bookingByRef(tx: Tx, supplierCode: string, bookingRef: string, lock = false): Promise<BookingRow> {
  const query = tx
    .select()
    .from(simulatorBookings)
    .where(and(eq(simulatorBookings.supplierCode, supplierCode), eq(simulatorBookings.bookingRef, bookingRef)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new SupplierError('UNKNOWN_BOOKING', `No booking ${bookingRef.slice(0, 100)}.`, false);
  return row;
}

export async function rowByRequestKey(tx: Tx, supplierCode: string, requestKey: string): Promise<BookingRow | undefined> {
  const [row] = await tx
    .select()
    .from(simulatorBookings)
    .where(and(eq(simulatorBookings.supplierCode, supplierCode), eq(simulatorBookings.requestKey, requestKey)));
  return row;
}

/** Seats, rooms … already taken from an inventory unit: live holds and bookings not given back. */
export async function takenFrom(tx: Tx, inventoryKey: string, now: Date): Promise<number> {
  const rows = await tx
    .select({
      status: simulatorBookings.status,
      plan: simulatorBookings.plan,
      confirmation: simulatorBookings.confirmation,
      holdExpiresAt: simulatorBookings.holdExpiresAt,
      passengers: simulatorBookings.passengers,
    })
    .from(simulatorBookings)
    .where(and(eq(simulatorBookings.inventoryKey, inventoryKey), inArray(simulatorBookings.status, ['held', 'pending', 'issued'])));
  return rows
    .filter((r) => {
      const { status } = effectiveOf(r, now);
      return status === 'held' ? r.holdExpiresAt > now : status === 'pending' || status === 'issued';
    })
    .reduce((n, r) => n + Math.max(1, r.passengers.length), 0);
}

/** Seats are sold per passenger; a hotel room or a car ride is one unit whoever stays or rides. */
export const unitsOf = (category: SupplierCategory, passengers: number): number =>
  category === 'flight' || category === 'train' ? passengers : 1;

export const ORDER_REF = /^[A-Z0-9-]{4,40}$/;
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function checkRequest(orderRef: string, idempotencyKey: string): void {
  if (!ORDER_REF.test(orderRef)) throw new SupplierError('REJECTED', 'The order reference must be 4–40 of A–Z, 0–9 and -.', false);
  if (!IDEMPOTENCY_KEY.test(idempotencyKey))
    throw new SupplierError('REJECTED', 'The idempotency key must be 1–200 printable characters.', false);
}

export function checkEnabled(ctx: SimContext): void {
  if (!ctx.settings().enabled) throw new SupplierError('UNAVAILABLE', 'The simulated supplier is switched off.', true);
}

export const touch = () => ({ updatedAt: sql`now()` });
