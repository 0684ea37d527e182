import type { Db } from '../platform/db/database.ts';
import { inTenantScope } from '../platform/db/scope.ts';
import { chinaDateOf } from '../platform/time/china-time.ts';
import { categoriesWithoutFlow } from '../modules/approval/index.ts';
import { departmentsWithBudget } from '../modules/budget/index.ts';
import { departmentStaffing, employeesWithoutManager, type DepartmentStaffing } from '../modules/org/index.ts';
import { publishedPolicyCount } from '../modules/policy/index.ts';

/** One thing a travel admin still has to set up, with how many are affected and a few examples. */
export interface SetupCheck {
  code: 'no_published_policy' | 'employees_without_manager' | 'categories_without_flow' | 'departments_without_budget';
  /** 0: done. */
  count: number;
  /** Names (employees, departments) or category codes, at most five. */
  examples: string[];
}

/** Staffed departments not covered by a budget in force today, on themselves or any ancestor. */
function uncoveredDepartments(all: readonly DepartmentStaffing[], budgeted: Set<string>): DepartmentStaffing[] {
  const byId = new Map(all.map((d) => [d.id, d]));
  const covered = (d: DepartmentStaffing): boolean => {
    const seen = new Set<string>();
    for (let at: DepartmentStaffing | undefined = d; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (budgeted.has(at.id)) return true;
      seen.add(at.id);
    }
    return false;
  };
  return all.filter((d) => d.activeEmployees > 0 && !covered(d));
}

/**
 * The travel admin's pending set-up, computed from the tenant's data as it is now: a published
 * policy, a manager for everyone who needs one, a flow for every category, a budget over every
 * staffed department for today's period.
 */
export async function setupChecks(db: Db, tenantId: string, now = new Date()): Promise<SetupCheck[]> {
  return inTenantScope(db, [tenantId], async (tx) => {
    const published = await publishedPolicyCount(tx, tenantId);
    const unmanaged = await employeesWithoutManager(tx, tenantId);
    const flowless = await categoriesWithoutFlow(tx, tenantId);
    const unbudgeted = uncoveredDepartments(
      await departmentStaffing(tx, tenantId),
      await departmentsWithBudget(tx, tenantId, chinaDateOf(now)),
    );
    return [
      { code: 'no_published_policy', count: published === 0 ? 1 : 0, examples: [] },
      { code: 'employees_without_manager', count: unmanaged.count, examples: unmanaged.examples },
      { code: 'categories_without_flow', count: flowless.length, examples: flowless.slice(0, 5) },
      { code: 'departments_without_budget', count: unbudgeted.length, examples: unbudgeted.slice(0, 5).map((d) => d.name) },
    ];
  });
}
