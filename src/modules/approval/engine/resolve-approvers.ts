import type { ApprovalSubject, ApproverRule, StageDefinition } from './flow-definition.ts';
import type { SkipReason, SlotSource } from './instance.ts';
import { maxHierarchyDepth, nearestDepartmentHead, type OrgDirectory } from './org-directory.ts';

/**
 * Who a rule names, as steps asked one after another (a manager chain is one step per level;
 * every other rule is a single step). Raw: before the skip rules.
 */
export function resolveRule(rule: ApproverRule, subject: ApprovalSubject, directory: OrgDirectory, stageId?: string): string[][] {
  switch (rule.kind) {
    case 'direct_manager':
      return managerChain(anchorOf(subject), 1, directory);
    case 'manager_chain':
      return managerChain(anchorOf(subject), rule.levels, directory);
    case 'department_head': {
      const start = rule.of === 'requester' ? subject.departmentId : directory.parentDepartmentOf(subject.departmentId);
      const head = nearestDepartmentHead(directory, start);
      return head === null ? [] : [[head]];
    }
    case 'role':
      return [[...directory.usersWithRole(rule.role)]];
    case 'user':
      return [[rule.userId]];
    case 'users':
      return [[...rule.userIds]];
    case 'project_owner': {
      const owner = subject.projectId === null ? null : directory.projectOwnerOf(subject.projectId);
      return owner === null ? [] : [[owner]];
    }
    case 'cost_centre_owner': {
      const centre = subject.costCentreId ?? null;
      const owner = centre === null ? null : directory.costCentreOwnerOf(centre);
      return owner === null ? [] : [[owner]];
    }
    case 'traveller_managers': {
      const managers = travellersOf(subject).map((id) => managerOutsideTrip(id, subject, directory));
      const unique = [...new Set(managers.filter((id): id is string => id !== null))];
      return unique.length === 0 ? [] : [unique];
    }
    case 'requester_choice': {
      const chosen = chosenFor(rule, subject, stageId);
      return chosen === null ? [] : [[chosen]];
    }
  }
}

/** Whom the manager rules start from: the subject's anchor (the traveller) or else its requester. */
export const anchorOf = (subject: ApprovalSubject): string => subject.anchorEmployeeId ?? subject.requesterId;

/** Everyone travelling on the subject (older instances: the requester and travellerIds). */
export const travellersOf = (subject: ApprovalSubject): string[] => [
  ...new Set(subject.travellers ?? [subject.requesterId, ...(subject.travellerIds ?? [])]),
];

/** The traveller's nearest manager who is not on the trip themselves (nor its requester). */
function managerOutsideTrip(travellerId: string, subject: ApprovalSubject, directory: OrgDirectory): string | null {
  const parties = partiesTo(subject);
  const seen = new Set([travellerId]);
  let current = directory.managerOf(travellerId);
  while (current !== null && !seen.has(current) && seen.size <= maxHierarchyDepth) {
    if (!parties.has(current)) return current;
    seen.add(current);
    current = directory.managerOf(current);
  }
  return null;
}

/** The requester's choice for a 发起人自选 stage, if it is one of the stage's candidates. */
function chosenFor(rule: Extract<ApproverRule, { kind: 'requester_choice' }>, subject: ApprovalSubject, stageId: string | undefined) {
  const chosen = stageId === undefined ? undefined : subject.chosenApprovers?.[stageId];
  return chosen !== undefined && rule.candidateIds.includes(chosen) ? chosen : null;
}

/** Manager, manager's manager … up to `levels` levels; shorter when the chain ends (the CEO has no manager). */
function managerChain(requesterId: string, levels: number, directory: OrgDirectory): string[][] {
  const steps: string[][] = [];
  const seen = new Set([requesterId]);
  let current = requesterId;
  for (let level = 0; level < Math.min(levels, maxHierarchyDepth); level++) {
    const manager = directory.managerOf(current);
    if (manager === null || seen.has(manager)) break;
    seen.add(manager);
    steps.push([manager]);
    current = manager;
  }
  return steps;
}

export interface SkipContext {
  subject: ApprovalSubject;
  directory: OrgDirectory;
  /** Employees whose approval in an earlier stage still stands (counted when the flow skips repeats). */
  alreadyApproved: ReadonlySet<string>;
  skipRepeatedApprover: boolean;
}

export interface Filtered {
  steps: string[][];
  skipped: { employeeId: string; reason: SkipReason }[];
}

/**
 * Drops the requester (no self-approval), inactive employees, and — when the flow says so —
 * people who already approved; also duplicates. A level of a manager chain whose manager is
 * dropped disappears; the levels above it stay.
 */
export function applySkipRules(raw: string[][], context: SkipContext): Filtered {
  const seen = new Set<string>();
  const result: Filtered = { steps: [], skipped: [] };
  for (const step of raw) {
    const kept: string[] = [];
    for (const id of step) {
      if (seen.has(id)) continue;
      seen.add(id);
      const reason = skipReason(id, context);
      if (reason === null) kept.push(id);
      else result.skipped.push({ employeeId: id, reason });
    }
    if (kept.length > 0) result.steps.push(kept);
  }
  return result;
}

function skipReason(id: string, context: SkipContext): SkipReason | null {
  if (id === context.subject.requesterId || id === context.subject.anchorEmployeeId) return 'requester';
  if (!context.directory.isActive(id)) return 'inactive';
  if (context.skipRepeatedApprover && context.alreadyApproved.has(id)) return 'already_approved';
  return null;
}

export type StageResolution =
  | { kind: 'open'; steps: string[][]; source: Extract<SlotSource, 'rule' | 'fallback'>; skipped: Filtered['skipped'] }
  | { kind: 'skip'; reason: 'no_approvers' | 'already_approved'; skipped: Filtered['skipped'] }
  | { kind: 'fail'; skipped: Filtered['skipped'] };

/**
 * What entering a stage means now: the approvers to ask, or skipping it, or failing the instance.
 * A stage emptied because its approvers already approved earlier is skipped whatever onEmpty
 * says (their approval stands); otherwise onEmpty decides, and a fallback that is itself empty fails.
 */
export function resolveStage(stage: StageDefinition, context: SkipContext): StageResolution {
  const own = applySkipRules(resolveRule(stage.approvers, context.subject, context.directory, stage.id), context);
  if (own.steps.length > 0) return { kind: 'open', steps: own.steps, source: 'rule', skipped: own.skipped };
  if (own.skipped.some((s) => s.reason === 'already_approved')) return { kind: 'skip', reason: 'already_approved', skipped: own.skipped };
  switch (stage.onEmpty.kind) {
    case 'skip':
      return { kind: 'skip', reason: 'no_approvers', skipped: own.skipped };
    case 'fail':
      return { kind: 'fail', skipped: own.skipped };
    case 'fallback': {
      const fallback = applySkipRules(resolveRule(stage.onEmpty.to, context.subject, context.directory), context);
      const skipped = [...own.skipped, ...fallback.skipped];
      if (fallback.steps.length > 0) return { kind: 'open', steps: fallback.steps, source: 'fallback', skipped };
      if (fallback.skipped.some((s) => s.reason === 'already_approved')) return { kind: 'skip', reason: 'already_approved', skipped };
      return { kind: 'fail', skipped };
    }
  }
}

/** The people a subject is for: its requester and travellers. None of them decides on it as a delegate. */
export const partiesTo = (subject: ApprovalSubject): ReadonlySet<string> =>
  new Set([subject.requesterId, ...(subject.travellerIds ?? []), ...(subject.travellers ?? [])]);

/**
 * The delegate who may act for an approver at `at`: in force, active, and neither the approver
 * nor a party to the subject (a delegation never lets anyone approve their own request or trip).
 * Not transitive: the delegate of a delegate does not act for the first approver.
 */
export function delegateFor(directory: OrgDirectory, approverId: string, subject: ApprovalSubject, at: Date): string | null {
  const delegate = directory.delegateOf(approverId, at);
  if (delegate === null || delegate === approverId || partiesTo(subject).has(delegate) || !directory.isActive(delegate)) return null;
  return delegate;
}
