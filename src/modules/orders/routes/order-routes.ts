import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { languageOf } from '../../../platform/http/error-handler.ts';
import { errorResponses, IdParams, pageOf } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { chinaDateOf } from '../../../platform/time/china-time.ts';
import { can, principalOf, writeTenant } from '../../access/index.ts';
import { exportOrdersCsv } from '../read/export-orders.ts';
import { listOrders } from '../read/list-orders.ts';
import type { OrderViewer } from '../read/order-access.ts';
import { getOrder, getOrderByCode } from '../read/order-detail.ts';
import { trackOrder } from '../read/track-order.ts';
import { myTrips } from '../read/trips.ts';
import {
  OrderDetailSchema,
  OrderExportQuery,
  OrderListQuery,
  OrderSummarySchema,
  TrackedOrderSchema,
  TrackingCodeParam,
  TripSchema,
  TripsQuery,
} from './order-schemas.ts';

const tags = ['orders'];

const viewerOf = (req: FastifyRequest): OrderViewer => ({
  employeeId: principalOf(req).employeeId,
  canReadAll: can(req, 'order.read_all'),
});

/** 订单 under /api/v1/orders, 我的行程 under /api/v1/trips, and the public tracking page's /api/v1/track/{code}. */
export function orderRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/v1/orders',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'listOrders',
        tags,
        summary: 'Orders, newest first: mine (booked by or for me) or, with order.read_all, the enterprise’s',
        querystring: OrderListQuery,
        response: { 200: pageOf(OrderSummarySchema), ...errorResponses },
      },
    },
    async (req) => {
      const { cursor, limit, ...filters } = req.query;
      return listOrders(db, {
        tenantId: writeTenant(req),
        viewer: viewerOf(req),
        filters,
        limit: limit ?? 50,
        ...(cursor ? { cursor } : {}),
      });
    },
  );
  app.get(
    '/api/v1/orders/export.csv',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'exportOrders',
        tags,
        summary: 'The filtered orders as CSV (UTF-8 with BOM), headers in the Accept-Language (zh or en)',
        querystring: OrderExportQuery,
        response: {
          200: { description: 'CSV, UTF-8 with a byte-order mark', content: { 'text/csv': { schema: Type.String() } } },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const lang = languageOf(req) === 'zh' ? 'zh-CN' : 'en';
      const rows = exportOrdersCsv(db, { tenantId: writeTenant(req), viewer: viewerOf(req), filters: req.query, lang });
      // Read the first chunk before answering, so that a refusal (scope all without the permission) is a clean 4xx.
      const iterator = rows[Symbol.asyncIterator]();
      const first = await iterator.next();
      async function* rest() {
        if (!first.done) yield first.value;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="orders-${chinaDateOf(new Date())}.csv"`)
        .send(Readable.from(rest()));
    },
  );
  app.get(
    '/api/v1/orders/by-code/:code',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getOrderByCode',
        tags,
        summary: 'An order by its tracking code (追踪码), within what the caller may see',
        params: Type.Object({ code: TrackingCodeParam }),
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (req) => getOrderByCode(db, { tenantId: writeTenant(req), viewer: viewerOf(req), code: req.params.code }),
  );
  app.get(
    '/api/v1/orders/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getOrder',
        tags,
        summary: 'An order with its timeline: plain words for its travellers, in full (actor, data) with order.read_all',
        params: IdParams,
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (req) => getOrder(db, { tenantId: writeTenant(req), viewer: viewerOf(req), id: req.params.id }),
  );
  app.get(
    '/api/v1/trips',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'myTrips',
        tags,
        summary: '我的行程: my orders grouped by travel request, trips not yet over first',
        querystring: TripsQuery,
        response: { 200: Type.Object({ items: Type.Array(TripSchema) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await myTrips(db, {
        tenantId: writeTenant(req),
        employeeId: principalOf(req).employeeId,
        now: new Date(),
        limit: req.query.limit ?? 20,
      }),
    }),
  );
  app.get(
    '/api/v1/track/:code',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'trackOrder',
        tags,
        summary: 'Track an order by its code (public): category, status, dates, cities, masked travellers, the timeline in plain words',
        params: Type.Object({ code: TrackingCodeParam }),
        response: { 200: TrackedOrderSchema, ...errorResponses },
      },
    },
    async (req) => trackOrder(db, req.params.code),
  );
}
