import { expect } from 'vitest';
import type { ApprovalAction } from '../actions.ts';
import { act } from '../act.ts';
import { ApprovalError, type ApprovalErrorCode } from '../approval-error.ts';
import type { ApprovalEffect, EngineResult } from '../events.ts';
import type { ApprovalSubject, ApproverRule, FlowDefinition, StageDefinition } from '../flow-definition.ts';
import type { ApprovalInstance } from '../instance.ts';
import type { OrgDirectory } from '../org-directory.ts';
import { directoryFromSnapshot, type OrgSnapshot } from '../org-snapshot.ts';
import { start } from '../start.ts';

/**
 * A small company for the engine's tests.
 *
 *   hq (head ceo)
 *   ├── sales (head vp)
 *   │   └── east (no head: its head is vp, the next one up)
 *   └── fin (head cfo)
 *
 *   ceo ← vp ← lead ← alice, bob        ceo ← cfo ← fin1, fin2 (finance role; cfo too)
 *   ceo ← admin (travel_admin)          pm owns project p1; gone (finance role) has left
 *   cfo owns cost centre cc1; cc2 and project p2 have no owner
 *   assistant acts for lead (委托) from 2025-03-01 to 2025-03-10; bob acts for vp from 2025-03-01 on.
 */
export const org: OrgSnapshot = {
  departments: [
    { id: 'hq', parentId: null, headId: 'ceo' },
    { id: 'sales', parentId: 'hq', headId: 'vp' },
    { id: 'east', parentId: 'sales', headId: null },
    { id: 'fin', parentId: 'hq', headId: 'cfo' },
  ],
  employees: [
    { id: 'ceo', managerId: null, departmentId: 'hq', active: true },
    { id: 'vp', managerId: 'ceo', departmentId: 'sales', active: true },
    { id: 'lead', managerId: 'vp', departmentId: 'east', active: true },
    { id: 'alice', managerId: 'lead', departmentId: 'east', active: true },
    { id: 'bob', managerId: 'lead', departmentId: 'east', active: true },
    { id: 'assistant', managerId: 'lead', departmentId: 'east', active: true },
    { id: 'cfo', managerId: 'ceo', departmentId: 'fin', active: true, roles: ['finance'] },
    { id: 'fin1', managerId: 'cfo', departmentId: 'fin', active: true, roles: ['finance'] },
    { id: 'fin2', managerId: 'cfo', departmentId: 'fin', active: true, roles: ['finance'] },
    { id: 'gone', managerId: 'cfo', departmentId: 'fin', active: false, roles: ['finance'] },
    { id: 'admin', managerId: 'ceo', departmentId: 'hq', active: true, roles: ['travel_admin'] },
    { id: 'pm', managerId: 'vp', departmentId: 'sales', active: true },
  ],
  projects: [
    { id: 'p1', ownerId: 'pm' },
    { id: 'p2', ownerId: null },
  ],
  costCentres: [
    { id: 'cc1', ownerId: 'cfo' },
    { id: 'cc2', ownerId: null },
  ],
  delegations: [
    { from: 'lead', to: 'assistant', startsAt: '2025-03-01T00:00:00.000Z', endsAt: '2025-03-10T00:00:00.000Z' },
    { from: 'vp', to: 'bob', startsAt: '2025-03-01T00:00:00.000Z', endsAt: null },
  ],
};

export const directory: OrgDirectory = directoryFromSnapshot(org);

/** Directory variants: the same org with some changes. */
export function orgWith(change: (snapshot: OrgSnapshot) => void): OrgDirectory {
  const copy = structuredClone(org);
  change(copy);
  return directoryFromSnapshot(copy);
}

/** Before any delegation is in force. */
export const FEB = new Date('2025-02-03T09:00:00.000Z');
/** While assistant acts for lead. */
export const MAR = new Date('2025-03-05T09:00:00.000Z');
export const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

export function subject(overrides: Partial<ApprovalSubject> = {}): ApprovalSubject {
  return {
    category: 'flight',
    amountFen: 250_000,
    departmentId: 'east',
    departmentChain: ['east', 'sales', 'hq'],
    outOfPolicy: false,
    projectId: null,
    requesterId: 'alice',
    ...overrides,
  };
}

export function stage(id: string, approvers: ApproverRule, overrides: Partial<StageDefinition> = {}): StageDefinition {
  return { id, name: id, approvers, mode: 'any', onEmpty: { kind: 'skip' }, ...overrides };
}

export function flow(stages: StageDefinition[], overrides: Partial<FlowDefinition> = {}): FlowDefinition {
  return { id: 'flow', name: 'Flow', priority: 10, conditions: [], stages, ...overrides };
}

export function begin(
  definition: FlowDefinition,
  options: { subject?: ApprovalSubject; at?: Date; dir?: OrgDirectory } = {},
): EngineResult {
  return start(definition, options.subject ?? subject(), options.dir ?? directory, options.at ?? FEB, { instanceId: 'inst-1' });
}

/** Applies actions one after another at the same time; returns the last result. */
export function run(instance: ApprovalInstance, actions: ApprovalAction[], at: Date = FEB, dir: OrgDirectory = directory): EngineResult {
  let result: EngineResult = { instance, events: [], effects: [] };
  for (const action of actions) result = act(result.instance, action, dir, at);
  return result;
}

export function refusal(fn: () => unknown): ApprovalErrorCode {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApprovalError) return error.code;
    throw error;
  }
  throw new Error('expected an ApprovalError');
}

export const eventTypes = (result: EngineResult) => result.events.map((e) => e.type);

export function notified(effects: ApprovalEffect[], template: string): string[] {
  return effects.flatMap((e) => (e.type === 'notify' && e.template === template ? e.to : []));
}

/** Who each step of a stage names, and their slot statuses. */
export function slotsOf(instance: ApprovalInstance, stageIndex: number): [string, string][][] {
  return (instance.stages[stageIndex]?.steps ?? []).map((step) => step.approvers.map((s) => [s.approverId, s.status]));
}

export function expectPending(instance: ApprovalInstance, ids: string[]): void {
  expect(instance.status).toBe('pending');
  const stageIndex = instance.currentStageIndex ?? -1;
  const stage = instance.stages[stageIndex];
  const step = stage?.steps[stage.currentStepIndex];
  expect(step?.approvers.filter((s) => s.status === 'pending').map((s) => s.approverId)).toEqual(ids);
}
