import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams, TrimmedText, Uuid } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { actorOfRequest, can, principalOf, writeTenant } from '../../access/index.ts';
import type { OrderRow } from '../../orders/index.ts';
import { cancelBooking, changeBooking, refundBooking } from '../book/after-sale.ts';
import type { Booker, BookingDeps } from '../book/booking-deps.ts';
import { placeOrder, type PlaceOrderRequest } from '../book/place-order.ts';
import type { SearchRequest } from '../search/search-types.ts';
import { checkSearchRequest } from '../search/search-query.ts';
import { SearchBody } from './search-schemas.ts';

const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$' });
const Reason = Type.Object(
  { code: Type.Optional(Code), text: Type.Optional(TrimmedText(500, '超标原因 in words')) },
  { additionalProperties: false, description: '超标原因: a reason code of the policy, words, or both' },
);
const OrderBrief = Type.Object({
  id: Uuid,
  trackingCode: Type.String(),
  category: Type.String(),
  status: Type.String(),
  amountFen: Type.Integer(),
  compliant: Type.Boolean(),
  travelRequestId: Type.Union([Uuid, Type.Null()]),
});
const brief = (o: OrderRow) => ({
  id: o.id,
  trackingCode: o.trackingCode,
  category: o.category,
  status: o.status,
  amountFen: o.amountFen,
  compliant: o.compliant,
  travelRequestId: o.travelRequestId,
});

function bookerOf(req: Parameters<typeof principalOf>[0]): Booker {
  const principal = principalOf(req);
  return {
    tenantId: writeTenant(req),
    actor: actorOfRequest(req),
    employeeId: principal.employeeId,
    canBookSelf: can(req, 'booking.self'),
    canBookOthers: can(req, 'booking.others'),
    canManage: can(req, 'order.manage'),
  };
}

const ACCESS_NOTE =
  'Any signed-in caller: booking for yourself needs booking.self, for another employee (代订) booking.others; acting on an order needs to have booked it or to travel on it, or order.manage (support).';

/** 下单, and after-sale actions on an order (取消, 退票, 改签). Thin: the work is in book/. */
export function orderActionRoutes(app: App, deps: AppDeps, booking: BookingDeps): void {
  app.post(
    '/api/v1/booking/orders',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'placeOrder',
        tags: ['booking'],
        summary: 'Book an option from a search (下单)',
        description: `${ACCESS_NOTE} The search is run again to verify the offer (验价: 409 OFFER_UNAVAILABLE when it is gone) and the policy as it is now (POLICY_BLOCKED; REASON_REQUIRED for an out-of-policy option without 超标原因). The order gets its tracking code and, when it needs approval, waits in pending_approval; the booking workflow holds the offer, waits for the approval, then books. Ticketing or confirmation follows as the supplier's event. The answer is the order as the run left it: when a supplier step fails, the earlier steps are undone and the order is failed (or cancelled, when nothing was booked yet), with workflow.status compensated and the reason on the order's timeline.`,
        body: Type.Object(
          {
            search: SearchBody,
            supplierCode: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
            offerId: Type.String({ pattern: '^[A-Za-z0-9._:~-]{1,300}$' }),
            reason: Type.Optional(Reason),
            paymentMode: Type.Optional(Type.Union([Type.Literal('company'), Type.Literal('personal')])),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            order: OrderBrief,
            workflow: Type.Object({ id: Uuid, status: Type.String(), step: Type.Union([Type.String(), Type.Null()]) }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const now = new Date();
      const body = req.body as PlaceOrderRequest;
      const placed = await placeOrder(booking, bookerOf(req), { ...body, search: checkSearchRequest(body.search, now) }, now);
      void reply.code(201);
      return { order: brief(placed.order), workflow: placed.workflow };
    },
  );

  const ReasonBody = Type.Object({ reason: Type.Optional(TrimmedText(500, 'Why')) }, { additionalProperties: false });
  for (const [action, summary, fn] of [
    ['cancel', 'Cancel an order (an issued one is refunded)', cancelBooking],
    ['refund', 'Refund an issued order (退票 / 退订)', refundBooking],
  ] as const) {
    app.post(
      `/api/v1/orders/:id/${action}`,
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: `${action}Order`,
          tags: ['orders'],
          summary,
          description: `${ACCESS_NOTE} The supplier is asked first; what it returns and keeps is on the order and its budgets.`,
          params: IdParams,
          body: ReasonBody,
          response: { 200: OrderBrief, ...errorResponses },
        },
      },
      async (req) => brief(await fn(booking, bookerOf(req), req.params.id, req.body.reason ?? null)),
    );
  }

  app.post(
    '/api/v1/orders/:id/change',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'changeOrder',
        tags: ['orders'],
        summary: 'Change an issued order to another option (改签): a child order',
        description: `${ACCESS_NOTE} The new option comes from a search of the same category with the order's supplier; the order becomes changed and a child order carries the new itinerary, fare difference and change fee.`,
        params: IdParams,
        body: Type.Object(
          { search: SearchBody, offerId: Type.String({ pattern: '^[A-Za-z0-9._:~-]{1,300}$' }), reason: Type.Optional(Reason) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ parent: OrderBrief, child: OrderBrief }), ...errorResponses },
      },
    },
    async (req) => {
      const now = new Date();
      const body = req.body as { search: SearchRequest; offerId: string; reason?: { code?: string; text?: string } };
      const [parent, child] = await changeBooking(
        booking,
        bookerOf(req),
        req.params.id,
        { ...body, search: checkSearchRequest(body.search, now) },
        now,
      );
      return { parent: brief(parent), child: brief(child) };
    },
  );
}
