import type { Tx } from '../../platform/db/database.ts';
import type { ApprovalWork } from '../approval/index.ts';
import type { OrderCategory, OrderStatus } from './lifecycle/index.ts';
import type { orders, orderTravellers } from './schema.ts';

export type OrderRow = typeof orders.$inferSelect;
export type OrderTravellerRow = typeof orderTravellers.$inferSelect;

/** What happened to an order, for whoever listens after the fact (outbound webhooks): in the same transaction. */
export interface OrderChange {
  tenantId: string;
  orderId: string;
  trackingCode: string;
  category: OrderCategory;
  /** null when the order was just created. */
  from: OrderStatus | null;
  to: OrderStatus;
  /** The timeline event written: 'order.ticketed', 'order.supplier_update' … */
  type: string;
  at: Date;
}

/** Told of every order change in its transaction (webhooks enqueue here); the orders module imports no listener. */
export type OrderChangeHook = (tx: Tx, change: OrderChange) => Promise<void>;

/**
 * One unit of work on orders: the tenant transaction, the time, who acts; the approval registry
 * and timers (an order may start or follow an approval); and the optional change hook.
 */
export type OrderWork = ApprovalWork & { onOrderChange?: OrderChangeHook };
