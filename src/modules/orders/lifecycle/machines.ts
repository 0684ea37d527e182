/**
 * The order lifecycle, one explicit table per category: (state, event) → state. Anything not in a
 * table is refused (ORDER_ILLEGAL_TRANSITION). Pure data.
 *
 * Decisions:
 * - 出票延迟 (ticketing delayed) is a flag on the order, not a state: a delayed booking is still
 *   'booking' and goes on to ticketed or failed exactly as an undelayed one (event
 *   'delay_ticketing' keeps the state and sets the flag; issuing clears it).
 * - 改签 (change): the order becomes 'changed' (terminal) and a child order carries the new
 *   itinerary from 'booking' on; the child may be changed again.
 * - Hotels: 'overbooked' (超售) is a state a confirmed stay falls into when the hotel cannot honour
 *   it; it is resolved by a re-confirmation, a change (rebooked elsewhere: the child order), a
 *   refund or a cancellation.
 * - 'cancelled' before issue costs nothing; a cancellation after issue (the airline's, the
 *   supplier's) carries its refund.
 */
export const ORDER_CATEGORIES = ['flight', 'hotel', 'train', 'car'] as const;
export type OrderCategory = (typeof ORDER_CATEGORIES)[number];

export const ORDER_STATUSES = [
  'pending_approval',
  'approved',
  'rejected',
  'booking',
  'failed',
  'ticketed',
  'confirmed',
  'checked_in',
  'overbooked',
  'driver_arrived',
  'changed',
  'refunded',
  'cancelled',
  'flown',
  'travelled',
  'checked_out',
  'no_show',
  'completed',
  'driver_no_show',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_EVENTS = [
  'approve',
  'reject',
  'start_booking',
  'delay_ticketing',
  'issue',
  'fail',
  'cancel',
  'change',
  'refund',
  'check_in',
  'check_out',
  'no_show',
  'overbook',
  'driver_arrive',
  'driver_no_show',
  'complete',
] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

type Table = Readonly<Partial<Record<OrderStatus, Readonly<Partial<Record<OrderEvent, OrderStatus>>>>>>;

/** Before the supplier: approval and booking, the same for every category but what issuing means. */
const front = (issued: OrderStatus): Table => ({
  pending_approval: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { start_booking: 'booking', cancel: 'cancelled' },
  booking: { issue: issued, fail: 'failed', cancel: 'cancelled', delay_ticketing: 'booking' },
});

const ticket = (done: OrderStatus): Table => ({
  ...front('ticketed'),
  ticketed: { change: 'changed', refund: 'refunded', cancel: 'cancelled', complete: done },
});

// prettier-ignore
export const MACHINES: Readonly<Record<OrderCategory, Table>> = {
  flight: ticket('flown'),
  train: ticket('travelled'),
  hotel: {
    ...front('confirmed'),
    confirmed:  { check_in: 'checked_in', no_show: 'no_show', overbook: 'overbooked', change: 'changed', refund: 'refunded', cancel: 'cancelled' },
    overbooked: { issue: 'confirmed', change: 'changed', refund: 'refunded', cancel: 'cancelled' },
    checked_in: { check_out: 'checked_out' },
  },
  car: {
    ...front('confirmed'),
    confirmed:      { driver_arrive: 'driver_arrived', driver_no_show: 'driver_no_show', cancel: 'cancelled', complete: 'completed' },
    driver_arrived: { complete: 'completed', cancel: 'cancelled' },
  },
};

/** The state an order is issued in (出票 / 确认): from here on the money is spent. */
export const ISSUED_STATE: Readonly<Record<OrderCategory, OrderStatus>> = {
  flight: 'ticketed',
  train: 'ticketed',
  hotel: 'confirmed',
  car: 'confirmed',
};

/** The states a category's orders can be in. */
export function statesOf(category: OrderCategory): OrderStatus[] {
  const table = MACHINES[category];
  const states = new Set<OrderStatus>(['pending_approval', 'approved']);
  for (const [from, row] of Object.entries(table) as [OrderStatus, Partial<Record<OrderEvent, OrderStatus>>][]) {
    states.add(from);
    for (const to of Object.values(row)) states.add(to);
  }
  return [...states];
}

/** Terminal: no event leaves the state. */
export function isTerminal(category: OrderCategory, status: OrderStatus): boolean {
  const row = MACHINES[category][status];
  return row === undefined || Object.keys(row).length === 0;
}
