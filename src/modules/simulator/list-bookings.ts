import { desc, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { effectiveOf } from './booking-rows.ts';
import { simulatorBookings, simulatorOutbox } from './schema.ts';

/** The simulator's recent bookings, newest first, with the events each has sent or will send. */
export interface SimulatedBookingView {
  id: string;
  supplierCode: string;
  category: string;
  orderRef: string;
  bookingRef: string | null;
  parentBookingRef: string | null;
  status: string;
  serviceState: string | null;
  confirmation: string | null;
  priceFen: number;
  /** One line about what was sold: 'CA1501 PEK→SHA 2025-03-01 Y', a hotel's name and stay … */
  summary: string;
  createdAt: string;
  events: { eventId: string; type: string; dueAt: string; deliveredAt: string | null; attempts: number; lastError: string | null }[];
}

function summaryOf(offer: Record<string, unknown>): string {
  const s = (k: string) => (typeof offer[k] === 'string' || typeof offer[k] === 'number' ? String(offer[k]) : '');
  switch (offer.category) {
    case 'flight':
      return `${s('flightNo')} ${s('originAirport')}→${s('destinationAirport')} ${s('departureAt').slice(0, 16)}Z ${s('bookingClass')}`;
    case 'train':
      return `${s('trainNo')} ${s('originStation')}→${s('destinationStation')} ${s('departureAt').slice(0, 16)}Z ${s('seatClass')}`;
    case 'hotel': {
      const name = offer.hotelName as { 'zh-CN'?: string } | undefined;
      return `${name?.['zh-CN'] ?? s('hotelId')} ${s('checkIn')}–${s('checkOut')}`;
    }
    default:
      return `${s('vehicle')} ${s('from')}→${s('to')} ${s('pickupAt').slice(0, 16)}Z`;
  }
}

export async function listSimulatedBookings(db: Db, now: Date, limit: number): Promise<SimulatedBookingView[]> {
  return inSystemScope(db, async (tx) => {
    const rows = await tx
      .select()
      .from(simulatorBookings)
      .orderBy(desc(simulatorBookings.createdAt), desc(simulatorBookings.id))
      .limit(limit);
    const refs = rows.map((r) => r.bookingRef).filter((r): r is string => r !== null);
    const events = refs.length
      ? await tx
          .select()
          .from(simulatorOutbox)
          .where(inArray(simulatorOutbox.bookingRef, refs))
          .orderBy(simulatorOutbox.dueAt, simulatorOutbox.eventId)
      : [];
    return rows.map((r) => {
      const { status, confirmation } = effectiveOf(r, now);
      return {
        id: r.id,
        supplierCode: r.supplierCode,
        category: r.category,
        orderRef: r.orderRef,
        bookingRef: r.bookingRef,
        parentBookingRef: r.parentBookingRef,
        status,
        serviceState: r.serviceState,
        confirmation,
        priceFen: r.priceFen,
        summary: summaryOf(r.offer),
        createdAt: r.createdAt.toISOString(),
        events: events
          .filter((e) => e.bookingRef === r.bookingRef)
          .map((e) => ({
            eventId: e.eventId,
            type: e.type,
            dueAt: e.dueAt.toISOString(),
            deliveredAt: e.deliveredAt?.toISOString() ?? null,
            attempts: e.attempts,
            lastError: e.lastError,
          })),
      };
    });
  });
}
