/**
 * Ingestion (事件接入): signed supplier events in, stored durably and deduplicated before the 2xx,
 * then applied to their orders through the applier the composition root gives; a dead-letter list
 * for what cannot be applied; the stored events as a stream with resumable positions.
 */
export type { ApplyOutcome, EventApplier, StoredSupplierEvent } from './stored-event.ts';
