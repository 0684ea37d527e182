import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department } from '../../api/types';
import { buildDepartmentTree, flattenTree, parentIds, subtreeIds, type DepartmentNode } from './tree';

function dept(id: string, code: string, parentId: string | null): Department {
  return { id, code, name: `部门 ${code}`, parentId, headEmployeeId: null, externalId: null, employeeCount: 0 };
}

const ids = (nodes: DepartmentNode[]) => nodes.map((n) => n.department.id);

describe('department tree', () => {
  const list = [
    dept('r', 'HC', null),
    dept('b', 'HC-10', 'r'),
    dept('a', 'HC-2', 'r'),
    dept('a1', 'HC-2-1', 'a'),
    dept('x', 'ZZ', 'missing'),
  ];

  it('hangs children under parents in code order (numbers as numbers), with depths', () => {
    const roots = buildDepartmentTree(list);
    expect(ids(roots)).toEqual(['r', 'x']);
    expect(ids(roots[0]?.children ?? [])).toEqual(['a', 'b']);
    expect(flattenTree(roots).map((n) => [n.department.id, n.depth])).toEqual([
      ['r', 0],
      ['a', 1],
      ['a1', 2],
      ['b', 1],
      ['x', 0],
    ]);
  });

  it('makes a department whose parent is not in the list a root', () => {
    expect(buildDepartmentTree(list).find((n) => n.department.id === 'x')?.depth).toBe(0);
  });

  it('never loses a department in a cycle', () => {
    const cycle = [dept('p', 'P', 'q'), dept('q', 'Q', 'p'), dept('s', 'S', 's')];
    expect(ids(flattenTree(buildDepartmentTree(cycle))).sort()).toEqual(['p', 'q', 's']);
  });

  it('shows every department exactly once, whatever the parent links', () => {
    const links = fc.array(fc.option(fc.nat({ max: 14 }), { nil: null }), { minLength: 0, maxLength: 15 });
    fc.assert(
      fc.property(links, (parents) => {
        const departments = parents.map((parent, i) => dept(`d${i}`, `C${i}`, parent === null ? null : `d${parent}`));
        const flat = flattenTree(buildDepartmentTree(departments));
        expect(ids(flat).sort()).toEqual(departments.map((d) => d.id).sort());
        for (const node of flat) for (const child of node.children) expect(child.depth).toBe(node.depth + 1);
      }),
    );
  });

  it('names a department and everything beneath it (not valid as its new parent)', () => {
    const roots = buildDepartmentTree(list);
    expect([...subtreeIds(roots, 'a')].sort()).toEqual(['a', 'a1']);
    expect([...subtreeIds(roots, 'r')].sort()).toEqual(['a', 'a1', 'b', 'r']);
    expect([...subtreeIds(roots, 'nope')]).toEqual([]);
    expect([...parentIds(roots)].sort()).toEqual(['a', 'r']);
  });
});
