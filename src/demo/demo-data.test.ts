import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  ENTERPRISE_ROLES,
  OPERATOR_ROLES,
  generateDemoData,
  type DemoData,
  type DemoEmployee,
  type EnterpriseRole,
  type OperatorRole,
} from './demo-data.ts';
import { DOUBLE_GIVEN_NAMES, SINGLE_GIVEN_NAMES, SURNAMES, toPinyin } from './names.ts';
import {
  ceoOf,
  checkIdCards,
  checkManagerChains,
  checkReferences,
  checkUniqueness,
  departmentPath,
  duplicates,
  employeesByNo,
  rankLevel,
} from './testing/demo-invariants.ts';
import { isValidIdCardNo } from '../modules/org/index.ts';

const data = generateDemoData();

const MOBILE = /^1(3\d|5[0-35-9]|8\d|9[13589])\d{8}$/;
const TENANT_PREFIX: Record<string, string> = { huachen: 'HC', yunfan: 'YF' };

function clone(d: DemoData): DemoData {
  return structuredClone(d);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generateDemoData', () => {
  it('is deterministic and does not use Math.random or the clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    const first = generateDemoData();
    const second = generateDemoData();
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(first).toEqual(data);
  });

  it('has two tenants and about 300 employees', () => {
    expect(data.tenants.map((t) => t.code)).toEqual(['huachen', 'yunfan']);
    for (const t of data.tenants) {
      expect(t.name).toMatch(/有限公司$/);
      expect(t.nameEn.length).toBeGreaterThan(5);
    }
    expect(data.employees).toHaveLength(300);
    expect(data.employees.filter((e) => e.tenantCode === 'huachen')).toHaveLength(180);
    expect(data.employees.filter((e) => e.tenantCode === 'yunfan')).toHaveLength(120);
    for (const tenant of data.tenants) {
      expect(data.costCentres.filter((c) => c.tenantCode === tenant.code)).toHaveLength(6);
      expect(data.projects.filter((p) => p.tenantCode === tenant.code)).toHaveLength(5);
      expect(data.departments.filter((x) => x.tenantCode === tenant.code).length).toBeGreaterThanOrEqual(15);
    }
    expect(data.logins).toHaveLength(2 * ENTERPRISE_ROLES.length + OPERATOR_ROLES.length + 1);
  });

  it('has unique identifiers, contact details and names', () => {
    checkUniqueness(data);
  });

  it('uses realistic formats', () => {
    for (const e of data.employees) {
      expect(e.employeeNo).toMatch(new RegExp(`^${TENANT_PREFIX[e.tenantCode] ?? '??'}\\d{5}$`));
      expect(e.email).toMatch(new RegExp(`^[a-z][a-z.]*\\d*@${e.tenantCode}\\.example\\.com$`));
      expect(e.email.split('@')[0]?.replace(/\./g, '').replace(/\d+$/, '')).toBe(toPinyin(e.name));
      expect(e.phone).toMatch(MOBILE);
      expect(e.name).toMatch(/^\p{Script=Han}{2,3}$/u);
      if (e.passportNo !== null) expect(e.passportNo).toMatch(/^E\d{8}$/);
    }
    for (const l of data.logins) {
      expect(l.phone).toMatch(MOBILE);
      expect(l.displayName).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
  });

  it('resolves every reference within its tenant', () => {
    checkReferences(data);
  });

  it('has a department tree three levels deep with hierarchical codes', () => {
    for (const tenant of data.tenants) {
      const departments = data.departments.filter((x) => x.tenantCode === tenant.code);
      const depths = departments.map((x) => departmentPath(data, tenant.code, x.code).length);
      expect(Math.max(...depths)).toBe(3);
      for (const x of departments) {
        if (x.parentCode !== null) expect(x.code.startsWith(`${x.parentCode}-`)).toBe(true);
        expect(x.code.startsWith(`${TENANT_PREFIX[tenant.code] ?? '??'}-`)).toBe(true);
      }
      for (const name of ['总裁办', '财务部', '人力资源部', '行政部', '市场部', '销售中心']) {
        expect(departments.map((x) => x.name)).toContain(name);
      }
    }
  });

  it('gives every department a single head who outranks its members and reports up the tree', () => {
    const byNo = employeesByNo(data);
    for (const tenant of data.tenants) {
      const ceo = ceoOf(data, tenant.code);
      const heads = new Map<string, DemoEmployee>();
      const departments = data.departments.filter((x) => x.tenantCode === tenant.code);
      for (const x of departments) {
        const members = data.employees.filter((e) => e.tenantCode === tenant.code && e.departmentCode === x.code);
        expect(members.length, x.code).toBeGreaterThan(0);
        const top = Math.max(...members.map((e) => rankLevel(data, e)));
        const highest = members.filter((e) => rankLevel(data, e) === top);
        expect(highest, `head of ${x.code}`).toHaveLength(1);
        const head = highest[0] as DemoEmployee;
        heads.set(x.code, head);
        for (const m of members) {
          if (m !== head) expect(m.managerEmployeeNo, m.employeeNo).toBe(head.employeeNo);
        }
      }
      for (const x of departments) {
        const head = heads.get(x.code);
        if (head === undefined) throw new Error('missing head');
        if (head === ceo) {
          expect(x.parentCode).toBeNull();
        } else if (x.parentCode === null) {
          expect(head.managerEmployeeNo, x.code).toBe(ceo.employeeNo);
        } else {
          expect(head.managerEmployeeNo, x.code).toBe(heads.get(x.parentCode)?.employeeNo);
        }
      }
      // The CEO holds the single highest rank of the tenant.
      const ranks = data.ranks.filter((r) => r.tenantCode === tenant.code);
      const topRank = ranks.reduce((a, b) => (b.level > a.level ? b : a));
      expect(ceo.rank).toBe(topRank.code);
      expect(topRank.name).toBe('总裁');
      expect(data.employees.filter((e) => e.tenantCode === tenant.code && e.rank === topRank.code)).toHaveLength(1);
    }
    // Everyone with a manager is outranked by that manager.
    for (const e of data.employees) {
      if (e.managerEmployeeNo === null) continue;
      const manager = byNo.get(e.managerEmployeeNo);
      if (manager === undefined) throw new Error('dangling manager');
      expect(rankLevel(data, manager), e.employeeNo).toBeGreaterThan(rankLevel(data, e));
    }
  });

  it('has acyclic manager chains ending at the CEO', () => {
    checkManagerChains(data);
  });

  it('has a pyramid-shaped rank distribution', () => {
    for (const tenant of data.tenants) {
      const levels = data.employees.filter((e) => e.tenantCode === tenant.code).map((e) => rankLevel(data, e));
      const junior = levels.filter((l) => l <= 3).length;
      const senior = levels.filter((l) => l >= 8).length;
      expect(junior / levels.length, tenant.code).toBeGreaterThan(0.4);
      expect(senior / levels.length, tenant.code).toBeLessThan(0.1);
      expect(junior).toBeGreaterThan(4 * senior);
    }
  });

  it('issues valid ID card numbers to adults', () => {
    checkIdCards(data);
    for (const e of data.employees) expect(isValidIdCardNo(e.idCardNo), e.employeeNo).toBe(true);
  });

  it('gives about 40% of employees a passport and marks about 3% inactive', () => {
    const passports = data.employees.filter((e) => e.passportNo !== null).length / data.employees.length;
    expect(passports).toBeGreaterThan(0.3);
    expect(passports).toBeLessThan(0.5);
    const inactive = data.employees.filter((e) => e.status === 'inactive');
    expect(inactive.length / data.employees.length).toBeGreaterThan(0.01);
    expect(inactive.length / data.employees.length).toBeLessThan(0.05);
    const inactiveNos = new Set(inactive.map((e) => e.employeeNo));
    for (const e of data.employees) {
      if (e.managerEmployeeNo !== null) expect(inactiveNos.has(e.managerEmployeeNo), e.employeeNo).toBe(false);
    }
    for (const l of data.logins) if (l.employeeNo !== null) expect(inactiveNos.has(l.employeeNo)).toBe(false);
    for (const p of data.projects) expect(inactiveNos.has(p.ownerEmployeeNo)).toBe(false);
  });

  it('assigns cost centres and 0–2 projects per employee', () => {
    for (const c of data.costCentres) {
      const users = data.employees.filter((e) => e.tenantCode === c.tenantCode && e.costCentreCode === c.code);
      expect(users.length, c.code).toBeGreaterThan(0);
    }
    for (const e of data.employees) {
      expect(e.projectCodes.length, e.employeeNo).toBeLessThanOrEqual(2);
      expect(duplicates(e.projectCodes)).toEqual([]);
    }
    const counts = [0, 1, 2].map((n) => data.employees.filter((e) => e.projectCodes.length === n).length);
    for (const count of counts) expect(count).toBeGreaterThan(5);

    const byNo = employeesByNo(data);
    for (const p of data.projects) {
      const owner = byNo.get(p.ownerEmployeeNo);
      if (owner === undefined) throw new Error('dangling owner');
      expect(owner.projectCodes, p.code).toContain(p.code);
      // Owners are managers: they have direct reports.
      expect(
        data.employees.some((e) => e.managerEmployeeNo === owner.employeeNo),
        p.code,
      ).toBe(true);
      const staff = data.employees.filter((e) => e.tenantCode === p.tenantCode && e.projectCodes.includes(p.code));
      expect(staff.length, p.code).toBeGreaterThan(3);
    }
  });

  it('has one fitting demo log-in per enterprise role and tenant', () => {
    const byNo = employeesByNo(data);
    const bound = new Set<string>();
    for (const tenant of data.tenants) {
      const prefix = TENANT_PREFIX[tenant.code] ?? '??';
      for (const role of ENTERPRISE_ROLES) {
        const logins = data.logins.filter((l) => l.tenantCode === tenant.code && l.role === role);
        expect(logins, `${tenant.code} ${role}`).toHaveLength(1);
        const login = logins[0];
        if (login === undefined) continue;
        expect(login.roles[0]).toBe(role);
        expect(login.email.endsWith(`@${tenant.code}.example.com`)).toBe(true);
        const employee = byNo.get(login.employeeNo ?? '');
        if (employee === undefined) throw new Error(`unbound login ${login.email}`);
        expect(bound.has(employee.employeeNo), login.email).toBe(false);
        bound.add(employee.employeeNo);
        expect(login.displayName).toBe(employee.name);
        expect(login.phone).toBe(employee.phone);
        expect(employee.status).toBe('active');
        const path = departmentPath(data, tenant.code, employee.departmentCode);
        const hasReports = data.employees.some((e) => e.managerEmployeeNo === employee.employeeNo);
        const rank = data.ranks.find((r) => r.tenantCode === tenant.code && r.code === employee.rank);
        switch (role) {
          case 'traveller':
            expect(path[0]).toBe(`${prefix}-SAL`);
            expect(rankLevel(data, employee)).toBeLessThanOrEqual(3);
            expect(hasReports).toBe(false);
            expect(employee.passportNo).not.toBeNull();
            break;
          case 'approver':
            expect(hasReports).toBe(true);
            break;
          case 'travel_admin':
            expect([`${prefix}-ADM`, `${prefix}-HR`]).toContain(path[0]);
            break;
          case 'finance':
            expect(path[0]).toBe(`${prefix}-FIN`);
            break;
          case 'executive':
            expect(rank?.name).toBe('副总裁');
            expect(hasReports).toBe(true);
            break;
        }
      }
      // The demo traveller's approver is the demo approver.
      const traveller = data.logins.find((l) => l.tenantCode === tenant.code && l.role === 'traveller');
      const approver = data.logins.find((l) => l.tenantCode === tenant.code && l.role === 'approver');
      expect(byNo.get(traveller?.employeeNo ?? '')?.managerEmployeeNo).toBe(approver?.employeeNo);
    }
    const enterpriseRoles: readonly string[] = ENTERPRISE_ROLES;
    for (const l of data.logins.filter((x) => x.tenantCode !== null)) {
      for (const r of l.roles) expect(enterpriseRoles).toContain(r);
      expect(l.roles).toContain('traveller');
    }
  });

  it('has a log-in for each operator role', () => {
    const operatorRoles: readonly string[] = OPERATOR_ROLES;
    const employeeNames = new Set(data.employees.map((e) => e.name));
    for (const role of OPERATOR_ROLES) {
      const logins = data.logins.filter((l) => l.role === role);
      expect(logins.length, role).toBeGreaterThanOrEqual(1);
      for (const l of logins) {
        expect(l.tenantCode).toBeNull();
        expect(l.employeeNo).toBeNull();
        expect(l.roles[0]).toBe(role);
        expect(l.email).toMatch(/@tripdesk\.example\.com$/);
        expect(employeeNames.has(l.displayName)).toBe(false);
        for (const r of l.roles) expect(operatorRoles).toContain(r);
      }
    }
    const emails = (role: EnterpriseRole | OperatorRole): string[] => data.logins.filter((l) => l.role === role).map((l) => l.email);
    expect(emails('agent')).toEqual(['agent@tripdesk.example.com']);
    expect(emails('account_manager')).toEqual(['am@tripdesk.example.com', 'am2@tripdesk.example.com']);
  });

  it('uses one non-trivial demo password', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
    expect(DEMO_PASSWORD).toMatch(/[A-Z]/);
    expect(DEMO_PASSWORD).toMatch(/[a-z]/);
    expect(DEMO_PASSWORD).toMatch(/\d/);
    expect(DEMO_PASSWORD).toMatch(/[^A-Za-z0-9]/);
    for (const l of data.logins) expect(l.password).toBe(DEMO_PASSWORD);
  });

  it('assigns operators to tenants as specified', () => {
    const tenantsOf = (email: string): string[] =>
      data.operatorAssignments
        .filter((a) => a.email === email)
        .map((a) => a.tenantCode)
        .sort();
    expect(tenantsOf('agent@tripdesk.example.com')).toEqual(['huachen', 'yunfan']);
    expect(tenantsOf('ops@tripdesk.example.com')).toEqual(['huachen', 'yunfan']);
    expect(tenantsOf('supervisor@tripdesk.example.com')).toEqual(['huachen', 'yunfan']);
    expect(tenantsOf('am@tripdesk.example.com')).toEqual(['huachen']);
    expect(tenantsOf('am2@tripdesk.example.com')).toEqual(['yunfan']);
    for (const role of ['platform_admin', 'auditor'] as const) {
      for (const l of data.logins.filter((x) => x.role === role)) expect(tenantsOf(l.email)).toEqual([]);
    }
    expect(duplicates(data.operatorAssignments.map((a) => `${a.email}/${a.tenantCode}`))).toEqual([]);
  });

  it('has pinyin for every name in the pools', () => {
    for (const [surname] of SURNAMES) expect(toPinyin(surname)).toMatch(/^[a-z]+$/);
    for (const pool of [DOUBLE_GIVEN_NAMES, SINGLE_GIVEN_NAMES]) {
      for (const name of [...pool.male, ...pool.female]) expect(toPinyin(name)).toMatch(/^[a-z]+$/);
    }
    expect(duplicates(SURNAMES.map(([s]) => s))).toEqual([]);
  });
});

describe('invariant checks catch corrupted data', () => {
  it('detects a manager cycle', () => {
    const bad = clone(data);
    const ceo = bad.employees.find((e) => e.employeeNo === 'HC00001');
    const someone = bad.employees.find((e) => e.managerEmployeeNo === 'HC00001');
    if (ceo === undefined || someone === undefined) throw new Error('fixture');
    ceo.managerEmployeeNo = someone.employeeNo;
    expect(() => checkManagerChains(bad)).toThrow();
  });

  it('detects a cross-tenant or dangling reference', () => {
    const crossTenant = clone(data);
    const hc = crossTenant.employees.find((e) => e.employeeNo === 'HC00002');
    if (hc === undefined) throw new Error('fixture');
    hc.managerEmployeeNo = 'YF00001';
    expect(() => checkReferences(crossTenant)).toThrow();

    const dangling = clone(data);
    const first = dangling.employees[0];
    if (first === undefined) throw new Error('fixture');
    first.costCentreCode = 'NOPE';
    expect(() => checkReferences(dangling)).toThrow();
  });

  it('detects a duplicate phone and a wrong ID check digit', () => {
    const dupPhone = clone(data);
    const [a, b] = dupPhone.employees;
    if (a === undefined || b === undefined) throw new Error('fixture');
    b.phone = a.phone;
    expect(() => checkUniqueness(dupPhone)).toThrow();

    const badId = clone(data);
    const e = badId.employees[5];
    if (e === undefined) throw new Error('fixture');
    const last = e.idCardNo.charAt(17);
    e.idCardNo = e.idCardNo.slice(0, 17) + (last === '0' ? '1' : '0');
    expect(() => checkIdCards(badId)).toThrow();
  });
});
