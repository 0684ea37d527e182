import type { ApprovalEffect, ApprovalEvent, EngineResult, NotifyTemplate } from './events.ts';
import type { StageDefinition } from './flow-definition.ts';
import { type ApprovalInstance, type StageState, type StepState, SYSTEM } from './instance.ts';
import type { OrgDirectory } from './org-directory.ts';

/**
 * One call of the engine in progress: a private copy of the instance that the call changes, and
 * the events and effects it produces. The caller's instance is never touched.
 */
export interface Transition {
  instance: ApprovalInstance;
  directory: OrgDirectory;
  now: Date;
  at: string;
  events: ApprovalEvent[];
  effects: ApprovalEffect[];
}

export function beginTransition(instance: ApprovalInstance, directory: OrgDirectory, now: Date): Transition {
  return { instance: structuredClone(instance), directory, now, at: now.toISOString(), events: [], effects: [] };
}

export function finishTransition(tx: Transition): EngineResult {
  if (tx.events.length > 0) {
    tx.instance.revision += 1;
    tx.instance.updatedAt = tx.at;
  }
  return { instance: tx.instance, events: tx.events, effects: tx.effects };
}

export function record(tx: Transition, event: Omit<ApprovalEvent, 'at'>): void {
  // Optional fields are left out rather than undefined, so the stored JSON reads back identical.
  const entry: ApprovalEvent = { type: event.type, at: tx.at, by: event.by, data: event.data };
  if (event.onBehalfOf !== undefined) entry.onBehalfOf = event.onBehalfOf;
  if (event.stageId !== undefined) entry.stageId = event.stageId;
  if (event.comment !== undefined) entry.comment = event.comment;
  tx.events.push(entry);
  tx.instance.history.push(entry);
}

export function notify(tx: Transition, to: Iterable<string | null>, template: NotifyTemplate, data: Record<string, unknown> = {}): void {
  const recipients = [...new Set([...to].filter((id): id is string => id !== null && id !== SYSTEM))];
  if (recipients.length === 0) return;
  const { id, subject } = tx.instance;
  const about = { instanceId: id, requesterId: subject.requesterId, category: subject.category, amountFen: subject.amountFen };
  tx.effects.push({ type: 'notify', to: recipients, template, data: { ...about, ...data } });
}

export interface Position {
  index: number;
  stage: StageState;
  definition: StageDefinition;
}

/** The stage a position names, with its definition (they are kept index-aligned). */
export function positionAt(instance: ApprovalInstance, index: number): Position {
  const stage = instance.stages[index];
  const definition = instance.flow.stages[index];
  if (stage === undefined || definition === undefined || stage.id !== definition.id)
    throw new Error(`approval instance ${instance.id}: no stage ${index}`);
  return { index, stage, definition };
}

export function currentPosition(instance: ApprovalInstance): Position | null {
  return instance.currentStageIndex === null ? null : positionAt(instance, instance.currentStageIndex);
}

export function currentStep(stage: StageState): StepState {
  const step = stage.steps[stage.currentStepIndex];
  if (step === undefined) throw new Error(`approval stage ${stage.id}: no step ${stage.currentStepIndex}`);
  return step;
}

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/** Sets the stage's next timeout and asks the service to (re)schedule its timer. */
export function scheduleDue(tx: Transition, position: Position, minutes: number): void {
  const at = addMinutes(tx.now, minutes);
  position.stage.dueAt = at.toISOString();
  tx.effects.push({ type: 'schedule_timeout', instanceId: tx.instance.id, stageId: position.stage.id, at });
}
