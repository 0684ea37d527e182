import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import type { ApprovalInstance, ApprovalStatus } from './engine/index.ts';
import type { Scheduler } from '../../platform/jobs/scheduler.ts';
import { flushTimers, type TimerRequest } from './timers/stage-timeout.ts';
import type { Actor } from '../access/index.ts';

/** What an approval is for ('travel_request', 'order' …): a key of the subject registry. */
export type SubjectType = string;

/** One leg of a subject's itinerary (city names as the subject holds them, China dates). */
export interface SubjectLeg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate: string | null;
}

/** Something an approver should see before deciding: over budget, out of policy … (code, and the requester's note). */
export interface SubjectFlag {
  code: string;
  note: string | null;
}

/** What the inbox shows of a subject beside its reference and amount. */
export interface SubjectBrief {
  itinerary: SubjectLeg[];
  flags: SubjectFlag[];
}

/** What the approval service asks of the module that owns the subject (a travel request, an order). */
export interface SubjectHooks {
  /** Locks the subject's row: every change of a subject and its approval takes this lock first. */
  lock(tx: Tx, tenantId: string, subjectId: string): Promise<void>;
  /** Reference and title, for notifications and the inbox. */
  describe(tx: Tx, tenantId: string, subjectId: string): Promise<{ code: string; title: string } | null>;
  /** Itinerary and flags of many subjects at once, for the inbox; a subject type without them shows none. */
  brief?(tx: Tx, tenantId: string, subjectIds: readonly string[]): Promise<Map<string, SubjectBrief>>;
  /** Where a notification leads in the console. */
  link(subjectId: string): string;
  /** The approval's status changed (pending, returned or a final state): bring the subject along. */
  statusChanged(
    work: ApprovalWork,
    change: { subjectId: string; instance: ApprovalInstance; previous: ApprovalStatus | null },
  ): Promise<void>;
}

/** The subjects approvals run for, by type; the composition root registers them (src/approval-subjects.ts). */
export type SubjectRegistry = Readonly<Record<SubjectType, SubjectHooks>>;

/** The services approval use cases are given (by routes, jobs, the seed). */
export interface ApprovalDeps {
  db: Db;
  scheduler: Scheduler;
  subjects: SubjectRegistry;
}

/** One unit of work: a tenant transaction, the time, who acts, and timers to send after the commit. */
export interface ApprovalWork {
  tx: Tx;
  tenantId: string;
  now: Date;
  actor: Actor;
  subjects: SubjectRegistry;
  timers: TimerRequest[];
}

export function hooksFor(work: Pick<ApprovalWork, 'subjects'>, subjectType: SubjectType): SubjectHooks {
  const hooks = work.subjects[subjectType];
  if (!hooks) throw new Error(`no approval subject hooks for ${subjectType}`);
  return hooks;
}

/**
 * Runs fn in one transaction of the tenant; once it has committed, sends the timers it asked for
 * (sent after the commit, so a rolled-back change leaves no timer behind).
 */
export async function runApprovalWork<T>(
  deps: ApprovalDeps,
  args: { tenantId: string; actor: Actor; now?: Date },
  fn: (work: ApprovalWork) => Promise<T>,
): Promise<T> {
  const timers: TimerRequest[] = [];
  const result = await inTenantScope(deps.db, [args.tenantId], (tx) =>
    fn({ tx, tenantId: args.tenantId, now: args.now ?? new Date(), actor: args.actor, subjects: deps.subjects, timers }),
  );
  await flushTimers(deps.scheduler, timers);
  return result;
}
