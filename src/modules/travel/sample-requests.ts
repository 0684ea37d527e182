import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { type ApprovalAction, type ApprovalWork, type SubjectRegistry, actOnInstance } from '../approval/index.ts';
import { chinaDateOf } from '../../platform/time/china-time.ts';
import { insertDraft } from './create-travel-request.ts';
import { travelRequests } from './schema.ts';
import { submitIn } from './submit-travel-request.ts';
import { systemActor } from '../access/index.ts';

const HOUR = 60 * 60 * 1000;
const actor = systemActor('sample data');

interface Plan {
  purpose: string;
  route: [string, string];
  /** Yuan: flight, hotel, train, car, other. */
  yuan: [number, number, number, number, number];
  /** Days after the first of next month. */
  departIn: number;
  nights: number;
  submittedHoursAgo: number;
  /** Decisions after submission: [who, action, hours after submission]. */
  then: ['manager' | 'finance', 'approve' | 'reject' | 'return', string?][];
}

const PLANS: Plan[] = [
  {
    purpose: '拜访苏州重点客户，推进年度框架协议',
    route: ['上海', '苏州'],
    yuan: [0, 900, 240, 300, 100],
    departIn: 3,
    nights: 2,
    submittedHoursAgo: 30,
    then: [],
  },
  {
    purpose: '参加杭州行业展会并布展',
    route: ['上海', '杭州'],
    yuan: [0, 1_600, 300, 200, 500],
    departIn: 8,
    nights: 3,
    submittedHoursAgo: 2,
    then: [],
  },
  {
    purpose: '北京总部季度经营会议',
    route: ['上海', '北京'],
    yuan: [2_400, 1_800, 0, 300, 200],
    departIn: 10,
    nights: 3,
    submittedHoursAgo: 72,
    then: [['manager', 'approve']],
  },
  {
    purpose: '深圳渠道商培训',
    route: ['上海', '深圳'],
    yuan: [2_100, 1_500, 0, 400, 0],
    departIn: 12,
    nights: 2,
    submittedHoursAgo: 96,
    then: [['manager', 'reject', '与下周的华南巡访重复，请合并行程后重新申请']],
  },
  {
    purpose: '成都客户回访',
    route: ['上海', '成都'],
    yuan: [2_600, 1_200, 0, 300, 0],
    departIn: 15,
    nights: 2,
    submittedHoursAgo: 50,
    then: [['manager', 'return', '请补充拜访客户清单和会议议程']],
  },
];

const TRAVELLER_PLAN: Plan = {
  purpose: '广州客户方案交流',
  route: ['上海', '广州'],
  yuan: [1_900, 1_100, 0, 200, 100],
  departIn: 5,
  nights: 2,
  submittedHoursAgo: 140,
  then: [
    ['manager', 'approve'],
    ['finance', 'approve', '同意，注意控制住宿标准'],
  ],
};

function nextMonthDay(now: Date, plusDays: number): string {
  const [y, m] = chinaDateOf(now).split('-').map(Number);
  const first = Date.UTC(y ?? 2026, m ?? 1, 1);
  return new Date(first + plusDays * 24 * HOUR).toISOString().slice(0, 10);
}

/** Who the sample requests involve, and when "now" is. */
export interface SampleRequestsInput {
  tenantId: string;
  /** The approval subjects, as the composition root registers them. */
  subjects: SubjectRegistry;
  /** The direct manager of the colleagues (first approver of every sample request). */
  managerId: string;
  /** The finance approver of the second stage, when the tenant has one. */
  financeId: string | null;
  /** The traveller whose request is approved. */
  travellerId: string;
  /** Colleagues reporting to the manager, who file the other requests in turn. */
  colleagueIds: string[];
  now: Date;
}

/**
 * Sample travel requests through the real use cases, in states that fill the lists and the inbox:
 * the manager has two requests waiting (one overdue), finance one, and the traveller one approved
 * request. Trips are next month, clear of this month's budgets. The tenant's approval flows must
 * exist already.
 */
export async function seedSampleTravelRequests(tx: Tx, input: SampleRequestsInput): Promise<void> {
  const { tenantId, now, managerId, financeId } = input;
  const file = async (requesterId: string, plan: Plan) => {
    const at = (hoursAfterSubmit: number) => new Date(now.getTime() - plan.submittedHoursAgo * HOUR + hoursAfterSubmit * HOUR);
    const work = (time: Date): ApprovalWork => ({ tx, tenantId, now: time, actor, subjects: input.subjects, timers: [] });
    const [flight, hotel, train, car, other] = plan.yuan.map((y) => y * 100) as [number, number, number, number, number];
    const departDate = nextMonthDay(now, plan.departIn);
    const returnDate = nextMonthDay(now, plan.departIn + plan.nights);
    const request = {
      purpose: plan.purpose,
      itinerary: [{ fromCity: plan.route[0], toCity: plan.route[1], departDate, returnDate }],
      estimate: { flight, hotel, train, car, other },
    };
    const id = await insertDraft(tx, { tenantId, actor, requesterId, input: request, now: at(-1) });
    const viewer = { employeeId: requesterId, canReadAll: false, isAdmin: false };
    await submitIn(work(at(0)), {
      id,
      viewer,
      input: { overBudgetReason: '客户需求紧急，已与部门负责人确认', policyReason: '客户现场附近协议酒店已满，只能订更高价的酒店' },
    });
    for (const [index, [who, action, comment]] of plan.then.entries()) {
      const by = who === 'manager' ? managerId : financeId;
      const [row] = await tx
        .select({ instanceId: travelRequests.approvalInstanceId })
        .from(travelRequests)
        .where(and(eq(travelRequests.tenantId, tenantId), eq(travelRequests.id, id)));
      if (by === null || !row?.instanceId) return;
      const step: ApprovalAction =
        action === 'approve'
          ? { type: 'approve', by, comment }
          : action === 'reject'
            ? { type: 'reject', by, comment: comment ?? '不同意', to: 'requester' }
            : { type: 'return', by, comment: comment ?? '请修改' };
      await actOnInstance(work(at(4 + index * 20)), row.instanceId, step);
    }
  };
  for (const [i, plan] of PLANS.entries()) {
    const requester = input.colleagueIds[i % Math.max(input.colleagueIds.length, 1)];
    if (requester !== undefined) await file(requester, plan);
  }
  await file(input.travellerId, TRAVELLER_PLAN);
}
