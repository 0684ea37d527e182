import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope, oneStatementInTenantScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { toPage, type Page } from '../../../platform/pagination/cursor.ts';
import { normaliseMobile } from '../rules/field-rules.ts';
import { employees } from '../schema.ts';
import { afterCursor } from '../../../platform/pagination/keyset.ts';
import { containsPattern } from '../../../platform/db/like.ts';
import { toEmployeeView, type EmployeeStatus, type EmployeeView, type PiiViewer } from './employee-view.ts';
import { selectEmployeeById, selectEmployeeViews } from './select-employees.ts';
import type { Actor } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';

export interface EmployeeQuery {
  /**
   * Part of the name, employee number or email (case-insensitive), or, for viewers with pii.read,
   * an exact mobile number.
   */
  q?: string;
  departmentId?: string;
  status?: EmployeeStatus;
  rank?: string;
  managerId?: string;
  cursor?: string;
  limit: number;
}

interface ReadArgs {
  tenantIds: readonly string[];
  cipher: PiiCipher;
  viewer: PiiViewer;
}

/**
 * Employees ordered by employee number, a page at a time. An exact-phone search (pii.read only)
 * audits each employee it finds, as a reveal would: finding who owns a number learns the number.
 */
export async function listEmployees(db: Db, args: ReadArgs & { actor: Actor; query: EmployeeQuery }): Promise<Page<EmployeeView>> {
  const { query, cipher } = args;
  const where = employeeListFilter(query, cipher, args.tenantIds, args.viewer);
  const phone = searchedPhone(query, args.viewer);
  const rows = await inTenantScope(db, args.tenantIds, async (tx) => {
    const views = await selectEmployeeViews(tx, cipher, args.viewer, where, query.limit + 1);
    if (phone !== null) await auditFoundByPhone(tx, args.actor, cipher.blindIndex(phone), args.tenantIds);
    return views;
  });
  return toPage(rows, query.limit, (r) => [r.employeeNo, r.id]);
}

/** The mobile number q names, if the viewer may search by it (pii.read). */
function searchedPhone(query: EmployeeQuery, viewer: PiiViewer): string | null {
  const q = query.q?.trim() ?? '';
  return q === '' || !viewer.canReadPii ? null : normaliseMobile(q);
}

async function auditFoundByPhone(tx: Tx, actor: Actor, phoneHash: string, tenantIds: readonly string[]): Promise<void> {
  const found = await tx
    .select({ id: employees.id, tenantId: employees.tenantId, employeeNo: employees.employeeNo, name: employees.name })
    .from(employees)
    .where(and(inArray(employees.tenantId, [...tenantIds]), eq(employees.phoneHash, phoneHash)));
  for (const e of found) {
    await appendAudit(tx, {
      tenantId: e.tenantId,
      actor,
      action: 'employee.found_by_phone',
      entityType: 'employee',
      entityId: e.id,
      summary: `Employee ${e.employeeNo} ${e.name} found by exact phone number`,
      data: { field: 'phone' },
    });
  }
}

/**
 * The condition the list's tenants, filters, search and cursor make. Only a viewer with pii.read
 * finds an employee by exact mobile number (blind index): to anyone else a number matches nothing,
 * so it neither tells who owns it nor lets a masked number (138****5678) be completed by trying the
 * hidden digits one search at a time. The tenants repeat what
 * row-level security enforces, for the planner's sake: the policy's tenant list is only known when
 * the query runs, while tenant_id = $1 lets a single tenant's page be read in order from an index
 * (employees_status_idx, employees_employee_no_key) and stop after the page.
 */
export function employeeListFilter(
  query: EmployeeQuery,
  cipher: PiiCipher,
  tenantIds: readonly string[],
  viewer: PiiViewer,
): SQL | undefined {
  const q = query.q?.trim() ?? '';
  const phone = searchedPhone(query, viewer);
  const search =
    q === ''
      ? undefined
      : or(
          ilike(employees.name, containsPattern(q)),
          ilike(employees.employeeNo, containsPattern(q)),
          ilike(employees.email, containsPattern(q)),
          phone === null ? undefined : eq(employees.phoneHash, cipher.blindIndex(phone)),
        );
  return and(
    tenantIds.length === 1 ? eq(employees.tenantId, tenantIds[0] ?? '') : inArray(employees.tenantId, [...tenantIds]),
    search,
    query.departmentId === undefined ? undefined : eq(employees.departmentId, query.departmentId),
    query.status === undefined ? undefined : eq(employees.status, query.status),
    query.rank === undefined ? undefined : eq(employees.rank, query.rank),
    query.managerId === undefined ? undefined : eq(employees.managerId, query.managerId),
    afterCursor(query.cursor, employees.employeeNo, employees.id),
  );
}

export async function getEmployee(db: Db, args: ReadArgs & { id: string }): Promise<EmployeeView> {
  const [row] = await oneStatementInTenantScope(db, args.tenantIds, (tx) => selectEmployeeById(tx, { id: args.id }));
  if (!row) throw notFound('employee');
  return toEmployeeView(row, row.projectIds, args.cipher, args.viewer);
}
