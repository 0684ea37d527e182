/** Shapes of the Tripdesk HTTP API (v1) as consumed by the console. */

export type Locale = 'zh-CN' | 'en';

export interface TenantRef {
  id: string;
  name: string;
  nameEn: string;
}

export interface Me {
  id: string;
  kind: 'tenant' | 'operator';
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  permissions: string[];
  locale: Locale;
  /** The signed-in user's employee record (null for operator staff). */
  employeeId?: string | null;
  tenant: TenantRef | null;
  tenants: TenantRef[];
}

export interface LoginRequest {
  email?: string;
  phone?: string;
  password: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ItemList<T> {
  items: T[];
}

export interface Department {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  headEmployeeId: string | null;
  employeeCount: number;
}

export interface DepartmentCreate {
  code: string;
  name: string;
  parentId?: string;
}

export interface DepartmentUpdate {
  code?: string;
  name?: string;
  parentId?: string | null;
}

export type EmployeeStatus = 'active' | 'inactive';

export interface Employee {
  id: string;
  employeeNo: string;
  name: string;
  email: string | null;
  phone: string | null;
  rank: string;
  /** Display name of the rank (sent by the server alongside the code). */
  rankName?: string;
  departmentId: string;
  departmentName: string;
  managerId: string | null;
  managerName: string | null;
  costCentreId: string | null;
  projectIds: string[];
  idCardNo: string | null;
  passportNo: string | null;
  status: EmployeeStatus;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of POST /org/employees and PATCH /org/employees/:id (PATCH sends only changed fields). */
export interface EmployeeWrite {
  employeeNo?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  rank?: string;
  departmentId?: string;
  managerId?: string | null;
  costCentreId?: string | null;
  projectIds?: string[];
  idCardNo?: string | null;
  passportNo?: string | null;
  status?: EmployeeStatus;
}

export interface EmployeeQuery {
  q?: string;
  departmentId?: string;
  status?: EmployeeStatus;
  cursor?: string;
  limit?: number;
}

export interface Rank {
  code: string;
  name: string;
  level: number;
}

export interface Project {
  id: string;
  code: string;
  name: string;
  ownerEmployeeId: string | null;
  status: string;
}

export interface CostCentre {
  id: string;
  code: string;
  name: string;
}

export interface ImportResult {
  created: number;
  updated: number;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
  /** The offending cell's content, where there is one. */
  value?: string;
}

export interface FieldError {
  path: string;
  message: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { tenantId: string; seq: number; reason: string };
}

export const API_KEY_SCOPES = ['org:read', 'org:write', 'audit:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
}

export interface ApiKeyCreate {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: string;
}

export interface ApiKeyCreated {
  key: ApiKey;
  secret: string;
}

/** Error body returned by every failing API call. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** A city of the geo directory (GET /geo/cities). */
export interface City {
  id: string;
  zh: string;
  zhFull: string;
  en: string;
  pinyin: string;
  divisionCode: string;
  level: 'municipality' | 'prefecture' | 'county';
  province: { code: string; zh: string; en: string };
  tier: 'tier1' | 'new_tier1' | 'tier2' | 'other';
  tierYear: number;
  iataCity: string | null;
  airports: { iata: string; zh: string; en: string; main: boolean }[];
  stations: { name: string; telegraphCode: string }[];
}
