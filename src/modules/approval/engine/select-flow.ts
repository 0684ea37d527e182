import type { ApprovalSubject, Condition, FlowDefinition } from './flow-definition.ts';

/** Whether one condition holds for the subject. */
export function conditionHolds(condition: Condition, subject: ApprovalSubject): boolean {
  switch (condition.kind) {
    case 'amount_at_least':
      return subject.amountFen >= condition.fen;
    case 'amount_at_most':
      return subject.amountFen <= condition.fen;
    case 'amount_between':
      return subject.amountFen >= condition.minFen && subject.amountFen <= condition.maxFen;
    case 'category_in':
      return condition.categories.includes(subject.category);
    case 'department_in':
      return (
        condition.departmentIds.includes(subject.departmentId) ||
        subject.departmentChain.some((ancestor) => condition.departmentIds.includes(ancestor))
      );
    case 'out_of_policy':
      return subject.outOfPolicy === condition.is;
    case 'project_in':
      return subject.projectId !== null && condition.projectIds.includes(subject.projectId);
    case 'has_project':
      return (subject.projectId !== null) === condition.is;
    case 'within_approved_request':
      return (subject.withinApprovedRequest === true) === condition.is;
  }
}

export function flowMatches(flow: FlowDefinition, subject: ApprovalSubject): boolean {
  return flow.conditions.every((condition) => conditionHolds(condition, subject));
}

/** Flows in the order they are tried: ascending priority, then id (code-unit order, locale-free). */
export function orderFlows<F extends FlowDefinition>(flows: readonly F[]): F[] {
  return [...flows].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The first flow, by priority then id, whose conditions all hold; null when none applies. */
export function selectFlow<F extends FlowDefinition>(flows: readonly F[], subject: ApprovalSubject): F | null {
  return orderFlows(flows).find((flow) => flowMatches(flow, subject)) ?? null;
}
