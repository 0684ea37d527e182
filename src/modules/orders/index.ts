/**
 * Orders (订单): one booking per category (flight, hotel, train, car) with its tracking code
 * (追踪码), its lifecycle as an explicit state machine per category, its links (travel request,
 * parent / original order of a change 改签, approval as subject 'order'), its money on the budgets
 * (an order's cost replaces its share of its travel request's occupation; refunds give it back;
 * completion settles) and its timeline in plain words; supplier events applied through the ingest
 * contract; the routes for lists, detail, look-up by code, CSV export, 我的行程 and the public
 * tracking page.
 */
export {
  ORDER_CATEGORIES,
  ORDER_EVENTS,
  ORDER_STATUSES,
  isTerminal,
  transition,
  type OrderCategory,
  type OrderEvent,
  type OrderStatus,
} from './lifecycle/index.ts';
export { newTrackingCode, parseTrackingCode, TRACKING_CODE_INPUT_PATTERN } from './tracking-code/tracking-code.ts';
export type { OrderChange, OrderChangeHook, OrderRow, OrderWork } from './order-types.ts';
export { createOrder, type CreateOrderInput } from './create-order.ts';
export {
  approveOrder,
  cancelOrder,
  failOrder,
  issueOrder,
  markTicketingDelayed,
  recordBookingRef,
  recordServiceEvent,
  refundOrder,
  rejectOrder,
  startBooking,
  type ServiceEvent,
} from './order-transitions.ts';
export { changeOrder, type ChangeOrderInput } from './change-order.ts';
export { loadOrder } from './order-rows.ts';
export { actualSpendOfOrders, costNow } from './order-money.ts';
export { orderSubject, orderSubjectWith } from './order-approval.ts';
export { applySupplierEvent, supplierEventApplier } from './supplier-events/apply-supplier-event.ts';
export { orderRoutes } from './routes/order-routes.ts';
export { orderAuditLabels } from './audit-labels.ts';
export { ordersAsPastBookings } from './read/past-bookings.ts';
export { loadVisibleOrder, type OrderViewer } from './read/order-access.ts';
