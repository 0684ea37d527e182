import type { OrgDirectory } from './org-directory.ts';

/** The rows a service loads for one tenant before calling the engine. Times are ISO-8601 strings. */
export interface OrgSnapshot {
  employees: { id: string; managerId: string | null; departmentId: string | null; active: boolean; roles?: string[] }[];
  departments: { id: string; parentId: string | null; headId: string | null }[];
  projects?: { id: string; ownerId: string | null }[];
  costCentres?: { id: string; ownerId: string | null }[];
  /** 委托: `to` acts for `from` from startsAt (inclusive) until endsAt (exclusive; null = open-ended). */
  delegations?: { from: string; to: string; startsAt: string; endsAt: string | null }[];
}

/** An OrgDirectory over a snapshot, with maps built once. */
export function directoryFromSnapshot(snapshot: OrgSnapshot): OrgDirectory {
  const employees = new Map(snapshot.employees.map((e) => [e.id, e]));
  const departments = new Map(snapshot.departments.map((d) => [d.id, d]));
  const projects = new Map((snapshot.projects ?? []).map((p) => [p.id, p]));
  const costCentres = new Map((snapshot.costCentres ?? []).map((c) => [c.id, c]));
  const byRole = new Map<string, string[]>();
  for (const employee of snapshot.employees) {
    for (const role of employee.roles ?? []) byRole.set(role, [...(byRole.get(role) ?? []), employee.id]);
  }
  const delegations = (snapshot.delegations ?? [])
    .map((d) => ({ ...d, starts: Date.parse(d.startsAt), ends: d.endsAt === null ? Infinity : Date.parse(d.endsAt) }))
    // The most recently started delegation wins when ranges overlap.
    .sort((a, b) => b.starts - a.starts);
  return {
    managerOf: (id) => employees.get(id)?.managerId ?? null,
    departmentHeadOf: (id) => departments.get(id)?.headId ?? null,
    parentDepartmentOf: (id) => departments.get(id)?.parentId ?? null,
    usersWithRole: (role) => byRole.get(role) ?? [],
    projectOwnerOf: (id) => projects.get(id)?.ownerId ?? null,
    costCentreOwnerOf: (id) => costCentres.get(id)?.ownerId ?? null,
    employeeDepartment: (id) => employees.get(id)?.departmentId ?? null,
    isActive: (id) => employees.get(id)?.active ?? false,
    delegateOf: (id, at) => {
      const t = at.getTime();
      return delegations.find((d) => d.from === id && d.starts <= t && t < d.ends)?.to ?? null;
    },
  };
}
