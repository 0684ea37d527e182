import { describe, expect, it } from 'vitest';
import { budgetSharesOf, checkBearer, splitEqually } from './cost-shares.ts';
import type { FieldError } from '../../platform/errors/app-error.ts';

describe('the split of an estimate across travellers', () => {
  it('equal shares, the remainder fen on the first traveller, adding up to the total', () => {
    expect(splitEqually(100_001, ['a', 'b', 'c'])).toEqual([
      { travellerId: 'a', amountFen: 33_335 },
      { travellerId: 'b', amountFen: 33_333 },
      { travellerId: 'c', amountFen: 33_333 },
    ]);
    expect(splitEqually(2, ['a', 'b', 'c']).map((s) => s.amountFen)).toEqual([2, 0, 0]);
    expect(splitEqually(500, ['a'])).toEqual([{ travellerId: 'a', amountFen: 500 }]);
    expect(splitEqually(500, [])).toEqual([]);
    for (const [total, n] of [
      [0, 4],
      [7, 3],
      [999_999_999, 7],
      [100_000_000_000, 20],
    ] as const) {
      const shares = splitEqually(
        total,
        Array.from({ length: n }, (_, i) => `t${i}`),
      );
      expect(shares.reduce((sum, s) => sum + s.amountFen, 0)).toBe(total);
      expect(Math.max(...shares.map((s) => s.amountFen)) - Math.min(...shares.map((s) => s.amountFen))).toBeLessThan(n);
    }
  });

  it('a cost centre or project bearer needs the request to name it', () => {
    const errors: FieldError[] = [];
    checkBearer({ costBearer: 'cost_centre', projectId: 'p', costCentreId: null }, errors);
    checkBearer({ costBearer: 'project', projectId: null, costCentreId: 'c' }, errors);
    checkBearer({ costBearer: 'traveller_department', projectId: null, costCentreId: null }, errors);
    expect(errors.map((e) => e.path)).toEqual(['costCentreId', 'projectId']);
  });

  it('budget shares: the bearer’s scope, the request’s project besides, the traveller always', () => {
    expect(
      budgetSharesOf(
        [
          { travellerId: 'a', amountFen: 3, bearerType: 'department', bearerId: 'd1' },
          { travellerId: 'b', amountFen: 2, bearerType: 'cost_centre', bearerId: 'cc' },
          { travellerId: 'c', amountFen: 1, bearerType: 'project', bearerId: 'p2' },
        ],
        'p1',
      ),
    ).toEqual([
      { employeeId: 'a', departmentId: 'd1', projectId: 'p1', costCentreId: null, amountFen: 3 },
      { employeeId: 'b', departmentId: null, projectId: 'p1', costCentreId: 'cc', amountFen: 2 },
      { employeeId: 'c', departmentId: null, projectId: 'p2', costCentreId: null, amountFen: 1 },
    ]);
  });
});
