import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import type { SubjectType } from '../approval-work.ts';
import { type ApprovalInstance, pendingTasksOf } from '../engine/index.ts';
import { approvalInstances, approvalTasks } from '../schema.ts';

/** An instance as stored: the engine's state and what the row adds. */
export interface StoredInstance {
  instance: ApprovalInstance;
  subjectType: SubjectType;
  subjectId: string;
}

/** The subject as its hooks describe it (reference and title), kept on the row for the inbox. */
export interface SubjectDescription {
  code: string;
  title: string;
}

/** The engine's instance from a stored state (written by this module; checked for its shape). */
export function instanceFromState(state: unknown, id: string): ApprovalInstance {
  const s = state as Partial<ApprovalInstance> | null;
  if (s === null || typeof s !== 'object' || s.id !== id || !Array.isArray(s.stages) || !Array.isArray(s.history)) {
    throw new Error(`approval instance ${id}: stored state is not an instance`);
  }
  return s as ApprovalInstance;
}

export async function findInstance(tx: Tx, tenantId: string, id: string): Promise<StoredInstance | null> {
  const [row] = await tx
    .select({ state: approvalInstances.state, subjectType: approvalInstances.subjectType, subjectId: approvalInstances.subjectId })
    .from(approvalInstances)
    .where(and(eq(approvalInstances.tenantId, tenantId), eq(approvalInstances.id, id)));
  return row ? { instance: instanceFromState(row.state, id), subjectType: row.subjectType, subjectId: row.subjectId } : null;
}

export async function loadInstance(tx: Tx, tenantId: string, id: string): Promise<StoredInstance> {
  const found = await findInstance(tx, tenantId, id);
  if (!found) throw notFound('approval');
  return found;
}

const finishedAt = (i: ApprovalInstance) => (i.finishedAt === null ? null : new Date(i.finishedAt));

export async function insertInstance(tx: Tx, tenantId: string, stored: StoredInstance, about: SubjectDescription | null): Promise<void> {
  const { instance } = stored;
  await tx.insert(approvalInstances).values({
    tenantId,
    id: instance.id,
    flowId: instance.flowId,
    subjectType: stored.subjectType,
    subjectId: stored.subjectId,
    subjectCode: about?.code ?? null,
    subjectTitle: about?.title ?? null,
    requesterId: instance.subject.requesterId,
    status: instance.status,
    state: instance,
    revision: instance.revision,
    finishedAt: finishedAt(instance),
  });
}

/** Writes the new state if nobody else wrote since `before` was read (optimistic locking); CONCURRENT_UPDATE otherwise. */
export async function updateInstance(
  tx: Tx,
  tenantId: string,
  before: ApprovalInstance,
  after: ApprovalInstance,
  about: SubjectDescription | null,
): Promise<void> {
  const written = await tx
    .update(approvalInstances)
    .set({
      status: after.status,
      state: after,
      revision: after.revision,
      finishedAt: finishedAt(after),
      subjectCode: about?.code ?? null,
      subjectTitle: about?.title ?? null,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(approvalInstances.tenantId, tenantId), eq(approvalInstances.id, after.id), eq(approvalInstances.revision, before.revision)),
    )
    .returning({ id: approvalInstances.id });
  if (written.length === 0) throw new AppError('CONCURRENT_UPDATE', undefined, { entity: 'approval', id: after.id });
}

/** Replaces the instance's inbox rows with who can act on it now. */
export async function replaceTasks(tx: Tx, tenantId: string, instance: ApprovalInstance): Promise<void> {
  await tx.delete(approvalTasks).where(and(eq(approvalTasks.tenantId, tenantId), eq(approvalTasks.instanceId, instance.id)));
  const tasks = pendingTasksOf(instance);
  if (tasks.length === 0) return;
  await tx.insert(approvalTasks).values(
    tasks.map((t) => ({
      tenantId,
      instanceId: instance.id,
      approverId: t.approverId,
      stageId: t.stageId,
      onBehalfOf: t.onBehalfOf,
      since: new Date(t.since),
      dueAt: t.dueAt === null ? null : new Date(t.dueAt),
    })),
  );
}
