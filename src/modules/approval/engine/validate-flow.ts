import type { ApproverRule, CcRecipient, FlowDefinition } from './flow-definition.ts';

export interface FlowIssue {
  path: string;
  code: 'NO_STAGES' | 'DUPLICATE_STAGE_ID' | 'EMPTY_ID' | 'BAD_NUMBER' | 'BAD_RANGE' | 'EMPTY_LIST' | 'DUPLICATE_ID';
}

const positiveInteger = (n: number) => Number.isInteger(n) && n > 0;
const nonNegativeInteger = (n: number) => Number.isInteger(n) && n >= 0;

function ruleIssues(rule: ApproverRule, path: string): FlowIssue[] {
  switch (rule.kind) {
    case 'manager_chain':
      return positiveInteger(rule.levels) ? [] : [{ path: `${path}.levels`, code: 'BAD_NUMBER' }];
    case 'role':
      return rule.role.trim() === '' ? [{ path: `${path}.role`, code: 'EMPTY_ID' }] : [];
    case 'user':
      return rule.userId.trim() === '' ? [{ path: `${path}.userId`, code: 'EMPTY_ID' }] : [];
    case 'users':
      return idListIssues(rule.userIds, `${path}.userIds`);
    case 'requester_choice':
      return idListIssues(rule.candidateIds, `${path}.candidateIds`);
    default:
      return [];
  }
}

/** A list of people: not empty, no blank or repeated id. */
function idListIssues(ids: readonly string[], path: string): FlowIssue[] {
  if (ids.length === 0) return [{ path, code: 'EMPTY_LIST' }];
  const issues: FlowIssue[] = [];
  ids.forEach((id, i) => {
    if (id.trim() === '') issues.push({ path: `${path}[${i}]`, code: 'EMPTY_ID' });
    else if (ids.indexOf(id) !== i) issues.push({ path: `${path}[${i}]`, code: 'DUPLICATE_ID' });
  });
  return issues;
}

function ccIssues(cc: readonly CcRecipient[] | undefined, path: string): FlowIssue[] {
  return (cc ?? []).flatMap((r, i) => {
    const value = r.kind === 'user' ? r.userId : r.role;
    return value.trim() === '' ? [{ path: `${path}[${i}]`, code: 'EMPTY_ID' as const }] : [];
  });
}

/**
 * Structural problems that would make a flow misbehave at run time (the editor's schema catches
 * the shapes; this catches what a schema cannot: unique stage ids, sane numbers and ranges).
 * An empty list means the flow can be used.
 */
export function validateFlow(flow: FlowDefinition): FlowIssue[] {
  const issues: FlowIssue[] = [];
  if (flow.id.trim() === '') issues.push({ path: 'id', code: 'EMPTY_ID' });
  if (!Number.isFinite(flow.priority)) issues.push({ path: 'priority', code: 'BAD_NUMBER' });
  flow.conditions.forEach((condition, i) => {
    const path = `conditions[${i}]`;
    switch (condition.kind) {
      case 'amount_at_least':
      case 'amount_at_most':
        if (!nonNegativeInteger(condition.fen)) issues.push({ path: `${path}.fen`, code: 'BAD_NUMBER' });
        break;
      case 'amount_between':
        if (!nonNegativeInteger(condition.minFen) || !nonNegativeInteger(condition.maxFen)) issues.push({ path, code: 'BAD_NUMBER' });
        else if (condition.minFen > condition.maxFen) issues.push({ path, code: 'BAD_RANGE' });
        break;
      case 'category_in':
        if (condition.categories.length === 0) issues.push({ path: `${path}.categories`, code: 'EMPTY_LIST' });
        break;
      case 'department_in':
        if (condition.departmentIds.length === 0) issues.push({ path: `${path}.departmentIds`, code: 'EMPTY_LIST' });
        break;
      case 'project_in':
        if (condition.projectIds.length === 0) issues.push({ path: `${path}.projectIds`, code: 'EMPTY_LIST' });
        break;
      default:
        break;
    }
  });
  if (flow.stages.length === 0) issues.push({ path: 'stages', code: 'NO_STAGES' });
  issues.push(...ccIssues(flow.cc, 'cc'));
  const seen = new Set<string>();
  flow.stages.forEach((stage, i) => {
    const path = `stages[${i}]`;
    if (stage.id.trim() === '') issues.push({ path: `${path}.id`, code: 'EMPTY_ID' });
    else if (seen.has(stage.id)) issues.push({ path: `${path}.id`, code: 'DUPLICATE_STAGE_ID' });
    seen.add(stage.id);
    issues.push(...ruleIssues(stage.approvers, `${path}.approvers`));
    if (stage.onEmpty.kind === 'fallback') issues.push(...ruleIssues(stage.onEmpty.to, `${path}.onEmpty.to`));
    issues.push(...ccIssues(stage.cc, `${path}.cc`));
    if (stage.timeout) {
      if (!positiveInteger(stage.timeout.afterMinutes)) issues.push({ path: `${path}.timeout.afterMinutes`, code: 'BAD_NUMBER' });
      const every = stage.timeout.remindEveryMinutes;
      if (every !== undefined && !positiveInteger(every)) issues.push({ path: `${path}.timeout.remindEveryMinutes`, code: 'BAD_NUMBER' });
    }
  });
  return issues;
}
