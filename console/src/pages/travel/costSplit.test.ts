import { describe, expect, it } from 'vitest';
import { splitShares } from './costSplit';

const people = [
  { id: 'a', name: '甲', departmentName: '上海销售部' },
  { id: 'b', name: '乙', departmentName: '北京销售部' },
  { id: 'c', name: '丙' },
];

describe('the form’s preview of the cost split', () => {
  it('splits equally in fen, the remainder on the first traveller, each on their department', () => {
    const rows = splitShares(100_001, people, 'traveller_department', '');
    expect(rows.map((r) => r.amountFen)).toEqual([33_335, 33_333, 33_333]);
    expect(rows.reduce((s, r) => s + r.amountFen, 0)).toBe(100_001);
    expect(rows.map((r) => [r.bearerType, r.bearerName])).toEqual([
      ['department', '上海销售部'],
      ['department', '北京销售部'],
      ['department', ''],
    ]);
  });
  it('a chosen cost centre or project bears every share', () => {
    expect(
      splitShares(300, people.slice(0, 2), 'cost_centre', '华东成本中心').map((r) => [r.bearerType, r.bearerName, r.amountFen]),
    ).toEqual([
      ['cost_centre', '华东成本中心', 150],
      ['cost_centre', '华东成本中心', 150],
    ]);
    expect(splitShares(7, people.slice(0, 1), 'project', '新厂').map((r) => r.bearerType)).toEqual(['project']);
    expect(splitShares(7, [], 'project', '新厂')).toEqual([]);
  });
});
