import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { AppError, validationFailed } from '../../../platform/errors/app-error.ts';
import { errorResponses, IdParams } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { actorOfRequest, can, principalOf, readScope, writeTenant } from '../../access/index.ts';
import { employeeLabels } from '../../org/index.ts';
import { timelineIn } from '../../timeline/index.ts';
import { addMessage } from '../add-message.ts';
import { createTicket } from '../create-ticket.ts';
import { filterCondition, pageOfTickets, viewCounts } from '../read/list-tickets.ts';
import { ticketDetail } from '../read/ticket-detail.ts';
import type { TicketViewer } from '../read/ticket-viewer.ts';
import type { TicketAuthor, TicketOrderLink, TicketRow, TicketSettings } from '../ticket-types.ts';
import { updateTicket } from '../update-ticket.ts';
import { intakeReviewRoutes } from './intake-routes.ts';
import {
  CreateTicketBody,
  MessageBody,
  PatchTicketBody,
  TicketDetailSchema,
  TicketListQuery,
  TicketSummarySchema,
  ViewCountsSchema,
} from './ticket-schemas.ts';

/** What the tickets routes need from other modules, bound at the composition root. */
export interface TicketRouteOptions {
  settings: TicketSettings;
  /** An order of the tenant by tracking code, if the viewer may see it (the orders module's). */
  findOrder(
    tx: Tx,
    tenantId: string,
    code: string,
    viewer: { employeeId: string | null; canReadAll: boolean },
  ): Promise<TicketOrderLink | null>;
  /** The operator staff who may be assigned the tenant's tickets (assigned to it, with ticket.work). */
  assignees(tenantId: string): Promise<{ accountId: string; displayName: string }[]>;
  /**
   * After a ticket changed, in the change's transaction (its SLA computed again); what it returns
   * runs after the commit (arming the SLA's timers).
   */
  afterChange?(tx: Tx, ticket: TicketRow): Promise<AfterCommit>;
}

type AfterCommit = () => Promise<void>;

const tags = ['tickets'];

const viewerOf = (req: FastifyRequest): TicketViewer => {
  const p = principalOf(req);
  return { accountId: p.id, employeeId: p.employeeId, canReadAll: can(req, 'ticket.read_all'), canWork: can(req, 'ticket.work') };
};

/** 工单 under /api/v1/tickets: open (every channel's requester side), the desk's views, the conversation, changes. */
export function ticketRoutes(app: App, deps: AppDeps, opts: TicketRouteOptions): void {
  const { db } = deps.database;
  intakeReviewRoutes(app, deps);

  app.post(
    '/api/v1/tickets',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'createTicket',
        tags,
        summary: 'Open a ticket (联系客服): for yourself, or — agents and API keys — for an employee of the enterprise',
        description:
          'A requester opens tickets for themself (channel web). Agents (ticket.work) log a call or an email for an employee ' +
          '(requesterEmployeeId, channel phone or email; the body is kept as an internal note). API keys (scope tickets:write) open ' +
          'tickets for an employee (channel api). orderCodes link the orders it is about (the caller must be able to see them). ' +
          'sourceRef makes the call idempotent: the same value answers with the first ticket again.',
        body: CreateTicketBody,
        response: { 201: TicketDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const tenantId = writeTenant(req);
      const works = can(req, 'ticket.work');
      const viaKey = p.via === 'api_key';
      const body = req.body;
      let requesterId: string | null;
      if (works || viaKey) {
        requesterId = body.requesterEmployeeId ?? null;
        if (requesterId === null) throw validationFailed([{ path: '/requesterEmployeeId', message: 'say whom the ticket is for' }]);
      } else {
        if (p.employeeId === null) throw new AppError('FORBIDDEN', 'Only an employee can open a ticket for themself');
        if (body.requesterEmployeeId !== undefined && body.requesterEmployeeId !== p.employeeId) {
          throw new AppError('FORBIDDEN', 'A requester opens tickets for themself only');
        }
        requesterId = p.employeeId;
      }
      const channel = viaKey ? 'api' : works ? (body.channel ?? 'phone') : 'web';
      const later: AfterCommit[] = [];
      const created = await inTenantScope(db, [tenantId], async (tx) => {
        const label = (await employeeLabels(tx, tenantId, [requesterId])).get(requesterId);
        if (!label?.active)
          throw new AppError('REFERENCE_NOT_FOUND', 'No active employee of this enterprise has this id', { path: '/requesterEmployeeId' });
        const orders: TicketOrderLink[] = [];
        for (const [i, code] of (body.orderCodes ?? []).entries()) {
          const order = await opts.findOrder(tx, tenantId, code, {
            employeeId: works || viaKey ? null : p.employeeId,
            canReadAll: works || viaKey || can(req, 'order.read_all'),
          });
          if (!order) throw validationFailed([{ path: `/orderCodes/${i}`, message: `no order ${code} you can see` }]);
          orders.push(order);
        }
        const author: TicketAuthor = works
          ? { kind: 'agent', accountId: p.id, employeeId: null, name: p.displayName }
          : { kind: 'requester', accountId: viaKey ? null : p.id, employeeId: requesterId, name: label.name };
        const result = await createTicket(tx, {
          tenantId,
          subject: body.subject,
          body: body.body,
          bodyKind: works ? 'note' : 'public',
          category: body.category,
          ...(body.priority ? { priority: body.priority } : {}),
          channel,
          language: body.language ?? 'zh-CN',
          requester: { employeeId: requesterId, name: label.name },
          author,
          actor: actorOfRequest(req),
          orders,
          ...(body.tags ? { tags: body.tags } : {}),
          ...(body.sourceRef ? { sourceRef: body.sourceRef } : {}),
        });
        if (result.created && opts.afterChange) later.push(await opts.afterChange(tx, result.ticket));
        return ticketDetail(tx, viewerOf(req), result.ticket.id);
      });
      for (const run of later) await run();
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/tickets',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'listTickets',
        tags,
        summary: 'Tickets, most recently updated first: a desk view (mine, unassigned, pending, all) or those I requested',
        querystring: TicketListQuery,
        response: {
          200: Type.Object({ items: Type.Array(TicketSummarySchema), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const viewer = viewerOf(req);
      const { cursor, limit, view, ...filters } = req.query;
      const where = filterCondition(viewer, { view: view ?? (viewer.canWork ? 'mine' : 'requested'), ...filters });
      return inTenantScope(db, readScope(req), (tx) => pageOfTickets(tx, where, cursor, limit ?? 50));
    },
  );

  app.get(
    '/api/v1/tickets/assignees',
    {
      config: { access: 'ticket.work' },
      schema: {
        operationId: 'ticketAssignees',
        tags,
        summary: 'Who the enterprise’s tickets may be assigned to: the operator staff serving it whose roles work tickets',
        querystring: Type.Object({ tenantId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({ accountId: Type.String({ format: 'uuid' }), displayName: Type.String() })) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      if (!principalOf(req).tenantIds.includes(req.query.tenantId))
        throw new AppError('NOT_FOUND', 'Tenant not found', { entity: 'tenant' });
      const staff = await opts.assignees(req.query.tenantId);
      return { items: staff.map((s) => ({ accountId: s.accountId, displayName: s.displayName })) };
    },
  );

  app.get(
    '/api/v1/tickets/views',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'ticketViewCounts',
        tags,
        summary: 'How many tickets each view holds for me (the counts beside the desk views)',
        response: { 200: ViewCountsSchema, ...errorResponses },
      },
    },
    async (req) => inTenantScope(db, readScope(req), (tx) => viewCounts(tx, viewerOf(req))),
  );

  app.get(
    '/api/v1/tickets/:id',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'getTicket',
        tags,
        summary: 'A ticket with its conversation (internal notes for ticket.work only) and orders',
        params: IdParams,
        response: { 200: TicketDetailSchema, ...errorResponses },
      },
    },
    async (req) => inTenantScope(db, readScope(req), (tx) => ticketDetail(tx, viewerOf(req), req.params.id)),
  );

  app.get(
    '/api/v1/tickets/:id/timeline',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'getTicketTimeline',
        tags,
        summary: 'Every change of the ticket, field by field, oldest first',
        params: IdParams,
        response: {
          200: Type.Array(
            Type.Object({
              seq: Type.Integer(),
              type: Type.String(),
              at: Type.String({ format: 'date-time' }),
              actorKind: Type.String(),
              actorName: Type.String(),
              data: Type.Record(Type.String(), Type.Unknown()),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) =>
      inTenantScope(db, readScope(req), async (tx) => {
        const ticket = await ticketDetail(tx, viewerOf(req), req.params.id);
        return timelineIn(tx, ticket.tenantId, 'ticket', ticket.id);
      }),
  );

  app.post(
    '/api/v1/tickets/:id/messages',
    {
      config: { access: 'ticket.request' },
      schema: {
        operationId: 'addTicketMessage',
        tags,
        summary: 'Reply on a ticket (or, with ticket.work, write an internal note or set the status with the reply)',
        description:
          'A requester’s reply reopens a ticket pending on them or solved within the reopen window; to a closed ticket it opens a ' +
          'follow-up ticket (followUp true, the new ticket returned). An agent’s first public reply is the first response.',
        params: IdParams,
        body: MessageBody,
        response: {
          201: Type.Object({ ticket: TicketDetailSchema, messageId: Type.String({ format: 'uuid' }), followUp: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const viewer = viewerOf(req);
      const kind: 'public' | 'note' = req.body.kind ?? 'public';
      if (!viewer.canWork && (kind === 'note' || req.body.status !== undefined)) {
        throw new AppError('FORBIDDEN', 'Notes and status changes need the permission ticket.work', { permission: 'ticket.work' });
      }
      const later: AfterCommit[] = [];
      const result = await inTenantScope(db, readScope(req), async (tx) => {
        const ticket = await ticketDetail(tx, viewer, req.params.id);
        if (!viewer.canWork && ticket.requesterEmployeeId !== p.employeeId) {
          throw new AppError('FORBIDDEN', 'Only the requester or the desk can reply on this ticket');
        }
        const author: TicketAuthor = viewer.canWork
          ? { kind: 'agent', accountId: p.id, employeeId: null, name: p.displayName }
          : { kind: 'requester', accountId: p.id, employeeId: p.employeeId, name: ticket.requesterName };
        const added = await addMessage(
          tx,
          {
            tenantId: ticket.tenantId,
            ticketId: ticket.id,
            kind,
            author,
            body: req.body.body,
            channel: 'web',
            ...(req.body.status ? { setStatus: req.body.status } : {}),
            actor: actorOfRequest(req),
          },
          opts.settings,
        );
        if (!added.duplicate && opts.afterChange) later.push(await opts.afterChange(tx, added.ticket));
        return { ticket: await ticketDetail(tx, viewer, added.ticket.id), messageId: added.message.id, followUp: added.followUp };
      });
      for (const run of later) await run();
      return reply.code(201).send(result);
    },
  );

  app.patch(
    '/api/v1/tickets/:id',
    {
      config: { access: 'ticket.work' },
      schema: {
        operationId: 'updateTicket',
        tags,
        summary: 'Change a ticket’s status, priority, category, assignee, team, tags or subject (with the version you saw)',
        params: IdParams,
        body: PatchTicketBody,
        response: { 200: TicketDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const viewer = viewerOf(req);
      const { version, ...patch } = req.body;
      if (patch.assigneeAccountId) {
        // Outside the update's transaction: the staff list is read in a transaction of its own
        // (the embedded database has one connection).
        const { tenantId } = await inTenantScope(db, readScope(req), (tx) => ticketDetail(tx, viewer, req.params.id));
        const staff = await opts.assignees(tenantId);
        if (!staff.some((s) => s.accountId === patch.assigneeAccountId)) {
          throw validationFailed([{ path: '/assigneeAccountId', message: 'not a desk member serving this enterprise' }]);
        }
      }
      const later: AfterCommit[] = [];
      const detail = await inTenantScope(db, readScope(req), async (tx) => {
        const ticket = await ticketDetail(tx, viewer, req.params.id);
        const updated = await updateTicket(tx, {
          tenantId: ticket.tenantId,
          ticketId: ticket.id,
          patch,
          expectedVersion: version,
          actor: actorOfRequest(req),
          settings: opts.settings,
        });
        if (opts.afterChange) later.push(await opts.afterChange(tx, updated));
        return ticketDetail(tx, viewer, ticket.id);
      });
      for (const run of later) await run();
      return detail;
    },
  );
}
