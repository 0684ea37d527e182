import { type ApprovalDeps, type SubjectRegistry } from './modules/approval/index.ts';
import { runnerScheduler, type Scheduler } from './platform/jobs/scheduler.ts';
import { travelRequestSubject } from './modules/travel/index.ts';
import { budgetAdjustmentSubject } from './modules/budget/index.ts';
import { orderSubjectWith } from './modules/orders/index.ts';
import { orderWebhooks } from './supply/order-webhooks.ts';
import type { Db } from './platform/db/database.ts';
import type { AppDeps } from './platform/http/types.ts';

/**
 * What approvals are run for, by subject type. The approval module knows subjects only through
 * its SubjectHooks interface; each owning module offers its hooks and registers them here (orders
 * and expense claims will join the same way).
 */
export const approvalSubjects: SubjectRegistry = {
  travel_request: travelRequestSubject,
  budget_adjustment: budgetAdjustmentSubject,
  order: orderSubjectWith(orderWebhooks),
};

/** The approval services over a database and a scheduler, with every registered subject. */
export const approvalDeps = (db: Db, scheduler: Scheduler): ApprovalDeps => ({ db, scheduler, subjects: approvalSubjects });

/** What routes use: the job runner of the running server, when there is one. */
export const approvalDepsOf = (deps: AppDeps): ApprovalDeps => approvalDeps(deps.database.db, runnerScheduler(deps.jobs));
