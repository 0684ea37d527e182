/**
 * Ingestion (事件接入): signed supplier events in, stored durably and deduplicated before the 2xx,
 * then applied to their orders through the applier the composition root gives; a dead-letter list
 * for what cannot be applied; the stored events as a stream with resumable positions.
 */
import type { Tx } from '../../platform/db/database.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { ingestEventRoutes } from './ingest-route.ts';
import { ingestOperationsRoutes } from './operations-routes.ts';
import type { EventApplier } from './stored-event.ts';
import type { SupplierKeyLookup } from './supplier-keys.ts';

export type { ApplyOutcome, EventApplier, StoredSupplierEvent } from './stored-event.ts';
export type { SupplierKeyLookup, SupplierKeys } from './supplier-keys.ts';
export { startEventApplier, type EventApplierOptions, type RunningApplier } from './event-applier.ts';
export { consumeStream, readEventStream, streamPosition, type StreamHandler, type StreamQuery } from './event-stream.ts';
export { listDeadLetters, replayDeadLetter, replayDeadLetters, type DeadLetter, type ReplayResult } from './dead-letters.ts';
export { dismissReject, listRejects, type RejectView } from './rejects.ts';
export { storeEvents, SUPPLIER_EVENTS_CHANNEL, type IngestAnswer } from './store-events.ts';
export { MAX_EVENTS_PER_REQUEST } from './ingest-route.ts';

export interface IngestRouteDeps {
  /** The supplier registry's signing keys in force (suppliers' signingSecretsOf, bound to the database). */
  keys: SupplierKeyLookup;
  /** Applies an event to its order (the orders module's), for replays from the dead-letter list. */
  apply: EventApplier<Tx>;
}

/** Every ingestion route: POST /api/v1/ingest/events (signed) and operations' dead letters, rejects and stream. */
export function ingestRoutes(app: App, deps: AppDeps, opts: IngestRouteDeps): void {
  ingestEventRoutes(app, deps, { keys: opts.keys });
  ingestOperationsRoutes(app, deps, { apply: opts.apply });
}
