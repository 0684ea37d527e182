import { changedFields, type EmployeeRecord } from '../employees/employee-record.ts';
import {
  checkEmail,
  checkEmployeeNo,
  checkExternalId,
  checkIdCardNo,
  checkPassportNo,
  checkPersonName,
  checkPhone,
  checkOrgCode,
} from '../rules/field-rules.ts';
import { nodesOnCycles } from '../rules/hierarchy.ts';
import { rankResolver } from '../rules/rank-resolver.ts';
import { uniqueClashes } from '../rules/unique-values.ts';
import { clearable, type FieldCollector } from '../shared/field-errors.ts';
import type { HrEmployeeInput, HrSyncResult } from './hr-sync-input.ts';

export interface EmployeeSyncReference {
  current: readonly EmployeeRecord[];
  ranks: readonly { code: string; name: string }[];
  departmentIdByExternalId: ReadonlyMap<string, string>;
  costCentreIdByCode: ReadonlyMap<string, string>;
}

export interface EmployeeSyncPlan {
  creates: EmployeeRecord[];
  updates: EmployeeRecord[];
  counts: HrSyncResult['employees'];
}

/** Checks the employees of an HR payload (errors go to fields) and works out what to write. Pure. */
export function planHrEmployees(
  input: readonly HrEmployeeInput[],
  ref: EmployeeSyncReference,
  deactivateMissing: boolean,
  fields: FieldCollector,
  newId: () => string,
): EmployeeSyncPlan {
  const byExternal = new Map(ref.current.flatMap((e) => (e.externalId === null ? [] : [[e.externalId, e] as const])));
  const unlinkedByNo = new Map(ref.current.flatMap((e) => (e.externalId === null ? [[e.employeeNo, e] as const] : [])));
  const idByExternal = new Map([...byExternal].map(([ext, e]) => [ext, e.id]));
  const firstIndex = new Map<string, number>();
  const resolveRank = rankResolver(ref.ranks);
  const currentById = new Map(ref.current.map((c) => [c.id, c]));

  // 1. Form of each entry, and which employee it is.
  const entries = input.map((e, i) => {
    const at = `employees[${i}]`;
    const externalId = fields.take(`${at}.externalId`, checkExternalId(e.externalId));
    const employeeNo = fields.take(`${at}.employeeNo`, checkEmployeeNo(e.employeeNo));
    if (externalId !== undefined) {
      const first = firstIndex.get(externalId);
      if (first !== undefined) fields.add(`${at}.externalId`, `also given for employees[${first}]`);
      else firstIndex.set(externalId, i);
    }
    const before =
      externalId === undefined
        ? undefined
        : (byExternal.get(externalId) ?? (employeeNo === undefined ? undefined : unlinkedByNo.get(employeeNo)));
    const id = before?.id ?? newId();
    if (externalId !== undefined && !idByExternal.has(externalId)) idByExternal.set(externalId, id);
    return { at, raw: e, externalId, employeeNo, before, id };
  });

  // 2. Every other field and reference.
  const adopted = new Set<string>();
  const next = new Map<string, EmployeeRecord>();
  const proposed: { at: string; record: EmployeeRecord }[] = [];
  for (const { at, raw, externalId, employeeNo, before, id } of entries) {
    if (before && before.externalId === null) {
      if (adopted.has(before.id)) fields.add(`${at}.employeeNo`, `employee ${before.employeeNo} is already matched by another entry`);
      adopted.add(before.id);
    }
    const name = fields.take(`${at}.name`, checkPersonName(raw.name));
    const email = fields.take(`${at}.email`, clearable(raw.email, checkEmail));
    const phone = fields.take(`${at}.phone`, clearable(raw.phone, checkPhone));
    const idCardNo = fields.take(
      `${at}.idCardNo`,
      clearable(raw.idCardNo, (s) => checkIdCardNo(s)),
    );
    const passportNo = fields.take(`${at}.passportNo`, clearable(raw.passportNo, checkPassportNo));
    const rank = resolveRank(raw.rank);
    if (!rank.ok) fields.add(`${at}.rank`, rank.message);
    const departmentId = ref.departmentIdByExternalId.get(raw.departmentExternalId);
    if (departmentId === undefined) fields.add(`${at}.departmentExternalId`, `no department with external id ${raw.departmentExternalId}`);
    let managerId = before?.managerId ?? null;
    if (raw.managerExternalId !== undefined) {
      managerId = raw.managerExternalId === null ? null : (idByExternal.get(raw.managerExternalId) ?? null);
      if (raw.managerExternalId !== null && managerId === null) {
        fields.add(`${at}.managerExternalId`, `no employee with external id ${raw.managerExternalId}`);
      }
      if (managerId === id) fields.add(`${at}.managerExternalId`, 'an employee cannot be their own manager');
    }
    let costCentreId = before?.costCentreId ?? null;
    const costCentreCode = fields.take(`${at}.costCentreCode`, clearable(raw.costCentreCode, checkOrgCode));
    if (costCentreCode !== undefined) {
      costCentreId = costCentreCode === null ? null : (ref.costCentreIdByCode.get(costCentreCode) ?? null);
      if (costCentreCode !== null && costCentreId === null)
        fields.add(`${at}.costCentreCode`, `no cost centre with code ${costCentreCode}`);
    }
    if (externalId === undefined || employeeNo === undefined || name === undefined || !rank.ok || departmentId === undefined) continue;
    const record: EmployeeRecord = {
      id,
      employeeNo,
      name,
      email: email === undefined ? (before?.email ?? null) : email,
      phone: phone === undefined ? (before?.phone ?? null) : phone,
      idCardNo: idCardNo === undefined ? (before?.idCardNo ?? null) : idCardNo,
      passportNo: passportNo === undefined ? (before?.passportNo ?? null) : passportNo,
      rank: rank.code,
      departmentId,
      managerId,
      costCentreId,
      status: raw.status ?? before?.status ?? 'active',
      externalId,
    };
    next.set(id, record);
    proposed.push({ at, record });
  }

  // 3. Unique numbers and emails, and reporting lines, as they will be.
  const atOf = new Map(proposed.map((p) => [p.record.id, p.at]));
  const who = (id: string) => atOf.get(id) ?? `employee ${currentById.get(id)?.employeeNo ?? id}`;
  for (const key of ['employeeNo', 'email'] as const) {
    const clashes = uniqueClashes(
      ref.current.map((c) => [c.id, c[key]] as const),
      proposed.map((p) => [p.record.id, p.record[key]] as const),
    );
    for (const [id, other] of clashes) fields.add(`${who(id)}.${key}`, `${next.get(id)?.[key] ?? ''} is also used by ${who(other)}`);
  }
  const managers = new Map(ref.current.map((c) => [c.id, c.managerId]));
  for (const p of proposed) managers.set(p.record.id, p.record.managerId);
  for (const id of nodesOnCycles(managers)) {
    if (atOf.has(id)) fields.add(`${who(id)}.managerExternalId`, 'the reporting line would loop back to this employee');
  }

  // 4. What changes.
  const plan: EmployeeSyncPlan = { creates: [], updates: [], counts: { created: 0, updated: 0, unchanged: 0, deactivated: 0 } };
  for (const { record } of proposed) {
    const before = currentById.get(record.id);
    if (!before) plan.creates.push(record);
    else if (changedFields(before, record).length > 0) plan.updates.push(record);
    else plan.counts.unchanged++;
  }
  plan.counts.created = plan.creates.length;
  plan.counts.updated = plan.updates.length;
  if (deactivateMissing) {
    const inPayload = new Set(proposed.map((p) => p.record.id));
    for (const c of ref.current) {
      if (c.externalId !== null && c.status === 'active' && !inPayload.has(c.id)) {
        plan.updates.push({ ...c, status: 'inactive' });
        plan.counts.deactivated++;
      }
    }
  }
  return plan;
}
