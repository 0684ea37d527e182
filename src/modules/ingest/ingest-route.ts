import { isUtf8 } from 'node:buffer';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, validationFailed } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { SIGNATURE_HEADER, SUPPLIER_HEADER, TIMESTAMP_HEADER, verifySignature } from '../suppliers/index.ts';
import { storeEvents, type IngestingSupplier } from './store-events.ts';
import { cachedKeyLookup, type SupplierKeyLookup } from './supplier-keys.ts';

export const MAX_EVENTS_PER_REQUEST = 1_000;
/** A full batch with generous data fits; the server-wide limit is meant for forms, not batches. */
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export interface IngestRouteOptions {
  /** The supplier registry's keys in force (signingSecretsOf), given by the composition root. */
  keys: SupplierKeyLookup;
  /** Seconds a signature's timestamp may be off our clock, either way (default 300). */
  toleranceSeconds?: number;
}

const ErrorItem = Type.Object({ path: Type.String(), message: Type.String() });
// A 1,000-event answer is serialised per item: an enum and a type list are written directly, where
// unions (anyOf) would make the serialiser validate every item to pick a branch.
const IngestResult = Type.Object({
  index: Type.Integer({ description: 'Position in the request (0 for a single event)' }),
  eventId: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'null when a rejected event had no readable eventId' }),
  result: Type.Unsafe<'accepted' | 'duplicate' | 'rejected'>({ type: 'string', enum: ['accepted', 'duplicate', 'rejected'] }),
  seq: Type.Optional(Type.String({ description: 'Stream position of an accepted event' })),
  errors: Type.Optional(Type.Array(ErrorItem)),
});

const SUPPLIER_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const header = (req: FastifyRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * `POST /api/v1/ingest/events`: supplier events, signed (no session: config.access is public and
 * the signature is the authentication). In a plugin context of its own, where JSON is parsed from
 * bytes that are kept for the HMAC.
 */
export function ingestEventRoutes(app: App, { database }: AppDeps, opts: IngestRouteOptions): void {
  const keys = cachedKeyLookup(opts.keys);
  const rawBodies = new WeakMap<FastifyRequest, Buffer>();
  const senders = new WeakMap<FastifyRequest, IngestingSupplier>();

  async function authenticate(req: FastifyRequest): Promise<void> {
    const code = header(req, SUPPLIER_HEADER);
    const timestamp = header(req, TIMESTAMP_HEADER);
    const signature = header(req, SIGNATURE_HEADER);
    if (code === undefined || timestamp === undefined || signature === undefined) throw new AppError('SIGNATURE_MISSING');
    if (!SUPPLIER_CODE.test(code)) throw new AppError('SIGNATURE_INVALID', 'The Tripdesk-Supplier header is not a supplier code');
    const rawBody = rawBodies.get(req) ?? Buffer.alloc(0);
    const now = new Date();
    const check = (secrets: Buffer[]) =>
      verifySignature({ header: signature, timestamp, rawBody, secrets, now: now.getTime(), toleranceSeconds: opts.toleranceSeconds });
    // The timestamp and the header's form first: a stale or malformed request costs no lookup.
    const form = check([]);
    if (!form.ok && form.reason === 'STALE') throw new AppError('SIGNATURE_STALE');
    if (!form.ok && form.reason !== 'MISMATCH') throw new AppError('SIGNATURE_INVALID', 'The Tripdesk-Signature header is malformed');
    let supplier = await keys.get(code, now);
    let result = supplier ? check(supplier.secrets) : form;
    if (!result.ok) {
      supplier = await keys.refresh(code, now);
      result = supplier ? check(supplier.secrets) : form;
    }
    if (!supplier) throw new AppError('SIGNATURE_INVALID', `No supplier ${code} is accepting events`);
    if (!result.ok) throw new AppError('SIGNATURE_INVALID');
    senders.set(req, { supplierId: supplier.supplierId, code: supplier.code });
  }

  void app.register(async (ingest: App) => {
    const parseJson = ingest.getDefaultJsonParser('error', 'error');
    ingest.removeContentTypeParser('application/json');
    ingest.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (req, body: Buffer, done) => {
      if (!isUtf8(body)) {
        done(new AppError('INVALID_TEXT', 'The JSON body is not UTF-8', { part: 'body', path: '' }), undefined);
        return;
      }
      rawBodies.set(req, body);
      parseJson(req, body.toString('utf8'), done);
    });

    ingest.post(
      '/api/v1/ingest/events',
      {
        config: { access: 'public' },
        bodyLimit: BODY_LIMIT_BYTES,
        preValidation: authenticate,
        schema: {
          operationId: 'ingestSupplierEvents',
          tags: ['ingestion'],
          summary: 'Receive supplier events (signed)',
          description:
            'For suppliers. One event (SupplierEvent: eventId, type, occurredAt, orderRef, bookingRef?, data?) or {"events": [...]} of up to ' +
            `${MAX_EVENTS_PER_REQUEST}. Authenticated by signature, not by session: Tripdesk-Supplier: <code>, Tripdesk-Timestamp: <unix ` +
            'seconds>, Tripdesk-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>"> with any key in force (comma-separated v1= ' +
            'values during a rotation); a timestamp more than 5 minutes off is refused (SIGNATURE_STALE). Each event is checked on its ' +
            'own: valid ones are stored (a repeated eventId is acknowledged as a duplicate and ignored), invalid ones are kept as rejects ' +
            'for operations, and the answer reports each. A 200 means every accepted event is stored durably; it is then applied to ' +
            'its order, or put on the dead-letter list.',
          body: Type.Object(
            {
              events: Type.Optional(
                Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_EVENTS_PER_REQUEST, description: 'A batch of events' }),
              ),
            },
            { additionalProperties: true, description: 'One event, or {"events": [...]}' },
          ),
          response: {
            200: Type.Object({
              accepted: Type.Integer(),
              duplicates: Type.Integer(),
              rejected: Type.Integer(),
              results: Type.Array(IngestResult),
            }),
            413: Type.Ref('ErrorBody'),
            ...errorResponses,
          },
        },
      },
      async (req) => {
        const sender = senders.get(req);
        if (!sender) throw new AppError('SIGNATURE_MISSING');
        const body = req.body;
        let items: unknown[];
        if (Array.isArray(body.events)) {
          if (Object.keys(body).length > 1) throw validationFailed([{ path: '/', message: 'a batch holds only "events"' }]);
          items = body.events;
        } else {
          items = [body];
        }
        return storeEvents(database.db, sender, items, new Date());
      },
    );
  });
}
