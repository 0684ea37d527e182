import type { Tx } from './platform/db/database.ts';
import type { EventApplier } from './modules/ingest/index.ts';

/**
 * The applier ingestion uses until the orders module provides the real one: no order exists yet,
 * so every supplier event goes to the dead-letter list as an unknown order reference, to be
 * replayed once orders can take it. Nothing is dropped.
 */
export const deadUntilOrdersExist: EventApplier<Tx> = async (_tx, event) => ({
  kind: 'dead',
  reason: 'unknown_order',
  message: `No order ${event.orderRef}: orders are not available yet; replay this event once the order exists.`,
});
