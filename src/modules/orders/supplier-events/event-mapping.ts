import type { SupplierEventType } from '../../suppliers/index.ts';
import type { OrderCategory, OrderEvent, OrderStatus } from '../lifecycle/index.ts';

/**
 * What a supplier event means for an order: a move of its state machine, or news for its timeline
 * only ('note': a delay, a departure …). `categories`: the orders it may concern; anything else is
 * refused as an illegal transition. Pure.
 */
export type EventMeaning =
  | { kind: 'move'; event: OrderEvent }
  | { kind: 'note' }
  /** order.changed / car.driver_assigned: issues an order still booking, is news otherwise. */
  | { kind: 'issue_or_note'; noteIn: OrderStatus[] }
  /** order.refunded: refunds, or confirms a refund already made. */
  | { kind: 'refund' }
  | { kind: 'cancel' };

const ALL: OrderCategory[] = ['flight', 'hotel', 'train', 'car'];
const TICKETS: OrderCategory[] = ['flight', 'train'];

// prettier-ignore
export const EVENT_MEANING: Readonly<Record<SupplierEventType, { categories: OrderCategory[]; meaning: EventMeaning }>> = {
  'order.ticketed':              { categories: TICKETS, meaning: { kind: 'move', event: 'issue' } },
  'order.confirmed':             { categories: ['hotel', 'car'], meaning: { kind: 'move', event: 'issue' } },
  'order.ticketing_delayed':     { categories: TICKETS, meaning: { kind: 'move', event: 'delay_ticketing' } },
  'order.failed':                { categories: ALL, meaning: { kind: 'move', event: 'fail' } },
  'order.cancelled_by_supplier': { categories: ALL, meaning: { kind: 'cancel' } },
  'order.changed':               { categories: ['flight', 'train', 'hotel'], meaning: { kind: 'issue_or_note', noteIn: ['changed', 'ticketed', 'confirmed'] } },
  'order.refunded':              { categories: ALL, meaning: { kind: 'refund' } },
  'flight.delayed':              { categories: ['flight'], meaning: { kind: 'note' } },
  'flight.cancelled':            { categories: ['flight'], meaning: { kind: 'cancel' } },
  'flight.departed':             { categories: ['flight'], meaning: { kind: 'note' } },
  'flight.arrived':              { categories: ['flight'], meaning: { kind: 'move', event: 'complete' } },
  'train.departed':              { categories: ['train'], meaning: { kind: 'note' } },
  'train.arrived':               { categories: ['train'], meaning: { kind: 'move', event: 'complete' } },
  'hotel.overbooked':            { categories: ['hotel'], meaning: { kind: 'move', event: 'overbook' } },
  'hotel.checked_in':            { categories: ['hotel'], meaning: { kind: 'move', event: 'check_in' } },
  'hotel.checked_out':           { categories: ['hotel'], meaning: { kind: 'move', event: 'check_out' } },
  'hotel.no_show':               { categories: ['hotel'], meaning: { kind: 'move', event: 'no_show' } },
  'car.driver_assigned':         { categories: ['car'], meaning: { kind: 'issue_or_note', noteIn: ['confirmed'] } },
  'car.driver_arrived':          { categories: ['car'], meaning: { kind: 'move', event: 'driver_arrive' } },
  'car.driver_no_show':          { categories: ['car'], meaning: { kind: 'move', event: 'driver_no_show' } },
  'car.completed':               { categories: ['car'], meaning: { kind: 'move', event: 'complete' } },
};
