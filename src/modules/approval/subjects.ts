import type { Db } from '../../platform/db/database.ts';
import type { JobRunner } from '../../platform/jobs/job-runner.ts';
import { travelRequestSubject } from '../travel/follow-approval.ts';
import type { ApprovalDeps, SubjectRegistry } from './approval-work.ts';
import { runnerScheduler, type Scheduler } from './timers/scheduler.ts';

/** The subjects approvals are run for, by type (orders join when booking does). */
export const approvalSubjects: SubjectRegistry = { travel_request: travelRequestSubject };

export const approvalDeps = (db: Db, scheduler: Scheduler): ApprovalDeps => ({ db, scheduler, subjects: approvalSubjects });

/** What routes use: the job runner of the running server, when there is one. */
export const approvalDepsOf = (deps: { database: { db: Db }; jobs?: JobRunner }): ApprovalDeps => approvalDeps(deps.database.db, runnerScheduler(deps.jobs));
