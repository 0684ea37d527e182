import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView, PolicySummary } from '../../src/modules/policy/policy-types.ts';
import type { ResolvedPolicy } from '../../src/modules/policy/resolve-travel-policy.ts';
import { newPolicy, ok, pathsOf, policyKit, refused, timelineTypes, type PolicyKit } from './policy-test-kit.ts';

let k: PolicyKit;
beforeAll(async () => {
  k = await policyKit();
});
afterAll(async () => {
  await k?.close();
});

const rule = { id: 'stars', kind: 'hotel_star', params: { maxStars: 3 }, action: 'require_approval' };

async function publishedPolicy(name: string): Promise<string> {
  const p = await newPolicy(k, name, [rule]);
  ok(await k.admin.post(`/api/v1/policies/${p.id}/publish`, {}));
  return p.id;
}
const assign = (policyId: string, assignments: unknown[]) => k.admin.put(`/api/v1/policies/${policyId}/assignments`, { assignments });
const resolve = async (employeeId: string) => ok<ResolvedPolicy>(await k.admin.get('/api/v1/policies/resolve', { employeeId }));

describe('assignments', () => {
  it('replaces a policy’s assignments, names departments, and records the change', async () => {
    const id = await publishedPolicy('分配测试政策');
    const rd = await k.departmentId('HC-RD');
    const list = ok<AssignmentView[]>(
      await assign(id, [{ departmentId: rd }, { rankCodes: ['P6', 'P7'], priority: 5 }, { minRankLevel: 3, maxRankLevel: 5 }]),
    );
    expect(list).toEqual([
      expect.objectContaining({
        departmentId: rd,
        departmentName: '研发中心',
        rankCodes: [],
        minRankLevel: null,
        maxRankLevel: null,
        priority: 0,
      }),
      expect.objectContaining({ departmentId: null, departmentName: null, rankCodes: ['P6', 'P7'], priority: 5 }),
      expect.objectContaining({ minRankLevel: 3, maxRankLevel: 5 }),
    ]);
    expect(ok<PolicySummary>(await k.admin.get(`/api/v1/policies/${id}`)).assignments).toEqual(list);
    expect(ok<AssignmentView[]>(await assign(id, []))).toEqual([]);
    expect(await timelineTypes(k, id)).toEqual([
      'policy.created',
      'policy.draft_saved',
      'policy.published',
      'policy.assignments_replaced',
      'policy.assignments_replaced',
    ]);
  });

  it('refuses departments and ranks the tenant does not have, and contradictions', async () => {
    const id = await publishedPolicy('分配校验政策');
    const yunfanDept = (await k.t.db.database.query<{ id: string }>(`select id from departments where code = 'YF-TECH'`))[0]?.id;
    const bad = refused(
      await assign(id, [
        { departmentId: '00000000-0000-4000-8000-000000000000' },
        { rankCodes: ['P5', 'L5', ' P5'] },
        { minRankLevel: 7, maxRankLevel: 3 },
        { departmentId: yunfanDept },
      ]),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(bad)).toEqual(['assignments.1.rankCodes.2', 'assignments.2']);
    // Codes repeated exactly are refused by the request schema (uniqueItems).
    expect(pathsOf(refused(await assign(id, [{ rankCodes: ['P5', 'P5'] }]), 422, 'VALIDATION_FAILED'))).toEqual([
      'assignments.0.rankCodes',
    ]);
    const refs = refused(
      await assign(id, [{ departmentId: '00000000-0000-4000-8000-000000000000' }, { rankCodes: ['L5'] }, { departmentId: yunfanDept }]),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(refs)).toEqual(['assignments.0.departmentId', 'assignments.1.rankCodes.0', 'assignments.2.departmentId']);
    expect(pathsOf(refused(await assign(id, [{ rankCodes: ['P5'] }, { rankCodes: ['P5'] }]), 422, 'VALIDATION_FAILED'))).toEqual([
      'assignments.1',
    ]);
    expect(pathsOf(refused(await assign(id, [{ minRankLevel: 0 }]), 422, 'VALIDATION_FAILED'))).toEqual(['assignments.0.minRankLevel']);
    expect(ok<PolicySummary>(await k.admin.get(`/api/v1/policies/${id}`)).assignments).toEqual([]);
  });
});

describe('resolution over HTTP: department and rank > department > rank > default', () => {
  it('walks the order for one employee, and explains each answer in both languages', async () => {
    const fe = await k.employeeIn('HC-RD-PLT-FE', 'P3');
    const [rd, plt] = [await k.departmentId('HC-RD'), await k.departmentId('HC-RD-PLT')];

    const byDefault = await resolve(fe.id);
    expect(byDefault.policy?.name).toBe('标准差旅政策');
    expect(byDefault.version?.version).toBe(1);
    expect(byDefault.assignment).toMatchObject({ departmentId: null, rankCodes: [] });
    expect(byDefault.reason['zh-CN']).toContain('全公司默认');
    expect(byDefault.reason.en).toContain('company-wide default');

    const rankPolicy = await publishedPolicy('职级政策');
    ok(await assign(rankPolicy, [{ rankCodes: ['P3'] }]));
    const byRank = await resolve(fe.id);
    expect(byRank.policy).toEqual({ id: rankPolicy, name: '职级政策' });
    expect(byRank.reason['zh-CN']).toContain('职级 P3');
    expect(byRank.reason.en).toContain('rank P3');
    expect(byRank.reason.en).toMatch(/1 other assignment also matches/);

    const deptPolicy = await publishedPolicy('研发部门政策');
    ok(await assign(deptPolicy, [{ departmentId: rd }]));
    const byDept = await resolve(fe.id);
    expect(byDept.policy?.id).toBe(deptPolicy);
    expect(byDept.reason['zh-CN']).toContain('部门「研发中心」');
    expect(byDept.reason['zh-CN']).toContain('前端开发组');
    expect(byDept.reason.en).toContain('the department 研发中心');

    const bothPolicy = await publishedPolicy('研发职级政策');
    ok(await assign(bothPolicy, [{ departmentId: rd, minRankLevel: 1, maxRankLevel: 5 }]));
    const byBoth = await resolve(fe.id);
    expect(byBoth.policy?.id).toBe(bothPolicy);
    expect(byBoth.assignment).toMatchObject({ departmentId: rd, minRankLevel: 1, maxRankLevel: 5 });
    expect(byBoth.reason['zh-CN']).toContain('职级级别 1–5');

    // Archived policies and policies never published take no part.
    ok(await k.admin.patch(`/api/v1/policies/${bothPolicy}`, { status: 'archived' }));
    const unpublished = await newPolicy(k, '未发布的平台政策', [rule]);
    ok(await assign(unpublished.id, [{ departmentId: plt, rankCodes: ['P3'] }]));
    expect((await resolve(fe.id)).policy?.id).toBe(deptPolicy);

    // A deeper department beats a shallower one.
    const pltPolicy = await publishedPolicy('平台研发政策');
    ok(await assign(pltPolicy, [{ departmentId: plt }]));
    expect((await resolve(fe.id)).policy?.id).toBe(pltPolicy);
  });

  it('gives the executive policy to the top ranks, and nothing when no policy applies', async () => {
    const exec = await k.employeeOf('executive@huachen.example.com');
    const resolved = await resolve(exec.id);
    expect(resolved.policy?.name).toBe('高管差旅政策');
    expect(resolved.assignment?.rankCodes).toEqual(['M4', 'M5']);
    const standard = await k.policyNamed('标准差旅政策');
    ok(await assign(standard.id, [{ departmentId: await k.departmentId('HC-FIN') }]));
    const someone = await k.employeeIn('HC-MKT-BR');
    const none = await resolve(someone.id);
    expect(none).toMatchObject({ policy: null, version: null, assignment: null });
    expect(none.reason['zh-CN']).toContain('没有适用的差旅标准');
    expect(none.reason.en).toContain('has no travel policy');
    ok(await assign(standard.id, [{}]));
  });
});
