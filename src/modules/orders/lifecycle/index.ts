/** The order lifecycle per category: explicit tables of (state, event) → state, pure. */
export {
  ISSUED_STATE,
  MACHINES,
  ORDER_CATEGORIES,
  ORDER_EVENTS,
  ORDER_STATUSES,
  isTerminal,
  statesOf,
  type OrderCategory,
  type OrderEvent,
  type OrderStatus,
} from './machines.ts';
export { allowedEvents, transition, type Transition } from './transition.ts';
