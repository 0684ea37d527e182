import { inTenantScope } from '../../../platform/db/scope.ts';
import { done, wait, type Json, type StepReport, type Workflow } from '../../../platform/workflow/index.ts';
import { systemActor } from '../../access/index.ts';
import { runApprovalWork } from '../../approval/index.ts';
import { cancelOrder, failOrder, loadOrder, recordBookingRef, startBooking } from '../../orders/index.ts';
import type { SupplierCategory } from '../../suppliers/index.ts';
import { recordChange } from '../../timeline/index.ts';
import type { BookingDeps } from './booking-deps.ts';

/** What a booking run carries (plain JSON, saved with the run). */
export type BookingInput = {
  tenantId: string;
  orderId: string;
  trackingCode: string;
  category: SupplierCategory;
  supplierCode: string;
  offerId: string;
  passengers: { name: string; phone: string | null }[];
};

export const BOOKING_WORKFLOW = 'order_booking';

const asInput = (input: Json): BookingInput => input as BookingInput;
const holdOf = (output: Json | undefined): string | null =>
  output !== null && typeof output === 'object' && !Array.isArray(output) && typeof output.holdId === 'string' ? output.holdId : null;

/**
 * 预订流程 as a workflow of steps with compensations (Medusa's model): hold the offer with the
 * supplier (undo: release it) → wait for the order's approval when it needs one (a rejection fails
 * the run, so the hold is released) → book with the supplier against the hold. Ticketing or
 * confirmation then arrives as the supplier's event (ingestion → orders). Payment is company
 * settlement (统一结算, monthly against the budgets the order occupies) or the traveller's own:
 * no card is taken here, so there is no payment step to undo.
 */
export function bookingWorkflow(deps: BookingDeps): Workflow {
  const { gateway } = deps;
  return {
    kind: BOOKING_WORKFLOW,
    steps: [
      {
        name: 'hold',
        async run(ctx) {
          const input = asInput(ctx.input);
          const hold = await gateway.hold(input.category, input.supplierCode, {
            offerId: input.offerId,
            passengers: input.passengers,
            orderRef: input.trackingCode,
            idempotencyKey: `${input.orderId}:hold`,
          });
          return done({ holdId: hold.holdId, expiresAt: hold.expiresAt, priceFen: hold.priceFen });
        },
        async compensate(ctx, output) {
          const input = asInput(ctx.input);
          const holdId = holdOf(output);
          if (holdId !== null) await gateway.release(input.category, input.supplierCode, holdId);
        },
      },
      {
        name: 'approval',
        async run(ctx) {
          const input = asInput(ctx.input);
          const order = await inTenantScope(deps.db, [input.tenantId], (tx) => loadOrder(tx, input.tenantId, input.orderId));
          if (order.status === 'approved' || order.status === 'booking') return done({ decided: order.status });
          if (order.status === 'pending_approval') return wait('the order waits for its approval');
          throw new Error(order.status === 'rejected' ? 'the approval was rejected' : `the order is ${order.status}`);
        },
      },
      {
        name: 'book',
        async run(ctx) {
          const input = asInput(ctx.input);
          const holdId = holdOf(ctx.outputs.hold);
          if (holdId === null) throw new Error('no hold to book against');
          const work = { tenantId: input.tenantId, actor: systemActor('booking') };
          await runApprovalWork(deps.approvals, work, async (w) => {
            // Locked: a step may run again (after a crash, or a second driver); only one moves the order.
            const order = await loadOrder(w.tx, input.tenantId, input.orderId, true);
            if (order.status === 'approved') await startBooking({ ...w, onOrderChange: deps.onOrderChange }, input.orderId, { holdId });
          });
          const booking = await gateway.book(input.category, input.supplierCode, {
            holdId,
            orderRef: input.trackingCode,
            idempotencyKey: `${input.orderId}:book`,
          });
          await runApprovalWork(deps.approvals, work, (w) =>
            recordBookingRef({ ...w, onOrderChange: deps.onOrderChange }, input.orderId, booking.bookingRef),
          );
          return done({ bookingRef: booking.bookingRef, status: booking.status });
        },
        async compensate(ctx, output) {
          const input = asInput(ctx.input);
          const ref = output !== null && typeof output === 'object' && !Array.isArray(output) ? output.bookingRef : null;
          if (typeof ref === 'string')
            await gateway.cancel(input.category, input.supplierCode, {
              bookingRef: ref,
              orderRef: input.trackingCode,
              idempotencyKey: `${input.orderId}:undo-book`,
            });
        },
      },
    ],
  };
}

/**
 * Each step's outcome on the order's timeline (in plain words for the traveller); a run that
 * failed in a supplier step leaves the order failed (or cancelled, when nothing was booked yet), saying why. A rejected approval has moved the
 * order already.
 */
export function bookingStepReporter(deps: BookingDeps, tenantId: string, trackingCode: string) {
  return async (report: StepReport): Promise<void> => {
    await runApprovalWork(deps.approvals, { tenantId, actor: systemActor('booking') }, async (w) => {
      await recordChange(w.tx, {
        tenantId,
        actor: w.actor,
        entityType: 'order',
        entityId: report.subjectId,
        type: 'order.booking_step',
        summary: `Order ${trackingCode}: booking step ${report.step} ${report.event}`,
        data: {
          code: trackingCode,
          step: report.step,
          event: report.event,
          ...(report.error ? { error: report.error } : {}),
          ...(report.reason ? { reason: report.reason } : {}),
          ...(report.because ? { becauseStep: report.because.step, becauseError: report.because.error } : {}),
        },
        at: w.now,
      });
      if (report.event === 'failed' && report.step !== 'approval') {
        const order = await loadOrder(w.tx, tenantId, report.subjectId);
        const why = report.error ?? 'the supplier failed';
        // Booking with the supplier failed: 预订失败. Before that (the hold), the order is called off.
        if (order.status === 'booking') await failOrder({ ...w, onOrderChange: deps.onOrderChange }, report.subjectId, why);
        else if (order.status === 'approved' || order.status === 'pending_approval')
          await cancelOrder({ ...w, onOrderChange: deps.onOrderChange }, report.subjectId, { reason: why, bySupplier: true });
      }
    });
  };
}
