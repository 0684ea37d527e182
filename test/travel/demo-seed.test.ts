import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Kit, ok } from '../approval/approval-test-kit.ts';

/** The demo: a default two-stage flow per enterprise and a few requests in different states. */

let k: Kit;
beforeAll(async () => {
  k = await approvalKit();
});
afterAll(async () => {
  await k?.close();
});

interface Page {
  items: { id: string; status: string; code: string; currentApprovers: { employeeId: string }[] }[];
}

describe.each(['huachen', 'yunfan'] as const)('%s', (tenant) => {
  it('has the default flows: travel requests go to the direct manager (reminded after 24 hours), then finance; out-of-policy orders to the manager', async () => {
    const admin = await k.as(`admin@${tenant}.example.com`);
    const { items } = ok<{
      items: {
        name: string;
        active: boolean;
        definition: { stages: { id: string; approvers: { kind: string }; timeout?: { afterMinutes: number; action: string } }[] };
      }[];
    }>(await admin.get('/api/v1/approval-flows'));
    const flow = items.find((f) => f.name === '差旅申请审批');
    expect(flow?.active).toBe(true);
    expect(flow?.definition.stages.map((s) => [s.id, s.approvers.kind])).toEqual([
      ['manager', 'direct_manager'],
      ['finance', 'role'],
    ]);
    expect(flow?.definition.stages[0]?.timeout).toEqual({ afterMinutes: 1440, action: 'remind' });
    // Out-of-policy orders go to the direct manager (the travel administrators when there is none).
    const orders = items.find((f) => f.name === '超标订单审批');
    expect(orders?.active).toBe(true);
    expect(orders?.definition.stages.map((s) => [s.id, s.approvers.kind])).toEqual([['manager', 'direct_manager']]);
  });

  it('has requests in every state; the approver and finance have work waiting, the traveller one approved trip', async () => {
    const [admin, approver, finance, traveller] = await k.asEach(
      `admin@${tenant}.example.com`,
      `approver@${tenant}.example.com`,
      `finance@${tenant}.example.com`,
      `traveller@${tenant}.example.com`,
    );
    const all = ok<Page>(await admin.get('/api/v1/travel-requests', { scope: 'all', limit: '200' }));
    expect(new Set(all.items.map((i) => i.status))).toEqual(new Set(['approving', 'approved', 'rejected', 'returned']));
    const approverInbox = ok<{ items: unknown[]; counts: { pending: number; overdue: number } }>(
      await approver.get('/api/v1/approvals/inbox'),
    );
    expect(approverInbox.counts.pending).toBeGreaterThanOrEqual(1);
    expect(approverInbox.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(ok<{ counts: { pending: number } }>(await finance.get('/api/v1/approvals/inbox')).counts.pending).toBeGreaterThanOrEqual(1);
    const mine = ok<Page>(await traveller.get('/api/v1/travel-requests'));
    expect(mine.items.map((i) => i.status)).toEqual(['approved']);
    const detail = ok<{ timeline: { type: string }[]; approval: { status: string } }>(
      await traveller.get(`/api/v1/travel-requests/${mine.items[0]?.id}`),
    );
    expect(detail.approval.status).toBe('approved');
    expect(detail.timeline.map((e) => e.type)).toContain('travel_request.approved');
    // Notifications: the approver is asked about what waits; past decisions are not news.
    const bell = async (c: typeof traveller) =>
      ok<{ items: { template: string }[] }>(await c.get('/api/v1/notifications')).items.map((n) => n.template);
    expect(await bell(traveller)).toEqual([]);
    expect(new Set(await bell(approver))).toEqual(new Set(['approval_requested']));
    expect((await bell(approver)).length).toBe(approverInbox.counts.pending);
  });
});
