import { MACHINES, type OrderCategory, type OrderEvent, type OrderStatus } from './machines.ts';

export type Transition = { ok: true; to: OrderStatus } | { ok: false; from: OrderStatus; event: OrderEvent; allowed: OrderEvent[] };

/** The events a category's order in this state accepts. */
export function allowedEvents(category: OrderCategory, from: OrderStatus): OrderEvent[] {
  return Object.keys(MACHINES[category][from] ?? {}) as OrderEvent[];
}

/** (state, event) → the next state, or a refusal naming what the state does accept. Pure. */
export function transition(category: OrderCategory, from: OrderStatus, event: OrderEvent): Transition {
  const to = MACHINES[category][from]?.[event];
  return to === undefined ? { ok: false, from, event, allowed: allowedEvents(category, from) } : { ok: true, to };
}
