import { and, asc, eq, inArray, lt, or } from 'drizzle-orm';
import { inSystemScope, inTenantScope } from '../../../platform/db/scope.ts';
import { continueWorkflow, resumeWorkflow } from '../../../platform/workflow/index.ts';
import { loadOrder } from '../../orders/index.ts';
import { workflowRuns } from '../schema.ts';
import { workflowRunStore } from '../workflow/workflow-run-store.ts';
import type { BookingDeps } from './booking-deps.ts';
import { BOOKING_WORKFLOW, bookingStepReporter, bookingWorkflow, type BookingInput } from './booking-workflow.ts';

/** How long a run may sit 'running' before it counts as left behind by a stopped process (a supplier call's deadline is 10 s). */
const STALE_AFTER_MS = 120_000;

/**
 * Carries booking runs on: those waiting at their approval whose order has been decided (approved:
 * book; rejected or cancelled: release the hold), and those a stopped process left mid-step. The
 * approval is decided elsewhere (the approval module moves the order), so this runs after every
 * order change (kick) and every few seconds, and once at start. Resuming is idempotent: a run
 * someone else moved on is left alone. Returns how many runs it moved.
 */
export async function resumeBookings(deps: BookingDeps, limit = 100, now = new Date()): Promise<number> {
  // A run 'running' or 'compensating' is being driven by someone, unless it has not moved for a
  // while: then the process driving it stopped, and it is carried on here.
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  const runs = await inSystemScope(deps.db, (tx) =>
    tx
      .select({
        id: workflowRuns.id,
        tenantId: workflowRuns.tenantId,
        subjectId: workflowRuns.subjectId,
        status: workflowRuns.status,
        context: workflowRuns.context,
      })
      .from(workflowRuns)
      .where(
        and(
          eq(workflowRuns.kind, BOOKING_WORKFLOW),
          or(
            eq(workflowRuns.status, 'waiting'),
            and(inArray(workflowRuns.status, ['running', 'compensating']), lt(workflowRuns.updatedAt, stale)),
          ),
        ),
      )
      .orderBy(asc(workflowRuns.updatedAt))
      .limit(limit),
  );
  const workflow = bookingWorkflow(deps);
  let moved = 0;
  for (const run of runs) {
    const input = run.context.input as BookingInput;
    const options = { store: workflowRunStore(deps.db, run.tenantId), onStep: bookingStepReporter(deps, run.tenantId, input.trackingCode) };
    if (run.status === 'waiting') {
      const order = await inTenantScope(deps.db, [run.tenantId], (tx) => loadOrder(tx, run.tenantId, run.subjectId));
      if (order.status === 'pending_approval') continue;
      const result = await resumeWorkflow(workflow, options, { id: run.id, step: 'approval', data: { status: order.status } });
      if (result.acted) moved++;
    } else {
      const result = await continueWorkflow(workflow, options, run.id);
      if (result.acted) moved++;
    }
  }
  return moved;
}

export interface BookingResumer {
  /** Look now (an order changed). */
  kick(): void;
  stop(): Promise<void>;
}

/** Runs resumeBookings every `intervalMs` and when kicked, one pass at a time. */
export function startBookingResumer(
  deps: BookingDeps,
  opts: { intervalMs?: number; onError?: (err: unknown) => void } = {},
): BookingResumer {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  const pass = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = resumeBookings(deps)
      .then(() => undefined)
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          pass();
        }
      });
  };
  const timer = setInterval(pass, opts.intervalMs ?? 3_000);
  timer.unref();
  pass();
  return {
    kick: () => setTimeout(pass, 20).unref(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
