/**
 * A supplier event once stored (the `supplier_events` table), as the applier and the stream's
 * consumers see it. `seq` is the stream position: strictly increasing in commit order of
 * storage, never reused; a consumer resumes after the last `seq` it finished.
 */
import type { SupplierEvent } from '../suppliers/index.ts';

export interface StoredSupplierEvent extends SupplierEvent {
  seq: string;
  supplierId: string;
  supplierCode: string;
  receivedAt: string;
}

/**
 * What applying one event to its order came to. 'dead' puts the event on the dead-letter list with
 * the reason (unknown order reference, a transition the order's state machine refuses …), to be
 * inspected and replayed by operations; nothing is dropped silently.
 */
export type ApplyOutcome =
  | { kind: 'applied'; tenantId: string; orderId: string }
  | { kind: 'dead'; reason: 'unknown_order' | 'illegal_transition' | 'invalid_data'; message: string };

/**
 * Applies one stored event to its order, inside the transaction given (which also marks the event
 * applied or dead, so an event is applied exactly once). Provided by the orders module, wired at
 * the composition root; ingestion knows nothing of orders. `tx` is a system-scope transaction.
 */
export type EventApplier<Tx> = (tx: Tx, event: StoredSupplierEvent) => Promise<ApplyOutcome>;
