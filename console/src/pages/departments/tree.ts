import type { Department } from '../../api/types';

export interface DepartmentNode {
  department: Department;
  children: DepartmentNode[];
  depth: number;
}

const byCode = (a: DepartmentNode, b: DepartmentNode) => a.department.code.localeCompare(b.department.code, undefined, { numeric: true });

/**
 * Builds the tree from the flat list. A department whose parent is missing becomes a root,
 * so a partial list (or a cycle in bad data) never hides a department.
 */
export function buildDepartmentTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of departments) nodes.set(department.id, { department, children: [], depth: 0 });

  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }

  const assignDepth = (list: DepartmentNode[], depth: number) => {
    list.sort(byCode);
    for (const node of list) {
      node.depth = depth;
      assignDepth(node.children, depth + 1);
    }
  };
  assignDepth(roots, 0);
  return roots;
}

/** True when `node` is `candidate` or one of candidate's ancestors (guards against cycles). */
function isAncestor(node: DepartmentNode, candidate: DepartmentNode, nodes: Map<string, DepartmentNode>): boolean {
  const seen = new Set<string>();
  let current: DepartmentNode | undefined = candidate;
  while (current && !seen.has(current.department.id)) {
    if (current === node) return true;
    seen.add(current.department.id);
    current = current.department.parentId ? nodes.get(current.department.parentId) : undefined;
  }
  return false;
}

/** Depth-first order, for indented <select> options. */
export function flattenTree(roots: DepartmentNode[]): DepartmentNode[] {
  const out: DepartmentNode[] = [];
  const walk = (list: DepartmentNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Ids of `id` and all departments beneath it (not valid as its new parent). */
export function subtreeIds(roots: DepartmentNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const collect = (node: DepartmentNode) => {
    ids.add(node.department.id);
    node.children.forEach(collect);
  };
  const find = (list: DepartmentNode[]): boolean =>
    list.some((node) => (node.department.id === id ? (collect(node), true) : find(node.children)));
  find(roots);
  return ids;
}

/** Ids of every department that has children (for "expand all"). */
export function parentIds(roots: DepartmentNode[]): Set<string> {
  return new Set(
    flattenTree(roots)
      .filter((n) => n.children.length > 0)
      .map((n) => n.department.id),
  );
}
