import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { DemoData } from './demo-data.ts';

/** What the organisation seed created, for the modules that seed their own demo data on top of it. */
export interface SeedContext {
  data: DemoData;
  cipher: PiiCipher;
  /** Tenant id by tenant code. */
  tenantId(code: string): string;
  /** Ids by "<tenantCode>/<code>": departments by code, employees by employee number, projects and cost centres by code. */
  departmentId(tenantCode: string, code: string): string;
  employeeId(tenantCode: string, employeeNo: string): string;
  projectId(tenantCode: string, code: string): string;
  costCentreId(tenantCode: string, code: string): string;
  /** The employee behind a demo log-in (by email), for enterprise log-ins. */
  employeeOfLogin(email: string): { tenantCode: string; employeeId: string };
  /** The account of a demo log-in (by email). */
  accountOfLogin(email: string): string;
}
