/** The simulator's and ingestion's lists of values (no client here: pure modules and their tests import them). */
import type { DeadLetterReason, SimulatorCommandKind, SimulatorFaultKind, SupplierEventType } from './types';
import { everyOf } from './values';

export const FAULT_KINDS = everyOf<SimulatorFaultKind>()([
  'ticketing_delayed',
  'failed',
  'flight_delayed',
  'flight_cancelled',
  'hotel_overbooked',
  'car_driver_no_show',
] as const);

export const COMMAND_KINDS = everyOf<SimulatorCommandKind>()([
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
] as const);

export const DEAD_LETTER_REASONS = everyOf<DeadLetterReason>()([
  'unknown_order',
  'illegal_transition',
  'invalid_data',
  'apply_error',
] as const);

export const SUPPLIER_EVENT_TYPES = everyOf<SupplierEventType>()([
  'order.ticketed',
  'order.confirmed',
  'order.ticketing_delayed',
  'order.failed',
  'order.cancelled_by_supplier',
  'order.changed',
  'order.refunded',
  'flight.delayed',
  'flight.cancelled',
  'flight.departed',
  'flight.arrived',
  'train.departed',
  'train.arrived',
  'hotel.overbooked',
  'hotel.checked_in',
  'hotel.checked_out',
  'hotel.no_show',
  'car.driver_assigned',
  'car.driver_arrived',
  'car.driver_no_show',
  'car.completed',
] as const);
