import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { type FieldError, validationFailed } from '../../../platform/errors/app-error.ts';
import { type FlowDefinition, validateFlow } from '../engine/index.ts';
import type { FlowBody } from './flow-schema.ts';
import { enterpriseRoles } from '../../access/index.ts';
import { departments, employees, projects } from '../../org/index.ts';

export interface FlowInput {
  name: string;
  priority: number;
  definition: FlowBody;
  active?: boolean;
}

const issueMessages: Record<string, string> = {
  NO_STAGES: 'at least one stage is needed',
  DUPLICATE_STAGE_ID: 'stage ids must be unique',
  DUPLICATE_ID: 'the same person is named twice',
  EMPTY_ID: 'must not be empty',
  BAD_NUMBER: 'not an allowed number',
  BAD_RANGE: 'the minimum is above the maximum',
  EMPTY_LIST: 'must not be empty',
};

async function missing(
  tx: Tx,
  table: typeof employees | typeof departments | typeof projects,
  tenantId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), inArray(table.id, ids)));
  const known = new Set(found.map((r) => r.id));
  return new Set(ids.filter((id) => !known.has(id)));
}

function checkRole(errors: FieldError[], path: string, role: string): void {
  if (!(enterpriseRoles as readonly string[]).includes(role))
    errors.push({ path: `${path}.role`, message: `not an enterprise role (${enterpriseRoles.join(', ')})` });
}

/**
 * A flow as the engine would take it, with every problem at once (422 VALIDATION_FAILED, paths
 * like definition.stages[1].approvers.userId): the engine's validateFlow, the roles, and the
 * employees, departments and projects it names, which must be the tenant's.
 */
export async function checkFlow(tx: Tx, tenantId: string, input: FlowInput, id: string): Promise<FlowDefinition> {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (name === '') errors.push({ path: 'name', message: 'must not be empty' });
  const definition: FlowDefinition = { ...input.definition, id, name, priority: input.priority };
  for (const issue of validateFlow(definition)) {
    const top = issue.path === 'priority' || issue.path === 'id' || issue.path === 'name';
    errors.push({ path: top ? issue.path : `definition.${issue.path}`, message: issueMessages[issue.code] ?? issue.code });
  }
  const users: [string, string][] = [];
  const depts: [string, string][] = [];
  const projs: [string, string][] = [];
  definition.conditions.forEach((c, i) => {
    if (c.kind === 'department_in') c.departmentIds.forEach((d, j) => depts.push([`definition.conditions[${i}].departmentIds[${j}]`, d]));
    if (c.kind === 'project_in') c.projectIds.forEach((p, j) => projs.push([`definition.conditions[${i}].projectIds[${j}]`, p]));
  });
  definition.stages.forEach((stage, i) => {
    const rules = [[`definition.stages[${i}].approvers`, stage.approvers] as const];
    const fallback = stage.onEmpty.kind === 'fallback' ? [[`definition.stages[${i}].onEmpty.to`, stage.onEmpty.to] as const] : [];
    const cc = (stage.cc ?? []).map((r, j) => [`definition.stages[${i}].cc[${j}]`, r] as const);
    for (const [path, rule] of [...rules, ...fallback, ...cc]) {
      if (rule.kind === 'user') users.push([`${path}.userId`, rule.userId]);
      if (rule.kind === 'users') rule.userIds.forEach((u, j) => users.push([`${path}.userIds[${j}]`, u]));
      if (rule.kind === 'requester_choice') rule.candidateIds.forEach((u, j) => users.push([`${path}.candidateIds[${j}]`, u]));
      if (rule.kind === 'role') checkRole(errors, path, rule.role);
    }
  });
  (definition.cc ?? []).forEach((r, j) => {
    const path = `definition.cc[${j}]`;
    if (r.kind === 'user') users.push([`${path}.userId`, r.userId]);
    else checkRole(errors, path, r.role);
  });
  // One after another: the transaction is one connection.
  const noUser = await missing(
    tx,
    employees,
    tenantId,
    users.map(([, v]) => v),
  );
  const noDept = await missing(
    tx,
    departments,
    tenantId,
    depts.map(([, v]) => v),
  );
  const noProj = await missing(
    tx,
    projects,
    tenantId,
    projs.map(([, v]) => v),
  );
  for (const [path, v] of users) if (noUser.has(v)) errors.push({ path, message: 'no such employee' });
  for (const [path, v] of depts) if (noDept.has(v)) errors.push({ path, message: 'no such department' });
  for (const [path, v] of projs) if (noProj.has(v)) errors.push({ path, message: 'no such project' });
  if (errors.length > 0) throw validationFailed(errors);
  return definition;
}
