import { checkExternalId, checkOrgCode, checkOrgName } from '../rules/field-rules.ts';
import { nodesOnCycles } from '../rules/hierarchy.ts';
import { uniqueClashes } from '../rules/unique-values.ts';
import { clearable, type FieldCollector } from '../shared/field-errors.ts';
import type { HrDepartmentInput } from './hr-sync-input.ts';

export interface DepartmentState {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  externalId: string | null;
}

export interface DepartmentPlan {
  creates: DepartmentState[];
  updates: DepartmentState[];
  unchanged: number;
  /** Department id by external id, after the sync: for employees' departmentExternalId. */
  idByExternalId: Map<string, string>;
}

const sameDepartment = (a: DepartmentState, b: DepartmentState) =>
  a.code === b.code && a.name === b.name && a.parentId === b.parentId && a.externalId === b.externalId;

/** Checks the departments of an HR payload (errors go to fields) and works out what to write. Pure. */
export function planHrDepartments(
  input: readonly HrDepartmentInput[],
  current: readonly DepartmentState[],
  fields: FieldCollector,
  newId: () => string,
): DepartmentPlan {
  const byExternal = new Map(current.flatMap((d) => (d.externalId === null ? [] : [[d.externalId, d] as const])));
  const unlinkedByCode = new Map(current.flatMap((d) => (d.externalId === null ? [[d.code, d] as const] : [])));
  const seenExternal = new Map<string, number>();
  const idByExternalId = new Map(current.flatMap((d) => (d.externalId === null ? [] : [[d.externalId, d.id] as const])));

  // 1. Form of each entry, and which department it is.
  const entries = input.map((d, i) => {
    const at = `departments[${i}]`;
    const externalId = fields.take(`${at}.externalId`, checkExternalId(d.externalId));
    const code = fields.take(`${at}.code`, checkOrgCode(d.code));
    const name = fields.take(`${at}.name`, checkOrgName(d.name));
    const parentExternalId = fields.take(`${at}.parentExternalId`, clearable(d.parentExternalId, checkExternalId));
    if (externalId !== undefined) {
      const first = seenExternal.get(externalId);
      if (first !== undefined) fields.add(`${at}.externalId`, `also given for departments[${first}]`);
      else seenExternal.set(externalId, i);
    }
    const before =
      externalId === undefined ? undefined : (byExternal.get(externalId) ?? (code === undefined ? undefined : unlinkedByCode.get(code)));
    const id = before?.id ?? newId();
    if (externalId !== undefined && !idByExternalId.has(externalId)) idByExternalId.set(externalId, id);
    return { at, externalId, code, name, parentExternalId, before, id };
  });

  // 2. References, uniqueness and the shape of the tree.
  const after = new Map(current.map((d) => [d.id, d]));
  const adopted = new Set<string>();
  for (const e of entries) {
    if (e.before && e.before.externalId === null) {
      if (adopted.has(e.before.id)) fields.add(`${e.at}.code`, `department ${e.code ?? ''} is already matched by another entry`);
      adopted.add(e.before.id);
    }
    let parentId = e.before?.parentId ?? null;
    if (e.parentExternalId !== undefined) {
      parentId = e.parentExternalId === null ? null : (idByExternalId.get(e.parentExternalId) ?? null);
      if (e.parentExternalId !== null && parentId === null) {
        fields.add(`${e.at}.parentExternalId`, `no department with external id ${e.parentExternalId}`);
      }
    }
    if (e.externalId === undefined || e.code === undefined || e.name === undefined) continue;
    after.set(e.id, { id: e.id, code: e.code, name: e.name, parentId, externalId: e.externalId });
  }
  const clashes = uniqueClashes(
    current.map((d) => [d.id, d.code] as const),
    entries.flatMap((e) => (e.code === undefined ? [] : [[e.id, e.code] as const])),
  );
  for (const e of entries) {
    const other = clashes.get(e.id);
    if (other !== undefined) fields.add(`${e.at}.code`, `code ${e.code ?? ''} is also used by ${describe(other, after, entries)}`);
  }
  const cyclic = nodesOnCycles(new Map([...after.values()].map((d) => [d.id, d.parentId])));
  for (const e of entries) {
    if (cyclic.has(e.id)) fields.add(`${e.at}.parentExternalId`, 'the department tree would loop back to this department');
  }

  // 3. What changes.
  const plan: DepartmentPlan = { creates: [], updates: [], unchanged: 0, idByExternalId };
  for (const e of entries) {
    const next = after.get(e.id);
    if (!next || next.externalId !== e.externalId) continue;
    if (!e.before) plan.creates.push(next);
    else if (!sameDepartment(e.before, next)) plan.updates.push(next);
    else plan.unchanged++;
  }
  return plan;
}

function describe(id: string, after: ReadonlyMap<string, DepartmentState>, entries: readonly { id: string; at: string }[]): string {
  const entry = entries.find((e) => e.id === id);
  return entry ? entry.at : `department ${after.get(id)?.code ?? id}`;
}
