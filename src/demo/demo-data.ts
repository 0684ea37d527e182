/**
 * Deterministic demo data for Tripdesk: two Chinese enterprises with ranks,
 * a three-level department tree, ~300 employees, cost centres, projects,
 * one demo log-in per enterprise role and tenant, and operator log-ins.
 *
 * Pure: no I/O, no clock, no Math.random. Every call returns equal data.
 * Ids are assigned by the seeder; entities refer to each other by codes,
 * employee numbers and e-mail addresses.
 */
import { drawUniqueName, toPinyin, type Gender } from './names.ts';
import { drawIdCardNo, drawPassportNo, drawPhone, pad, type Registry } from './personal-numbers.ts';
import { createRng, hashString } from './random.ts';
import { OPERATOR_SPECS, TENANT_SPECS, type DepartmentSpec, type RankSpec, type TenantSpec } from './tenants.ts';

export interface DemoTenant {
  code: string;
  name: string;
  nameEn: string;
}
/** level 1 = most junior */
export interface DemoRank {
  tenantCode: string;
  code: string;
  name: string;
  level: number;
}
export interface DemoDepartment {
  tenantCode: string;
  code: string;
  name: string;
  parentCode: string | null;
}
export interface DemoCostCentre {
  tenantCode: string;
  code: string;
  name: string;
}
export interface DemoProject {
  tenantCode: string;
  code: string;
  name: string;
  ownerEmployeeNo: string;
}
export interface DemoEmployee {
  tenantCode: string;
  employeeNo: string;
  name: string;
  email: string;
  phone: string;
  /** rank code */
  rank: string;
  departmentCode: string;
  managerEmployeeNo: string | null;
  costCentreCode: string;
  projectCodes: string[];
  idCardNo: string;
  passportNo: string | null;
  status: 'active' | 'inactive';
}
export type EnterpriseRole = 'traveller' | 'approver' | 'travel_admin' | 'finance' | 'executive';
export type OperatorRole = 'agent' | 'account_manager' | 'operations' | 'supervisor' | 'platform_admin' | 'auditor';
export interface DemoLogin {
  /** main role */
  role: EnterpriseRole | OperatorRole;
  tenantCode: string | null;
  email: string;
  password: string;
  displayName: string;
  employeeNo: string | null;
  /** all roles, main role first */
  roles: (EnterpriseRole | OperatorRole)[];
  phone: string;
}
export interface DemoOperatorAssignment {
  email: string;
  tenantCode: string;
}
export interface DemoData {
  tenants: DemoTenant[];
  ranks: DemoRank[];
  departments: DemoDepartment[];
  costCentres: DemoCostCentre[];
  projects: DemoProject[];
  employees: DemoEmployee[];
  logins: DemoLogin[];
  operatorAssignments: DemoOperatorAssignment[];
}

/** Fixed PRNG seed; change it to get a different (but still stable) population. */
export const DEMO_SEED = 20260101;
/** Password of every demo log-in. */
export const DEMO_PASSWORD = 'Tripdesk#2026';
/** Ages and birth dates are computed relative to 1 January of this year. */
export const DEMO_REFERENCE_YEAR = 2026;

export const ENTERPRISE_ROLES: readonly EnterpriseRole[] = ['traveller', 'approver', 'travel_admin', 'finance', 'executive'];
export const OPERATOR_ROLES: readonly OperatorRole[] = [
  'agent',
  'account_manager',
  'operations',
  'supervisor',
  'platform_admin',
  'auditor',
];

/** Roles held by each demo log-in, main role first. */
export const ENTERPRISE_ROLE_GRANTS: Readonly<Record<EnterpriseRole, readonly EnterpriseRole[]>> = {
  traveller: ['traveller'],
  approver: ['approver', 'traveller'],
  travel_admin: ['travel_admin', 'traveller'],
  finance: ['finance', 'traveller'],
  executive: ['executive', 'approver', 'traveller'],
};
export const OPERATOR_ROLE_GRANTS: Readonly<Record<OperatorRole, readonly OperatorRole[]>> = {
  agent: ['agent'],
  account_manager: ['account_manager'],
  operations: ['operations'],
  supervisor: ['supervisor', 'agent'],
  platform_admin: ['platform_admin'],
  auditor: ['auditor'],
};

interface FlatDepartment {
  code: string;
  name: string;
  parentCode: string | null;
  headRank: RankSpec;
  members: number;
  memberRanks: (readonly [RankSpec, number])[];
  costCentre: string;
  /** Codes from the top-level department down to this one (inclusive). */
  path: string[];
}

interface Slot {
  department: FlatDepartment;
  rank: RankSpec;
  isHead: boolean;
}

interface TenantResult {
  tenant: DemoTenant;
  ranks: DemoRank[];
  departments: DemoDepartment[];
  costCentres: DemoCostCentre[];
  projects: DemoProject[];
  employees: DemoEmployee[];
  logins: DemoLogin[];
}

function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data: unknown ${what} ${String(key)}`);
  return value;
}

function flattenDepartments(spec: TenantSpec, ranks: ReadonlyMap<string, RankSpec>): FlatDepartment[] {
  const out: FlatDepartment[] = [];
  const visit = (dept: DepartmentSpec, parent: FlatDepartment | null): void => {
    const costCentre = dept.costCentre ?? parent?.costCentre;
    if (costCentre === undefined) throw new Error(`demo data: ${dept.code} has no cost centre`);
    const flat: FlatDepartment = {
      code: dept.code,
      name: dept.name,
      parentCode: parent?.code ?? null,
      headRank: required(ranks, dept.head, 'rank'),
      members: dept.members,
      memberRanks: (dept.memberRankWeights ?? spec.memberRankWeights).map(
        ([code, weight]) => [required(ranks, code, 'rank'), weight] as const,
      ),
      costCentre,
      path: [...(parent?.path ?? []), dept.code],
    };
    out.push(flat);
    for (const child of dept.children ?? []) visit(child, flat);
  };
  for (const dept of spec.departments) visit(dept, null);
  return out;
}

function generateTenant(spec: TenantSpec, registry: Registry): TenantResult {
  const rng = createRng((DEMO_SEED ^ hashString(spec.code)) >>> 0);
  const ranksByCode = new Map(spec.ranks.map((rank) => [rank.code, rank] as const));
  const costCentreCodes = new Set(spec.costCentres.map((cc) => cc.code));
  const departments = flattenDepartments(spec, ranksByCode);
  const departmentsByCode = new Map(departments.map((dept) => [dept.code, dept] as const));
  for (const dept of departments) {
    if (!costCentreCodes.has(dept.costCentre)) throw new Error(`demo data: unknown cost centre ${dept.costCentre}`);
  }
  const ceoDepartment = required(departmentsByCode, spec.ceoDepartment, 'department');
  if (ceoDepartment.parentCode !== null) throw new Error('demo data: the CEO department must be top-level');

  // 1. Positions: one head per department, members strictly junior to the head.
  const slots: Slot[] = [];
  for (const department of departments) {
    slots.push({ department, rank: department.headRank, isHead: true });
    const eligible = department.memberRanks.filter(([rank]) => rank.level < department.headRank.level);
    if (department.members > 0 && eligible.length === 0) {
      throw new Error(`demo data: no rank below the head of ${department.code}`);
    }
    for (let i = 0; i < department.members; i++) {
      slots.push({ department, rank: rng.weighted(eligible), isHead: false });
    }
  }
  if (slots.length !== spec.employeeCount) {
    throw new Error(`demo data: ${spec.code} blueprint has ${slots.length} positions, expected ${spec.employeeCount}`);
  }

  // 2. Employee numbers: the CEO is employee #1, everybody else in "hiring order".
  const ceoSlot = slots.find((slot) => slot.isHead && slot.department === ceoDepartment);
  if (ceoSlot === undefined) throw new Error('demo data: no CEO');
  const ordered = [ceoSlot, ...rng.shuffle(slots.filter((slot) => slot !== ceoSlot))];

  // 3. People.
  const emails = new Set<string>();
  const headOf = new Map<string, string>();
  const employees: DemoEmployee[] = [];
  const slotOf = new Map<DemoEmployee, Slot>();
  ordered.forEach((slot, index) => {
    const employeeNo = spec.employeeNoPrefix + pad(index + 1, 5);
    const gender: Gender = rng.chance(spec.maleShare) ? 'male' : 'female';
    const name = drawUniqueName(rng, gender, registry.names);
    const surnamePy = toPinyin(name.surname);
    const givenPy = toPinyin(name.given);
    const base = spec.emailStyle === 'dotted' ? `${surnamePy}.${givenPy}` : surnamePy + givenPy;
    let local = base;
    for (let n = 2; emails.has(local); n++) local = base + String(n);
    emails.add(local);
    const employee: DemoEmployee = {
      tenantCode: spec.code,
      employeeNo,
      name: name.full,
      email: `${local}@${spec.emailDomain}`,
      phone: drawPhone(rng, registry),
      rank: slot.rank.code,
      departmentCode: slot.department.code,
      managerEmployeeNo: null,
      costCentreCode: slot.department.costCentre,
      projectCodes: [],
      idCardNo: drawIdCardNo(rng, registry, slot.rank.level, gender, DEMO_REFERENCE_YEAR),
      passportNo: rng.chance(0.34 + 0.02 * slot.rank.level) ? drawPassportNo(rng, registry) : null,
      status: 'active',
    };
    if (slot.isHead) headOf.set(slot.department.code, employeeNo);
    employees.push(employee);
    slotOf.set(employee, slot);
  });

  // 4. Reporting lines: members → department head → parent head → … → CEO.
  const ceoNo = required(headOf, ceoDepartment.code, 'department head');
  for (const employee of employees) {
    const slot = required(slotOf, employee, 'slot');
    const dept = slot.department;
    if (!slot.isHead) employee.managerEmployeeNo = required(headOf, dept.code, 'department head');
    else if (dept === ceoDepartment) employee.managerEmployeeNo = null;
    else if (dept.parentCode === null) employee.managerEmployeeNo = ceoNo;
    else employee.managerEmployeeNo = required(headOf, dept.parentCode, 'department head');
  }

  // 5. Demo log-ins, each bound to a distinct, fitting employee.
  const byNo = new Map(employees.map((e) => [e.employeeNo, e] as const));
  const loginEmployees = new Set<string>();
  const logins: DemoLogin[] = [];
  for (const role of ENTERPRISE_ROLES) {
    const loginSpec = spec.logins[role];
    required(departmentsByCode, loginSpec.department, 'department');
    let employee: DemoEmployee;
    if (loginSpec.pick === 'head') {
      employee = required(byNo, required(headOf, loginSpec.department, 'department head'), 'employee');
    } else {
      const level = (e: DemoEmployee): number => required(slotOf, e, 'slot').rank.level;
      const members = employees.filter((e) => e.departmentCode === loginSpec.department && !required(slotOf, e, 'slot').isHead);
      members.sort((a, b) =>
        loginSpec.pick === 'senior'
          ? level(b) - level(a)
          : level(a) - level(b) || Number(a.passportNo === null) - Number(b.passportNo === null),
      );
      const first = members[0];
      if (first === undefined) throw new Error(`demo data: no member in ${loginSpec.department}`);
      employee = first;
      // The demo traveller should be able to book international trips.
      if (loginSpec.pick === 'junior' && employee.passportNo === null) {
        employee.passportNo = drawPassportNo(rng, registry);
      }
    }
    if (loginEmployees.has(employee.employeeNo)) {
      throw new Error(`demo data: ${employee.employeeNo} bound to two log-ins`);
    }
    loginEmployees.add(employee.employeeNo);
    logins.push({
      role,
      tenantCode: spec.code,
      email: loginSpec.email,
      password: DEMO_PASSWORD,
      displayName: employee.name,
      employeeNo: employee.employeeNo,
      roles: [...ENTERPRISE_ROLE_GRANTS[role]],
      phone: employee.phone,
    });
  }

  // 6. A few leavers: never a head (nobody reports to them) nor a demo log-in.
  const leaverCandidates = employees.filter((e) => !required(slotOf, e, 'slot').isHead && !loginEmployees.has(e.employeeNo));
  for (const leaver of rng.shuffle(leaverCandidates).slice(0, spec.inactiveCount)) {
    leaver.status = 'inactive';
  }

  // 7. Projects: owned by a department head, staffed from related departments.
  const projects: DemoProject[] = spec.projects.map((project) => {
    for (const code of project.staffedFrom) required(departmentsByCode, code, 'department');
    const ownerNo = required(headOf, project.ownerDepartment, 'department head');
    required(byNo, ownerNo, 'employee').projectCodes.push(project.code);
    return { tenantCode: spec.code, code: project.code, name: project.name, ownerEmployeeNo: ownerNo };
  });
  for (const employee of employees) {
    if (employee.status === 'inactive') continue;
    const path = required(departmentsByCode, employee.departmentCode, 'department').path;
    const candidates = spec.projects
      .filter((p) => !employee.projectCodes.includes(p.code) && p.staffedFrom.some((code) => path.includes(code)))
      .map((p) => p.code);
    const roll = rng.next();
    const wanted = roll < 0.4 ? 0 : roll < 0.85 ? 1 : 2;
    const extra = Math.max(0, wanted - employee.projectCodes.length);
    employee.projectCodes.push(...rng.shuffle(candidates).slice(0, extra));
    employee.projectCodes.sort();
  }

  return {
    tenant: { code: spec.code, name: spec.name, nameEn: spec.nameEn },
    ranks: spec.ranks.map((rank) => ({ tenantCode: spec.code, code: rank.code, name: rank.name, level: rank.level })),
    departments: departments.map((dept) => ({
      tenantCode: spec.code,
      code: dept.code,
      name: dept.name,
      parentCode: dept.parentCode,
    })),
    costCentres: spec.costCentres.map((cc) => ({ tenantCode: spec.code, code: cc.code, name: cc.name })),
    projects,
    employees,
    logins,
  };
}

/** Builds the complete demo data set. Deterministic: every call returns equal data. */
export function generateDemoData(): DemoData {
  const registry: Registry = {
    names: new Set(),
    phones: new Set(),
    idCards: new Set(),
    passports: new Set(),
  };
  const data: DemoData = {
    tenants: [],
    ranks: [],
    departments: [],
    costCentres: [],
    projects: [],
    employees: [],
    logins: [],
    operatorAssignments: [],
  };

  for (const spec of TENANT_SPECS) {
    const result = generateTenant(spec, registry);
    data.tenants.push(result.tenant);
    data.ranks.push(...result.ranks);
    data.departments.push(...result.departments);
    data.costCentres.push(...result.costCentres);
    data.projects.push(...result.projects);
    data.employees.push(...result.employees);
    data.logins.push(...result.logins);
  }

  const rng = createRng((DEMO_SEED ^ hashString('tripdesk')) >>> 0);
  for (const operator of OPERATOR_SPECS) {
    const name = drawUniqueName(rng, operator.gender, registry.names);
    data.logins.push({
      role: operator.role,
      tenantCode: null,
      email: operator.email,
      password: DEMO_PASSWORD,
      displayName: name.full,
      employeeNo: null,
      roles: [...OPERATOR_ROLE_GRANTS[operator.role]],
      phone: drawPhone(rng, registry),
    });
    for (const tenantCode of operator.tenants) {
      data.operatorAssignments.push({ email: operator.email, tenantCode });
    }
  }

  return data;
}
