/**
 * Invariants of the generated demo data, as test assertions: the demo data test runs them on the
 * data and on deliberately corrupted copies, to show that each one catches what it is for.
 */
import { expect } from 'vitest';
import { DEMO_REFERENCE_YEAR, type DemoData, type DemoEmployee } from '../demo-data.ts';
import { idCardBirthDate, idCardCheckDigit, isValidIdCardNo } from '../../modules/org/index.ts';

export function key(tenantCode: string, code: string): string {
  return `${tenantCode}/${code}`;
}

export function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dups = new Set<T>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

export function employeesByNo(d: DemoData): Map<string, DemoEmployee> {
  return new Map(d.employees.map((e) => [e.employeeNo, e]));
}

export function rankLevel(d: DemoData, e: DemoEmployee): number {
  const rank = d.ranks.find((r) => r.tenantCode === e.tenantCode && r.code === e.rank);
  if (rank === undefined) throw new Error(`unknown rank ${e.rank}`);
  return rank.level;
}

export function departmentPath(d: DemoData, tenantCode: string, code: string): string[] {
  const path: string[] = [];
  let current: string | null = code;
  while (current !== null) {
    if (path.includes(current)) throw new Error(`department cycle at ${current}`);
    path.unshift(current);
    const dept = d.departments.find((x) => x.tenantCode === tenantCode && x.code === current);
    if (dept === undefined) throw new Error(`unknown department ${current}`);
    current = dept.parentCode;
  }
  return path;
}

export function ceoOf(d: DemoData, tenantCode: string): DemoEmployee {
  const roots = d.employees.filter((e) => e.tenantCode === tenantCode && e.managerEmployeeNo === null);
  expect(roots).toHaveLength(1);
  return roots[0] as DemoEmployee;
}

export function checkReferences(d: DemoData): void {
  const tenants = new Set(d.tenants.map((t) => t.code));
  const ranks = new Set(d.ranks.map((r) => key(r.tenantCode, r.code)));
  const departments = new Set(d.departments.map((x) => key(x.tenantCode, x.code)));
  const costCentres = new Set(d.costCentres.map((c) => key(c.tenantCode, c.code)));
  const projects = new Set(d.projects.map((p) => key(p.tenantCode, p.code)));
  const byNo = employeesByNo(d);

  for (const r of d.ranks) expect(tenants, r.code).toContain(r.tenantCode);
  for (const c of d.costCentres) expect(tenants, c.code).toContain(c.tenantCode);
  for (const x of d.departments) {
    expect(tenants, x.code).toContain(x.tenantCode);
    if (x.parentCode !== null) expect(departments, x.code).toContain(key(x.tenantCode, x.parentCode));
  }
  for (const p of d.projects) {
    expect(tenants, p.code).toContain(p.tenantCode);
    expect(byNo.get(p.ownerEmployeeNo)?.tenantCode, p.code).toBe(p.tenantCode);
  }
  for (const e of d.employees) {
    expect(tenants, e.employeeNo).toContain(e.tenantCode);
    expect(ranks, e.employeeNo).toContain(key(e.tenantCode, e.rank));
    expect(departments, e.employeeNo).toContain(key(e.tenantCode, e.departmentCode));
    expect(costCentres, e.employeeNo).toContain(key(e.tenantCode, e.costCentreCode));
    for (const p of e.projectCodes) expect(projects, e.employeeNo).toContain(key(e.tenantCode, p));
    if (e.managerEmployeeNo !== null) {
      expect(byNo.get(e.managerEmployeeNo)?.tenantCode, e.employeeNo).toBe(e.tenantCode);
    }
  }
  for (const l of d.logins) {
    if (l.tenantCode === null) {
      expect(l.employeeNo, l.email).toBeNull();
    } else {
      expect(tenants, l.email).toContain(l.tenantCode);
      expect(l.employeeNo, l.email).not.toBeNull();
      expect(byNo.get(l.employeeNo ?? '')?.tenantCode, l.email).toBe(l.tenantCode);
    }
  }
  const operatorEmails = new Set(d.logins.filter((l) => l.tenantCode === null).map((l) => l.email));
  for (const a of d.operatorAssignments) {
    expect(operatorEmails, a.email).toContain(a.email);
    expect(tenants, a.email).toContain(a.tenantCode);
  }
}

export function checkManagerChains(d: DemoData): void {
  const byNo = employeesByNo(d);
  for (const tenant of d.tenants) {
    const ceo = ceoOf(d, tenant.code);
    for (const e of d.employees.filter((x) => x.tenantCode === tenant.code)) {
      const seen = new Set<string>();
      let current: DemoEmployee = e;
      while (current.managerEmployeeNo !== null) {
        expect(seen.has(current.employeeNo), `cycle through ${current.employeeNo}`).toBe(false);
        seen.add(current.employeeNo);
        const manager = byNo.get(current.managerEmployeeNo);
        expect(manager, `manager of ${current.employeeNo}`).toBeDefined();
        if (manager === undefined) return;
        expect(manager.tenantCode).toBe(tenant.code);
        current = manager;
      }
      expect(current.employeeNo, `chain of ${e.employeeNo}`).toBe(ceo.employeeNo);
    }
  }
}

export function checkUniqueness(d: DemoData): void {
  expect(duplicates(d.employees.map((e) => e.employeeNo))).toEqual([]);
  expect(duplicates([...d.employees.map((e) => e.email), ...d.logins.map((l) => l.email)])).toEqual([]);
  const operatorPhones = d.logins.filter((l) => l.tenantCode === null).map((l) => l.phone);
  expect(duplicates([...d.employees.map((e) => e.phone), ...operatorPhones])).toEqual([]);
  expect(duplicates(d.employees.map((e) => e.idCardNo))).toEqual([]);
  expect(duplicates(d.employees.flatMap((e) => (e.passportNo === null ? [] : [e.passportNo])))).toEqual([]);
  for (const tenant of d.tenants) {
    const mine = d.employees.filter((e) => e.tenantCode === tenant.code);
    expect(duplicates(mine.map((e) => e.name)), tenant.code).toEqual([]);
  }
  expect(duplicates(d.departments.map((x) => key(x.tenantCode, x.code)))).toEqual([]);
  expect(duplicates(d.departments.map((x) => key(x.tenantCode, x.name)))).toEqual([]);
  expect(duplicates(d.ranks.map((r) => key(r.tenantCode, r.code)))).toEqual([]);
  expect(duplicates(d.costCentres.map((c) => key(c.tenantCode, c.code)))).toEqual([]);
  expect(duplicates(d.projects.map((p) => key(p.tenantCode, p.code)))).toEqual([]);
  expect(duplicates(d.tenants.map((t) => t.code))).toEqual([]);
}

export function checkIdCards(d: DemoData): void {
  for (const e of d.employees) {
    expect(e.idCardNo, e.employeeNo).toMatch(/^\d{17}[\dX]$/);
    expect(idCardCheckDigit(e.idCardNo.slice(0, 17)), e.employeeNo).toBe(e.idCardNo.charAt(17));
    expect(isValidIdCardNo(e.idCardNo), e.employeeNo).toBe(true);
    const birth = idCardBirthDate(e.idCardNo);
    expect(birth, e.employeeNo).not.toBeNull();
    const age = DEMO_REFERENCE_YEAR - Number((birth ?? '').slice(0, 4));
    expect(age, e.employeeNo).toBeGreaterThanOrEqual(19);
    expect(age, e.employeeNo).toBeLessThanOrEqual(65);
  }
}
