/**
 * The organisation as the engine sees it: synchronous look-ups over data the calling service has
 * loaded beforehand (see org-snapshot.ts for a ready implementation over plain rows). Every id is
 * an employee or department id of the instance's tenant; unknown ids answer null / false / [].
 */
export interface OrgDirectory {
  managerOf(employeeId: string): string | null;
  departmentHeadOf(departmentId: string): string | null;
  parentDepartmentOf(departmentId: string): string | null;
  usersWithRole(role: string): readonly string[];
  projectOwnerOf(projectId: string): string | null;
  costCentreOwnerOf(costCentreId: string): string | null;
  employeeDepartment(employeeId: string): string | null;
  isActive(employeeId: string): boolean;
  /** The employee acting for employeeId at that moment (委托), if a delegation is in force. */
  delegateOf(employeeId: string, at: Date): string | null;
}

/** Guard against corrupt hierarchies (a loop in the reporting lines or the department tree). */
export const maxHierarchyDepth = 64;

/**
 * The nearest head of departmentId or of one of its ancestors (a department without a head is
 * approved by the next head up, as 钉钉 and 飞书 do by default).
 */
export function nearestDepartmentHead(directory: OrgDirectory, departmentId: string | null): string | null {
  let department = departmentId;
  for (let depth = 0; department !== null && depth < maxHierarchyDepth; depth++) {
    const head = directory.departmentHeadOf(department);
    if (head !== null) return head;
    department = directory.parentDepartmentOf(department);
  }
  return null;
}

/**
 * Who stands above an employee, for escalation: the manager, else the head of their department
 * (when that is someone else), else the nearest head above their department.
 */
export function superiorOf(directory: OrgDirectory, employeeId: string): string | null {
  const manager = directory.managerOf(employeeId);
  if (manager !== null && manager !== employeeId) return manager;
  const department = directory.employeeDepartment(employeeId);
  if (department === null) return null;
  const head = directory.departmentHeadOf(department);
  if (head !== null && head !== employeeId) return head;
  const above = nearestDepartmentHead(directory, directory.parentDepartmentOf(department));
  return above !== null && above !== employeeId ? above : null;
}
