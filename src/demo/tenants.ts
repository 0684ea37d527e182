/**
 * Hand-written organisational blueprints of the two demo enterprises.
 * demo-data.ts turns these into employees, managers, projects and log-ins.
 */
import type { EnterpriseRole, OperatorRole } from './demo-data.ts';
import type { Gender } from './names.ts';
import { HUACHEN } from './tenant-huachen.ts';
import { YUNFAN } from './tenant-yunfan.ts';

export interface RankSpec {
  code: string;
  name: string;
  level: number;
}

export interface DepartmentSpec {
  code: string;
  name: string;
  /** Rank code of the department head; must outrank every member. */
  head: string;
  /** Number of employees besides the head. */
  members: number;
  /** Overrides the tenant's memberRankWeights for this department's own members. */
  memberRankWeights?: [string, number][];
  /** Cost centre; inherited from the parent department when omitted. */
  costCentre?: string;
  children?: DepartmentSpec[];
}

export interface ProjectSpec {
  code: string;
  name: string;
  /** The project is owned by the head of this department. */
  ownerDepartment: string;
  /** Employees of these department subtrees may be staffed on the project. */
  staffedFrom: string[];
}

/**
 * How a demo log-in picks its employee inside `department` (the department
 * itself only, not its sub-departments):
 * - head: the department head;
 * - senior: the most senior ordinary member;
 * - junior: the most junior ordinary member (preferring one with a passport,
 *   and issuing one if needed so the demo traveller can fly abroad).
 */
export interface LoginSpec {
  email: string;
  department: string;
  pick: 'head' | 'senior' | 'junior';
}

export interface TenantSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Employee number prefix, e.g. HC → HC00001. */
  employeeNoPrefix: string;
  emailDomain: string;
  /** joined: zhangwei@…, dotted: zhang.wei@… */
  emailStyle: 'joined' | 'dotted';
  employeeCount: number;
  /** Share of men among generated employees. */
  maleShare: number;
  ranks: RankSpec[];
  /** Ranks given to ordinary (non-head) members, with relative weights. */
  memberRankWeights: [string, number][];
  /** Top-level department whose head is the CEO. */
  ceoDepartment: string;
  departments: DepartmentSpec[];
  costCentres: { code: string; name: string }[];
  projects: ProjectSpec[];
  logins: Record<EnterpriseRole, LoginSpec>;
  inactiveCount: number;
}

export const TENANT_SPECS: readonly TenantSpec[] = [HUACHEN, YUNFAN];

/** Operator (Tripdesk staff) demo log-ins. */
export interface OperatorSpec {
  role: OperatorRole;
  email: string;
  gender: Gender;
  tenants: string[];
}

export const OPERATOR_SPECS: readonly OperatorSpec[] = [
  { role: 'agent', email: 'agent@tripdesk.example.com', gender: 'female', tenants: ['huachen', 'yunfan'] },
  { role: 'account_manager', email: 'am@tripdesk.example.com', gender: 'male', tenants: ['huachen'] },
  { role: 'account_manager', email: 'am2@tripdesk.example.com', gender: 'female', tenants: ['yunfan'] },
  { role: 'operations', email: 'ops@tripdesk.example.com', gender: 'male', tenants: ['huachen', 'yunfan'] },
  { role: 'supervisor', email: 'supervisor@tripdesk.example.com', gender: 'female', tenants: ['huachen', 'yunfan'] },
  { role: 'platform_admin', email: 'admin@tripdesk.example.com', gender: 'male', tenants: [] },
  { role: 'auditor', email: 'auditor@tripdesk.example.com', gender: 'female', tenants: [] },
];
