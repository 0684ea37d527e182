/**
 * The support desk's wiring at the composition root: tickets link orders through the orders
 * module (by tracking code, as the viewer may see them) and are assigned to the operator staff the
 * auth module keeps serving each enterprise (those whose roles work tickets).
 */
import { isOperatorRole, isRole, permissionsOf } from '../modules/access/index.ts';
import { listOperators } from '../modules/auth/index.ts';
import { loadVisibleOrder, parseTrackingCode } from '../modules/orders/index.ts';
import { DEFAULT_TICKET_SETTINGS, ticketRoutes, type TicketRouteOptions } from '../modules/tickets/index.ts';
import type { RouteModule } from '../platform/http/app.ts';
import type { AppDeps } from '../platform/http/types.ts';
import { AppError } from '../platform/errors/app-error.ts';
import { runnerScheduler } from '../platform/jobs/scheduler.ts';
import { slaAfterChange } from './ticket-sla.ts';

export function ticketOptionsOf(deps: AppDeps): TicketRouteOptions {
  return {
    settings: DEFAULT_TICKET_SETTINGS,
    afterChange: slaAfterChange(runnerScheduler(deps.jobs)),
    async findOrder(tx, tenantId, code, viewer) {
      const parsed = parseTrackingCode(code);
      if (!parsed) return null;
      try {
        const order = await loadVisibleOrder(tx, tenantId, viewer, { code: parsed.code }, { approvers: false });
        return { orderId: order.id, trackingCode: order.trackingCode };
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
        throw err;
      }
    },
    async assignees(tenantId) {
      const staff = await listOperators(deps.database.db, [tenantId], tenantId);
      return staff.filter((s) => permissionsOf(s.roles.filter(isRole).filter(isOperatorRole)).has('ticket.work'));
    },
  };
}

export const supportRoutes: RouteModule = (app, deps) => ticketRoutes(app, deps, ticketOptionsOf(deps));
