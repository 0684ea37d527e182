import type { PastBooking, PastBookingSource } from '../../src/modules/whatif/index.ts';
import { ok, type WhatIfKit } from './what-if-kit.ts';

/**
 * A seeded history at Huachen in March 2025, and the stricter draft of 标准差旅政策 it is replayed
 * under: staff hotel cap in first-tier cities ¥600 → ¥450, managers' fares 公务舱8折 → 全价7折, and
 * the car ride cap (¥300) blocking instead of warning. Every booking is made days ahead, with its
 * lowest fare in the window given, so only the rules named above decide.
 */

export const HEADER =
  '外部单号,预订时间,类别,金额,工号,职级,部门编码,出行人,供应商,出发城市,到达城市,出发时间,到达时间,舱位,票价,经济舱全价,公务舱价,前后一小时最低价,车次,座席,入住城市,每晚房价,星级,入住日期,离店日期,用车等级,用车事由';

export interface People {
  staffNo: string;
  staffId: string;
  staffDept: string;
  managerNo: string;
  managerDept: string;
  execNo: string;
  shDeptId: string;
}

export async function people(k: WhatIfKit): Promise<People> {
  const staff = await k.one<{ employee_no: string; id: string; department_id: string }>(
    `select e.employee_no, e.id, e.department_id from employees e join departments d on d.tenant_id = e.tenant_id and d.id = e.department_id
      join ranks r on r.tenant_id = e.tenant_id and r.code = e.rank
      where d.code = 'HC-RD-PLT-FE' and r.level <= 5 and e.tenant_id = $1 order by e.employee_no limit 1`,
    [k.huachen],
  );
  const manager = await k.one<{ employee_no: string; department_id: string }>(
    `select e.employee_no, e.department_id from employees e join departments d on d.tenant_id = e.tenant_id and d.id = e.department_id
      where d.code = 'HC-SAL-EC-SH' and e.rank = 'M1' and e.tenant_id = $1 limit 1`,
    [k.huachen],
  );
  const exec = await k.one<{ employee_no: string }>(`select employee_no from employees where tenant_id = $1 and rank = 'M4' limit 1`, [
    k.huachen,
  ]);
  return {
    staffNo: staff.employee_no,
    staffId: staff.id,
    staffDept: staff.department_id,
    managerNo: manager.employee_no,
    managerDept: manager.department_id,
    execNo: exec.employee_no,
    shDeptId: manager.department_id,
  };
}

/** 11 rows; expected under the draft: H1, F1, X1 become non-compliant, C2 becomes blocked; EX1 is out of scope. */
export function historyCsv(p: People): string {
  const row = (cells: Record<string, string>) =>
    HEADER.split(',')
      .map((h) => cells[h] ?? '')
      .join(',');
  const flight = (ref: string, no: string, fare: string, amount: string) =>
    row({
      外部单号: ref,
      预订时间: '2025-03-01 10:00',
      类别: '机票',
      金额: amount,
      工号: no,
      出发城市: '上海',
      到达城市: '北京',
      出发时间: '2025-03-10 08:00',
      到达时间: '2025-03-10 10:15',
      舱位: '经济舱',
      票价: fare,
      经济舱全价: '1850',
      公务舱价: '5200',
      前后一小时最低价: fare,
    });
  const hotel = (ref: string, cells: Record<string, string>, rate: string, amount: string, out = '2025-03-13') =>
    row({
      外部单号: ref,
      预订时间: '2025-03-02 09:00',
      类别: '酒店',
      金额: amount,
      入住城市: '上海',
      每晚房价: rate,
      星级: '4',
      入住日期: '2025-03-10',
      离店日期: out,
      ...cells,
    });
  return [
    HEADER,
    hotel('H1', { 工号: p.staffNo }, '550', '1650'),
    hotel('H2', { 工号: p.staffNo }, '420', '840', '2025-03-12'),
    hotel('H3', { 工号: p.staffNo }, '700', '700', '2025-03-11'),
    flight('F1', p.managerNo, '1500', '1550'),
    flight('F2', p.managerNo, '1200', '1250'),
    flight('F3', p.staffNo, '1280', '1330'),
    row({
      外部单号: 'T1',
      预订时间: '2025-03-03 12:00',
      类别: '火车',
      金额: '553',
      工号: p.staffNo,
      出发城市: '北京',
      到达城市: '上海',
      出发时间: '2025-03-11 09:00',
      到达时间: '2025-03-11 13:28',
      车次: 'G5',
      座席: '二等座',
      票价: '553',
    }),
    row({
      外部单号: 'C1',
      预订时间: '2025-03-04 21:40',
      类别: '用车',
      金额: '86',
      工号: p.staffNo,
      出发时间: '2025-03-04 21:45',
      用车等级: '舒适型',
      用车事由: '加班',
      票价: '86',
    }),
    row({
      外部单号: 'C2',
      预订时间: '2025-03-05 10:00',
      类别: '用车',
      金额: '350',
      工号: p.staffNo,
      出发时间: '2025-03-05 10:05',
      用车等级: '舒适型',
      用车事由: '出差',
      票价: '350',
    }),
    hotel('X1', { 职级: 'P2', 部门编码: 'HC-SAL-EC-SH', 出行人: '外部顾问' }, '500', '1000', '2025-03-12'),
    hotel('EX1', { 工号: p.execNo }, '1000', '3000'),
  ].join('\r\n');
}

/** The stricter draft, saved on 标准差旅政策 from its published rules. */
export async function saveStricterDraft(k: WhatIfKit): Promise<{ policyId: string; draftId: string; publishedId: string }> {
  const list = ok<{ items: { id: string; name: string; published: { versionId: string } | null }[] }>(
    await k.admin.get('/api/v1/policies'),
  );
  const standard = list.items.find((p) => p.name === '标准差旅政策');
  if (!standard?.published) throw new Error('no published 标准差旅政策');
  const published = ok<{ rules: { id: string; kind: string; params: Record<string, unknown>; action: string }[] }>(
    await k.admin.get(`/api/v1/policies/${standard.id}/versions/${standard.published.versionId}`),
  );
  const rules = published.rules.map((rule) => {
    if (rule.id === 'hotel-cap') {
      const bands = (rule.params.bands as { maxRankLevel?: number; tierCapsFen: Record<string, number> }[]).map((b) =>
        b.maxRankLevel === 5 ? { ...b, tierCapsFen: { ...b.tierCapsFen, tier1: 45_000 } } : b,
      );
      return { ...rule, params: { ...rule.params, bands } };
    }
    if (rule.id === 'flight-price-managers') return { ...rule, params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 } };
    if (rule.id === 'car-ride-cap') return { ...rule, action: 'block' };
    return rule;
  });
  const draft = ok<{ versionId: string }>(await k.admin.put(`/api/v1/policies/${standard.id}/draft`, { rules }));
  return { policyId: standard.id, draftId: draft.versionId, publishedId: standard.published.versionId };
}

/** Orders as the orders module would give them: one flips (O1), one has no policy recorded (O2), one traveller is unknown (O3). */
export function orderSource(p: People, publishedId: string): PastBookingSource {
  const base = { source: 'order' as const, category: 'hotel' as const, departmentId: null };
  const hotel = (rate: number) => ({
    category: 'hotel' as const,
    cityCode: 'beijing',
    nightlyRateFen: rate,
    stars: 4,
    checkIn: '2025-03-20',
    checkOut: '2025-03-21',
  });
  const bookings: PastBooking[] = [
    {
      ...base,
      id: 'o1',
      reference: 'HT-O1',
      bookedAt: new Date('2025-03-15T02:00:00Z'),
      traveller: { employeeId: p.staffId, rankCode: null, departmentId: null },
      option: hotel(52_000),
      amountFen: 52_000,
      recorded: { policyVersionId: publishedId, outcome: 'allow', compliant: true },
    },
    {
      ...base,
      id: 'o2',
      reference: 'HT-O2',
      bookedAt: new Date('2025-03-16T02:00:00Z'),
      traveller: { employeeId: p.staffId, rankCode: null, departmentId: null },
      option: hotel(40_000),
      amountFen: 40_000,
      recorded: { policyVersionId: null, outcome: 'allow', compliant: true },
    },
    {
      ...base,
      id: 'o3',
      reference: 'HT-O3',
      bookedAt: new Date('2025-03-17T02:00:00Z'),
      traveller: { employeeId: '00000000-0000-4000-8000-000000000000', rankCode: null, departmentId: null },
      option: hotel(90_000),
      amountFen: 90_000,
      recorded: null,
    },
    // Outside the range: never counted.
    {
      ...base,
      id: 'o4',
      reference: 'HT-O4',
      bookedAt: new Date('2025-05-01T02:00:00Z'),
      traveller: { employeeId: p.staffId, rankCode: null, departmentId: null },
      option: hotel(99_000),
      amountFen: 99_000,
      recorded: null,
    },
  ];
  return async (_tx, { from, to }) => bookings.filter((b) => b.bookedAt >= from && b.bookedAt < to);
}
