import { Type } from '@sinclair/typebox';
import type { Config } from '../../platform/config/config.ts';
import { errorResponses, IdParams, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { PageQuery } from '../../platform/pagination/cursor.ts';
import { actorOfRequest, readScope, writeTenant } from '../access/index.ts';
import type { ResolveAll, WebhookAddressSettings } from './address-guard.ts';
import type { DeliveryDeps } from './attempt.ts';
import { deliverOneNow } from './delivery-worker.ts';
import { getDelivery, listDeliveries, queuePing, redeliver } from './deliveries.ts';
import { createEndpoint, deleteEndpoint, listEndpoints, rotateSecret, updateEndpoint } from './endpoints.ts';
import { ALL_EVENTS, PING_EVENT, WEBHOOK_EVENT_TYPES } from './event-types.ts';
import { DELIVERY_STATUSES } from './schema.ts';
import type { Transport } from './transport.ts';

/** The operator's SSRF settings as the webhooks module reads them. */
export const webhookSettingsOf = (config: Config): WebhookAddressSettings => ({
  allowPrivate: config.webhookAllowPrivate,
  allowedHosts: config.webhookAllowedHosts,
});

const access = 'webhook.manage';
const tags = ['webhooks'];
const strict = { additionalProperties: false } as const;

const SubscribableType = Type.Union([...WEBHOOK_EVENT_TYPES, ALL_EVENTS].map((t) => Type.Literal(t)));
const EventTypes = Type.Array(SubscribableType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length + 1, uniqueItems: true });
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const LAST_LABEL = '[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const PORT = '(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?';
/**
 * What a URL parser takes as a web address without question: a host name (ending in a label that
 * starts with a letter, else it is read as an IPv4 address) or a dotted IPv4 address, a port within
 * range, then any printable ASCII. Whether a punycode label (xn--) is valid, whether the host
 * resolves, and to what, the SSRF guard decides.
 */
const Url = Type.String({
  minLength: 10,
  maxLength: 2000,
  pattern: `^https?://(?:(?:${LABEL}\\.){0,10}${LAST_LABEL}|${OCTET}(?:\\.${OCTET}){3})${PORT}(?:[/?#][\\x21-\\x7e]{0,1900})?$`,
  description: 'https:// (http:// only where the operator allows it); the host must resolve to public addresses only',
});
const Description = Type.String({ maxLength: 200 });

const EndpointSchema = Type.Object({
  id: Uuid,
  url: Type.String(),
  description: Type.String(),
  eventTypes: Type.Array(Type.String()),
  active: Type.Boolean(),
  disabledReason: Type.Union([Type.Literal('gone'), Type.Null()], { description: 'gone: switched off by the system after a 410 answer' }),
  previousSecretExpiresAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
const WithSecret = Type.Object({ endpoint: EndpointSchema, secret: Type.String({ description: 'Shown this once' }) });

const Status = Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)));
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const AttemptSchema = Type.Object({
  attemptedAt: Timestamp,
  statusCode: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  responseMs: Nullable(Type.Integer()),
  responseExcerpt: Nullable(Type.String()),
});
const DeliverySchema = Type.Object({
  id: Uuid,
  endpointId: Uuid,
  eventId: Uuid,
  type: Type.String(),
  status: Status,
  attemptCount: Type.Integer(),
  nextAttemptAt: Nullable(Timestamp),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  lastResponseMs: Nullable(Type.Integer()),
  payload: Type.Object({
    id: Uuid,
    type: Type.String(),
    createdAt: Timestamp,
    tenantId: Uuid,
    data: Type.Record(Type.String(), Type.Unknown()),
  }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  attempts: Type.Array(AttemptSchema, { description: 'Newest first, at most 20' }),
});

/** Test seams: DNS, the HTTP client and the clock. */
export interface WebhookRouteSeams {
  resolveAll?: ResolveAll;
  transport?: Transport;
  now?: () => Date;
}

/** Endpoints, their secrets, test pings and the delivery log: for travel admins (and platform admins with X-Tenant-Id). */
export function webhookRoutes(app: App, { database, cipher, config }: AppDeps, seams: WebhookRouteSeams = {}): void {
  const { db } = database;
  const settings = webhookSettingsOf(config);
  const endpointDeps = { db, cipher, settings, ...(seams.resolveAll ? { resolveAll: seams.resolveAll } : {}) };
  const deliveryDeps: DeliveryDeps = { ...endpointDeps, ...(seams.transport ? { transport: seams.transport } : {}) };
  const now = seams.now ?? (() => new Date());

  app.get(
    '/api/v1/webhooks/event-types',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookEventTypes',
        tags,
        summary: 'Event types an endpoint may subscribe to (* for all)',
        response: { 200: Type.Object({ items: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async () => ({ items: [...WEBHOOK_EVENT_TYPES] }),
  );

  app.get(
    '/api/v1/webhooks/endpoints',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookEndpoints',
        tags,
        summary: 'List webhook endpoints',
        response: { 200: Type.Object({ items: Type.Array(EndpointSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listEndpoints(db, readScope(req), now()) }),
  );

  app.post(
    '/api/v1/webhooks/endpoints',
    {
      config: { access },
      schema: {
        operationId: 'createWebhookEndpoint',
        tags,
        summary: 'Add a webhook endpoint (its signing secret is shown once)',
        description: 'The URL must resolve only to public addresses (VALIDATION_FAILED on url otherwise).',
        body: Type.Object(
          { url: Url, description: Type.Optional(Description), eventTypes: EventTypes, active: Type.Optional(Type.Boolean()) },
          strict,
        ),
        response: { 201: WithSecret, ...errorResponses },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await createEndpoint(
        endpointDeps,
        writeTenant(req),
        actorOfRequest(req),
        { url: b.url, description: b.description ?? '', eventTypes: b.eventTypes, active: b.active ?? true },
        now(),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/v1/webhooks/endpoints/:id',
    {
      config: { access },
      schema: {
        operationId: 'updateWebhookEndpoint',
        tags,
        summary: 'Change, enable or disable a webhook endpoint',
        params: IdParams,
        body: Type.Object(
          {
            url: Type.Optional(Url),
            description: Type.Optional(Description),
            eventTypes: Type.Optional(EventTypes),
            active: Type.Optional(Type.Boolean()),
          },
          { ...strict, minProperties: 1 },
        ),
        response: { 200: EndpointSchema, ...errorResponses },
      },
    },
    async (req) => updateEndpoint(endpointDeps, readScope(req), actorOfRequest(req), req.params.id, req.body, now()),
  );

  app.delete(
    '/api/v1/webhooks/endpoints/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteWebhookEndpoint',
        tags,
        summary: 'Delete a webhook endpoint and its delivery log',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteEndpoint(db, readScope(req), actorOfRequest(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/endpoints/:id/rotate-secret',
    {
      config: { access },
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'A new signing secret (shown once); the previous one also signs for 24 hours',
        params: IdParams,
        response: { 200: WithSecret, ...errorResponses },
      },
    },
    async (req) => rotateSecret(endpointDeps, readScope(req), actorOfRequest(req), req.params.id, now()),
  );

  app.post(
    '/api/v1/webhooks/endpoints/:id/ping',
    {
      config: { access },
      schema: {
        operationId: 'pingWebhookEndpoint',
        tags,
        summary: `Send a test event (${PING_EVENT}) now and return its delivery`,
        description: 'The first attempt is made before answering; a failed one is retried like any delivery.',
        params: IdParams,
        response: { 200: DeliverySchema, ...errorResponses },
      },
    },
    async (req) => {
      const scope = readScope(req);
      const queued = await queuePing(db, scope, req.params.id, now());
      await deliverOneNow(deliveryDeps, queued.tenantId, queued.id, now());
      return getDelivery(db, [queued.tenantId], queued.id);
    },
  );

  app.get(
    '/api/v1/webhooks/deliveries',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'The delivery log, newest first',
        querystring: Type.Object(
          {
            status: Type.Optional(Status),
            endpointId: Type.Optional(Uuid),
            type: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z_*]{1,30}(\\.[a-z_]{1,30})?$' })),
            ...PageQuery,
          },
          strict,
        ),
        response: { 200: Type.Object({ items: Type.Array(DeliverySchema), nextCursor: Nullable(Type.String()) }), ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      return listDeliveries(db, readScope(req), { ...q, limit: q.limit ?? 50 });
    },
  );

  app.get(
    '/api/v1/webhooks/deliveries/:id',
    {
      config: { access },
      schema: {
        operationId: 'getWebhookDelivery',
        tags,
        summary: 'One delivery with its attempts',
        params: IdParams,
        response: { 200: DeliverySchema, ...errorResponses },
      },
    },
    async (req) => getDelivery(db, readScope(req), req.params.id),
  );

  app.post(
    '/api/v1/webhooks/deliveries/:id/redeliver',
    {
      config: { access },
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivery again now (same event id), with a fresh set of retries',
        params: IdParams,
        response: { 200: DeliverySchema, ...errorResponses },
      },
    },
    async (req) => {
      const { tenantId } = await redeliver(db, readScope(req), req.params.id, now());
      await deliverOneNow(deliveryDeps, tenantId, req.params.id, now());
      return getDelivery(db, [tenantId], req.params.id);
    },
  );
}
