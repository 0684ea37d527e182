import type { TFunction } from 'i18next';
import type { ApproverRule, FlowCondition, FlowConditionKind, StageDefinition } from '../../api/types';
import type { FieldError } from '../../api/errors';
import { formatFen } from '../../lib/money';
import { roleLabel } from '../../lib/roles';
import { listJoin } from '../../lib/lists';

export const CONDITION_KINDS: readonly FlowConditionKind[] = [
  'amount_at_least',
  'amount_at_most',
  'amount_between',
  'category_in',
  'department_in',
  'out_of_policy',
  'project_in',
  'has_project',
  'within_approved_request',
];

/** Roles that can approve a stage (the engine resolves everyone holding it). */
export const APPROVER_ROLES = ['approver', 'finance', 'travel_admin', 'executive'] as const;

export function defaultCondition(kind: FlowConditionKind): FlowCondition {
  switch (kind) {
    case 'amount_at_least':
      return { kind, fen: 500000 };
    case 'amount_at_most':
      return { kind, fen: 500000 };
    case 'amount_between':
      return { kind, minFen: 0, maxFen: 500000 };
    case 'category_in':
      return { kind, categories: ['travel_request'] };
    case 'department_in':
      return { kind, departmentIds: [] };
    case 'out_of_policy':
      return { kind, is: true };
    case 'project_in':
      return { kind, projectIds: [] };
    case 'has_project':
      return { kind, is: true };
    case 'within_approved_request':
      return { kind, is: true };
  }
}

export function defaultApprovers(kind: ApproverRule['kind']): ApproverRule {
  switch (kind) {
    case 'direct_manager':
      return { kind };
    case 'manager_chain':
      return { kind, levels: 2 };
    case 'department_head':
      return { kind, of: 'requester' };
    case 'role':
      return { kind, role: 'finance' };
    case 'user':
      return { kind, userId: '' };
    case 'users':
      return { kind, userIds: [] };
    case 'project_owner':
    case 'cost_centre_owner':
    case 'traveller_managers':
      return { kind };
    case 'requester_choice':
      return { kind, candidateIds: [] };
  }
}

/** Picking a rule: each traveller's manager means every one of them (会签) unless the admin says otherwise. */
export function withApprovers(stage: StageDefinition, approvers: ApproverRule): StageDefinition {
  const becomesManagers = approvers.kind === 'traveller_managers' && stage.approvers.kind !== 'traveller_managers';
  return { ...stage, approvers, ...(becomesManagers ? { mode: 'all' as const } : {}) };
}

let counter = 0;
export function newStage(existing: readonly StageDefinition[], name: string): StageDefinition {
  const ids = new Set(existing.map((s) => s.id));
  counter += 1;
  let id = `stage-${existing.length + counter}`;
  while (ids.has(id)) {
    counter += 1;
    id = `stage-${existing.length + counter}`;
  }
  return { id, name, approvers: { kind: 'direct_manager' }, mode: 'any', onEmpty: { kind: 'skip' } };
}

/** A line describing a flow's conditions, for the list. */
export function conditionSummary(t: TFunction, c: FlowCondition): string {
  switch (c.kind) {
    case 'amount_at_least':
      return t('flows.summary.atLeast', { amount: formatFen(c.fen) });
    case 'amount_at_most':
      return t('flows.summary.atMost', { amount: formatFen(c.fen) });
    case 'amount_between':
      return t('flows.summary.between', { min: formatFen(c.minFen), max: formatFen(c.maxFen) });
    case 'category_in':
      return listJoin(c.categories.map((x) => t(`flows.category.${x}`)));
    case 'department_in':
      return t('flows.summary.departments', { count: c.departmentIds.length });
    case 'out_of_policy':
      return c.is ? t('flows.summary.outOfPolicy') : t('flows.summary.inPolicy');
    case 'project_in':
      return t('flows.summary.projects', { count: c.projectIds.length });
    case 'has_project':
      return c.is ? t('flows.summary.hasProject') : t('flows.summary.noProject');
    case 'within_approved_request':
      return c.is ? t('flows.summary.withinRequest') : t('flows.summary.outsideRequest');
  }
}

export function approverSummary(t: TFunction, a: ApproverRule): string {
  switch (a.kind) {
    case 'manager_chain':
      return t('flows.summary.chain', { levels: a.levels });
    case 'department_head':
      return a.of === 'parent' ? t('flows.summary.parentHead') : t('flows.approver.department_head');
    case 'role':
      return t('flows.summary.role', { role: roleLabel(t, a.role) });
    case 'users':
      return `${t('flows.approver.users')} (${a.userIds.length})`;
    case 'requester_choice':
      return `${t('flows.approver.requester_choice')} (${a.candidateIds.length})`;
    default:
      return t(`flows.approver.${a.kind}`);
  }
}

/** What the editor can tell before asking the server: empty lists, names and people (paths as the server's). */
export function localFlowErrors(t: TFunction, name: string, def: { conditions: FlowCondition[]; stages: StageDefinition[] }): FieldError[] {
  const errors: FieldError[] = [];
  if (name.trim() === '') errors.push({ path: 'name', message: t('common.required') });
  def.conditions.forEach((c, i) => {
    const empty =
      (c.kind === 'category_in' && c.categories.length === 0) ||
      (c.kind === 'department_in' && c.departmentIds.length === 0) ||
      (c.kind === 'project_in' && c.projectIds.length === 0);
    if (empty) errors.push({ path: `conditions.${i}`, message: t('flows.editor.pickOne') });
    if (c.kind === 'amount_between' && c.minFen > c.maxFen) errors.push({ path: `conditions.${i}`, message: t('flows.editor.badRange') });
  });
  if (def.stages.length === 0) errors.push({ path: 'stages', message: t('flows.editor.needStage') });
  def.stages.forEach((s, i) => {
    if (s.name.trim() === '') errors.push({ path: `stages.${i}.name`, message: t('common.required') });
    if (s.approvers.kind === 'user' && s.approvers.userId === '')
      errors.push({ path: `stages.${i}.approvers`, message: t('flows.editor.pickPerson') });
    const people =
      s.approvers.kind === 'users' ? s.approvers.userIds : s.approvers.kind === 'requester_choice' ? s.approvers.candidateIds : null;
    if (people !== null && people.length === 0) errors.push({ path: `stages.${i}.approvers`, message: t('approvalOrg.people.empty') });
    if (s.onEmpty.kind === 'fallback' && s.onEmpty.to.kind === 'user' && s.onEmpty.to.userId === '') {
      errors.push({ path: `stages.${i}.onEmpty.to`, message: t('flows.editor.pickPerson') });
    }
  });
  return errors;
}
