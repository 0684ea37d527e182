/**
 * A supplier event as it arrives at `POST /api/v1/ingest/events` (one, or `{ events: [...] }` up to
 * 1,000). The request is signed as a whole (signing.ts): header `Tripdesk-Supplier: <code>`,
 * `Tripdesk-Timestamp: <unix seconds>`, `Tripdesk-Signature: v1=<hex HMAC-SHA256 of
 * "<timestamp>.<raw body>">` with any of the supplier's keys in force (several during a rotation's
 * overlap, so a header may carry several `v1=` values separated by commas).
 *
 * `orderRef` is our order's tracking code (echoed from the hold/book call); `bookingRef` the
 * supplier's own. `eventId` is unique per supplier: a repeat is acknowledged and ignored.
 */
import { Type, type Static } from '@sinclair/typebox';

export const SUPPLIER_EVENT_TYPES = [
  // The booking's own progress.
  'order.ticketed', // 出票成功 (flight, train): data.ticketNumbers
  'order.confirmed', // 酒店确认 / 派车成功 (hotel, car): data.confirmation
  'order.ticketing_delayed', // 出票延迟: data.expectedBy
  'order.failed', // 出票失败 / 确认失败: data.reason
  'order.cancelled_by_supplier', // the supplier cancelled it: data.reason, data.refundFen
  'order.changed', // 改签完成 on the supplier's side: data.bookingRef (new)
  'order.refunded', // 退款完成: data.refundFen, data.feeFen
  // Service in progress.
  'flight.delayed', // data.newDepartureAt, data.delayMinutes
  'flight.cancelled', // data.reason
  'flight.departed',
  'flight.arrived',
  'train.departed',
  'train.arrived',
  'hotel.overbooked', // 超售: data.reason
  'hotel.checked_in',
  'hotel.checked_out',
  'hotel.no_show',
  'car.driver_assigned', // data.driver, data.plate
  'car.driver_arrived',
  'car.driver_no_show',
  'car.completed', // data.finalFareFen
] as const;
export type SupplierEventType = (typeof SUPPLIER_EVENT_TYPES)[number];

export const SupplierEventSchema = Type.Object(
  {
    eventId: Type.String({ pattern: '^[A-Za-z0-9._:-]{1,100}$', description: 'Unique per supplier; repeats are ignored.' }),
    type: Type.Union(
      SUPPLIER_EVENT_TYPES.map((t) => Type.Literal(t)),
      { description: 'What happened.' },
    ),
    occurredAt: Type.String({ format: 'date-time' }),
    orderRef: Type.String({ pattern: '^[A-Z0-9-]{4,40}$', description: 'Our tracking code, as given in the hold/book call.' }),
    bookingRef: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{1,100}$' })),
    data: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }), Type.Unknown(), { maxProperties: 30 })),
  },
  { additionalProperties: false },
);
export type SupplierEvent = Static<typeof SupplierEventSchema>;
