import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/database.ts';
import { errorResponses, IdParams, pageOf, Timestamp, TrimmedText, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { PageQuery } from '../../platform/pagination/cursor.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { actorOfRequest } from '../access/index.ts';
import { SUPPLIER_EVENT_TYPES } from '../suppliers/index.ts';
import { listDeadLetters, replayDeadLetter, replayDeadLetters } from './dead-letters.ts';
import { readEventStream } from './event-stream.ts';
import { dismissReject, listRejects } from './rejects.ts';
import type { EventApplier } from './stored-event.ts';

const tags = ['ingestion'];
const Seq = Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'Stream position' });
const SupplierCode = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'Supplier code' });
const EventType = Type.Union(
  SUPPLIER_EVENT_TYPES.map((t) => Type.Literal(t)),
  { description: 'Event type' },
);
const DEAD_REASONS = ['unknown_order', 'illegal_transition', 'invalid_data', 'apply_error'] as const;
const DeadReason = Type.Union(
  DEAD_REASONS.map((r) => Type.Literal(r)),
  { description: 'Why it could not be applied' },
);
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const StoredEvent = {
  seq: Seq,
  supplierId: Uuid,
  supplierCode: Type.String(),
  eventId: Type.String(),
  type: Type.String(),
  occurredAt: Timestamp,
  orderRef: Type.String(),
  bookingRef: Type.Optional(Type.String()),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  receivedAt: Timestamp,
};
const StoredEventSchema = Type.Object(StoredEvent);
const DeadLetterSchema = Type.Object({ ...StoredEvent, reason: Type.String(), message: Type.String(), attempts: Type.Integer() });
const ReplayResultSchema = Type.Object({
  seq: Seq,
  status: Type.Union([Type.Literal('applied'), Type.Literal('dead')]),
  tenantId: nullable(Uuid),
  orderId: nullable(Uuid),
  reason: nullable(Type.String()),
  message: nullable(Type.String()),
});
const RejectSchema = Type.Object({
  id: Uuid,
  supplierId: Uuid,
  supplierCode: Type.String(),
  eventId: nullable(Type.String()),
  raw: Type.Unknown({ description: 'The event as it was sent' }),
  errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
  receivedAt: Timestamp,
  dismissedAt: nullable(Timestamp),
  dismissedBy: nullable(Type.String()),
  dismissReason: nullable(Type.String()),
});

/**
 * Operations' view of ingestion (permission ingest.manage): the dead-letter list and its replay,
 * the rejects and their dismissal (both audited), and the stored events as a stream.
 */
export function ingestOperationsRoutes(app: App, { database }: AppDeps, opts: { apply: EventApplier<Tx> }): void {
  const { db } = database;
  app.get(
    '/api/v1/ingest/dead-letters',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'listDeadLetters',
        tags,
        summary: 'Supplier events that could not be applied, newest first',
        description: 'Filters: supplier code, event type, reason, and the time received (from/to, inclusive).',
        querystring: Type.Object(
          {
            ...PageQuery,
            supplier: Type.Optional(SupplierCode),
            type: Type.Optional(EventType),
            reason: Type.Optional(DeadReason),
            from: Type.Optional(Timestamp),
            to: Type.Optional(Timestamp),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(DeadLetterSchema), ...errorResponses },
      },
    },
    async (req) => listDeadLetters(db, { ...req.query, limit: req.query.limit ?? 50 }),
  );
  app.post(
    '/api/v1/ingest/dead-letters/:seq/replay',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'replayDeadLetter',
        tags,
        summary: 'Apply a dead supplier event again, now (e.g. once its order exists)',
        description: 'Answers the new outcome: applied, or dead again with the reason. Audited.',
        params: Type.Object({ seq: Seq }, { additionalProperties: false }),
        response: { 200: ReplayResultSchema, ...errorResponses },
      },
    },
    async (req) => replayDeadLetter(db, opts.apply, actorOfRequest(req), req.params.seq),
  );
  app.post(
    '/api/v1/ingest/dead-letters/replay',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'replayDeadLetters',
        tags,
        summary: 'Apply several dead supplier events again (up to 500), in stream order',
        description: 'Each is replayed in its own transaction and audited; positions that are not dead letters are listed as skipped.',
        body: Type.Object({ seqs: Type.Array(Seq, { minItems: 1, maxItems: 500 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ replayed: Type.Array(ReplayResultSchema), skipped: Type.Array(Seq) }), ...errorResponses },
      },
    },
    async (req) => replayDeadLetters(db, opts.apply, actorOfRequest(req), req.body.seqs),
  );
  app.get(
    '/api/v1/ingest/rejects',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'listIngestRejects',
        tags,
        summary: 'Supplier events refused by validation, as sent, oldest first',
        description: 'Open ones only, unless dismissed=true (then the dismissed ones).',
        querystring: Type.Object(
          { ...PageQuery, supplier: Type.Optional(SupplierCode), dismissed: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(RejectSchema), ...errorResponses },
      },
    },
    async (req) => listRejects(db, { ...req.query, limit: req.query.limit ?? 50 }),
  );
  app.post(
    '/api/v1/ingest/rejects/:id/dismiss',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'dismissIngestReject',
        tags,
        summary: 'Mark a rejected supplier event as dealt with',
        params: IdParams,
        body: Type.Object({ reason: TrimmedText(500, 'Why it needs nothing more') }, { additionalProperties: false }),
        response: { 200: RejectSchema, ...errorResponses },
      },
    },
    async (req) => dismissReject(db, actorOfRequest(req), req.params.id, req.body.reason.trim()),
  );
  app.get(
    '/api/v1/ingest/events',
    {
      config: { access: 'ingest.manage' },
      schema: {
        operationId: 'readSupplierEventStream',
        tags,
        summary: 'Stored supplier events after a stream position, oldest first',
        description: 'Pass the last seq you have as after; nextAfter is where to continue (unchanged when nothing is new).',
        querystring: Type.Object(
          {
            after: Type.Optional(Type.String({ pattern: '^(0|[1-9][0-9]{0,14})$', description: 'Stream position (default 0)' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
            supplierId: Type.Optional(Uuid),
            orderRef: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{4,40}$' })),
            type: Type.Optional(EventType),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(StoredEventSchema), nextAfter: Type.String() }), ...errorResponses },
      },
    },
    async (req) => {
      const after = req.query.after ?? '0';
      const items = await inSystemScope(db, (tx) =>
        readEventStream(tx, {
          after,
          limit: req.query.limit ?? 100,
          supplierId: req.query.supplierId,
          orderRef: req.query.orderRef,
          types: req.query.type === undefined ? undefined : [req.query.type],
        }),
      );
      return { items, nextAfter: items[items.length - 1]?.seq ?? after };
    },
  );
}
