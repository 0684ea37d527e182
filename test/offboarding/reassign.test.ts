import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, pathsOf, refused } from '../approval/approval-test-kit.ts';
import type { ApprovalJson } from '../approval/travel-fixtures.ts';
import { currentApproverIds, detailOf, offboardingKit, type OffboardingKit } from './offboarding-kit.ts';

/** 改派: a travel admin moves a pending place of any approval of their tenant, with a reason. */

let o: OffboardingKit;
let url = '';
beforeAll(async () => {
  o = await offboardingKit();
  url = `/api/v1/approvals/${o.request.approval?.instanceId}/reassign`;
}, 120_000);
afterAll(async () => {
  await o?.k.close();
});

describe('reassign (改派)', () => {
  it('refuses bad input with 4xx and changes nothing', async () => {
    const body = { fromEmployeeId: o.id.approver, toEmployeeId: o.id.executive, reason: '出差中' };
    expect(pathsOf(refused(await o.admin.post(url, { ...body, reason: '  ' }), 422, 'VALIDATION_FAILED'))).toEqual(['reason']);
    refused(await o.admin.post(url, { fromEmployeeId: o.id.approver, toEmployeeId: o.id.executive }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.post(url, { ...body, toEmployeeId: 'someone' }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.post(url, { ...body, toEmployeeId: o.id.traveller }), 403, 'SELF_APPROVAL');
    refused(await o.admin.post(url, { ...body, toEmployeeId: '00000000-0000-4000-8000-000000000000' }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.post(url, { ...body, toEmployeeId: o.id.approver }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.post(url, { ...body, fromEmployeeId: o.id.finance }), 403, 'NOT_AN_APPROVER');
    refused(await o.approver.post(url, body), 403, 'FORBIDDEN');
    refused(await o.admin.post('/api/v1/approvals/00000000-0000-4000-8000-000000000000/reassign', body), 404, 'NOT_FOUND');
    expect(await currentApproverIds(o)).toEqual([o.id.approver]);
  });

  it('an inactive employee cannot take it', async () => {
    const inactive = ok<{ items: { id: string }[] }>(await o.admin.get('/api/v1/org/employees', { status: 'inactive', limit: '1' }))
      .items[0];
    expect(inactive).toBeDefined();
    refused(
      await o.admin.post(url, { fromEmployeeId: o.id.approver, toEmployeeId: inactive?.id, reason: '试试' }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('an admin of another tenant cannot reassign it', async () => {
    const other = await o.k.as('admin@yunfan.example.com');
    refused(await other.post(url, { fromEmployeeId: o.id.approver, toEmployeeId: o.id.executive, reason: '越权' }), 404, 'NOT_FOUND');
    expect(await currentApproverIds(o)).toEqual([o.id.approver]);
  });

  it('moves the place with the reason on the timeline and in the audit log; the new approver can decide', async () => {
    const view = ok<ApprovalJson>(
      await o.admin.post(url, { fromEmployeeId: o.id.approver, toEmployeeId: o.id.executive, reason: '审批人休产假' }),
    );
    const current = view.stages[view.currentStageIndex ?? 0]?.approvers ?? [];
    expect(current.filter((a) => a.decision === 'pending').map((a) => a.employeeId)).toEqual([o.id.executive]);
    expect(current.find((a) => a.employeeId === o.id.approver)?.decision).toBe('transferred');
    const detail = await detailOf(o);
    const event = detail.timeline.find((e) => e.type === 'approval.reassigned');
    expect(event?.data).toMatchObject({ reason: 'admin', comment: '审批人休产假', from: o.id.approver, to: o.id.executive });
    expect(event?.actorName).toBeTruthy();
    const audit = await o.k.db.database.query<{ action: string }>(
      `select action from audit_log where entity_id = $1 and action = 'approval.reassigned'`,
      [o.request.id],
    );
    expect(audit).toHaveLength(1);
    const executive = await o.k.as('executive@huachen.example.com');
    ok(await executive.post(`/api/v1/approvals/${o.request.approval?.instanceId}/actions`, { action: 'approve' }));
    // The place they had is settled (handed on): they cannot decide any more.
    refused(
      await o.approver.post(`/api/v1/approvals/${o.request.approval?.instanceId}/actions`, { action: 'approve' }),
      409,
      'INVALID_STATE',
    );
  });
});
