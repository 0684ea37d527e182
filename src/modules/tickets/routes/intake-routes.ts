import { Type } from '@sinclair/typebox';
import { inSystemScope, inTenantScope } from '../../../platform/db/scope.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { errorResponses, IdParams, pageOf, Timestamp, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { actorOfRequest, principalOf } from '../../access/index.ts';
import { employeeLabels } from '../../org/index.ts';
import { createTicket } from '../create-ticket.ts';
import { TICKET_CATEGORIES } from '../engine/ticket-lifecycle.ts';
import { listIntakeReviews, lockOpenReview, resolveReview, type IntakeReviewRow } from '../intake-reviews.ts';

const tags = ['tickets'];
const nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

const ReviewSchema = Type.Object({
  id: Uuid,
  channel: Type.String(),
  reason: Type.String({ description: 'unknown_sender, ambiguous_sender, no_sender, not_the_requester' }),
  sender: nullable(Type.String()),
  senderName: nullable(Type.String()),
  subject: Type.String(),
  body: Type.String(),
  receivedAt: Timestamp,
});

const viewOf = (r: IntakeReviewRow) => ({
  id: r.id,
  channel: r.channel,
  reason: r.reason,
  sender: r.sender,
  senderName: r.senderName,
  subject: r.subject,
  body: r.body,
  receivedAt: r.receivedAt.toISOString(),
});

/** 待核实来信: the desk reviews what a channel could not attribute — makes it a ticket, or discards it. */
export function intakeReviewRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/tickets/intake-reviews',
    {
      config: { access: 'ticket.work' },
      schema: {
        operationId: 'listIntakeReviews',
        tags,
        summary: 'Messages no ticket could take (an unknown sender …), newest first, waiting for the desk',
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: pageOf(ReviewSchema), ...errorResponses },
      },
    },
    async (req) => {
      const page = await listIntakeReviews(db, { limit: req.query.limit ?? 50, ...(req.query.cursor ? { cursor: req.query.cursor } : {}) });
      return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tickets/intake-reviews/:id/ticket',
    {
      config: { access: 'ticket.work' },
      schema: {
        operationId: 'ticketFromIntakeReview',
        tags,
        summary: 'Make a reviewed message a ticket for an employee of an enterprise you serve',
        params: IdParams,
        body: Type.Object(
          {
            tenantId: Uuid,
            requesterEmployeeId: Uuid,
            category: Type.Optional(Type.Union(TICKET_CATEGORIES.map((c) => Type.Literal(c)))),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ ticketId: Uuid, tenantId: Uuid }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { tenantId, requesterEmployeeId } = req.body;
      if (!principalOf(req).tenantIds.includes(tenantId)) throw new AppError('NOT_FOUND', 'Tenant not found', { entity: 'tenant' });
      const actor = actorOfRequest(req);
      const review = await inSystemScope(db, (tx) => lockOpenReview(tx, req.params.id));
      const ticket = await inTenantScope(db, [tenantId], async (tx) => {
        const label = (await employeeLabels(tx, tenantId, [requesterEmployeeId])).get(requesterEmployeeId);
        if (!label?.active)
          throw new AppError('REFERENCE_NOT_FOUND', 'No active employee of this enterprise has this id', { path: '/requesterEmployeeId' });
        const created = await createTicket(tx, {
          tenantId,
          subject: review.subject,
          body: review.body,
          category: req.body.category ?? 'inquiry',
          channel: review.channel,
          language: /[\u3400-\u9fff]/.test(review.body) ? 'zh-CN' : 'en',
          requester: { employeeId: requesterEmployeeId, name: label.name },
          author: { kind: 'requester', accountId: null, employeeId: requesterEmployeeId, name: label.name },
          actor,
          ...(review.externalId ? { sourceRef: review.externalId, externalMessageId: review.externalId } : {}),
          at: review.receivedAt,
        });
        return created.ticket;
      });
      await inSystemScope(db, async (tx) =>
        resolveReview(tx, await lockOpenReview(tx, review.id), actor, {
          resolution: 'ticket',
          ticketTenantId: tenantId,
          ticketId: ticket.id,
        }),
      );
      return reply.code(201).send({ ticketId: ticket.id, tenantId });
    },
  );

  app.post(
    '/api/v1/tickets/intake-reviews/:id/discard',
    {
      config: { access: 'ticket.work' },
      schema: {
        operationId: 'discardIntakeReview',
        tags,
        summary: 'Discard a reviewed message (spam, not for the desk), with a reason',
        params: IdParams,
        body: Type.Object({ note: TrimmedText(500, 'Why') }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOfRequest(req);
      await inSystemScope(db, async (tx) =>
        resolveReview(tx, await lockOpenReview(tx, req.params.id), actor, { resolution: 'discarded', note: req.body.note.trim() }),
      );
      return reply.status(204).send(null);
    },
  );
}
