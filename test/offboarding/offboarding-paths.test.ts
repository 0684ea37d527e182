import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../approval/approval-test-kit.ts';
import { currentApproverIds, handoverEvents, offboardingKit, type OffboardingKit, sessionStatus, signIn } from './offboarding-kit.ts';

/**
 * Every way an employee leaves ends their access and hands over their approvals: a PATCH of the
 * status, a CSV import row 离职, an HR sync; and the successor rules: a named person, the travel
 * admins when the successor cannot take a request or there is none (the admins are notified).
 */

interface Employee {
  employeeNo: string;
  name: string;
  rank: string;
  departmentId: string;
  managerId: string | null;
}

const fallbackNotices = async (o: OffboardingKit) =>
  o.k.db.database.query<{ template: string; data: { employeeName: string; count: number } }>(
    `select template, data from notifications where recipient_id = $1 and template = 'offboarding_fallback'`,
    [o.id.admin],
  );

async function expectOffboarded(o: OffboardingKit, to: string | null) {
  expect(await sessionStatus(o, o.approver)).toBe(401);
  expect((await signIn(o, 'approver@huachen.example.com')).json()).toMatchObject({ code: 'ACCOUNT_DISABLED' });
  expect(await currentApproverIds(o)).toEqual([to]);
  const events = await handoverEvents(o);
  expect(events).toHaveLength(1);
  expect(events[0]?.data).toMatchObject({ reason: 'offboarding', from: o.id.approver, to });
}

describe('deactivation by PATCH (status inactive)', () => {
  let o: OffboardingKit;
  beforeAll(async () => {
    o = await offboardingKit();
  }, 120_000);
  afterAll(async () => {
    await o?.k.close();
  });
  it('offboards with the manager as successor', async () => {
    ok(await o.admin.patch(`/api/v1/org/employees/${o.id.approver}`, { status: 'inactive' }));
    await expectOffboarded(o, o.id.manager);
  });
});

describe('deactivation by CSV import (状态 离职)', () => {
  let o: OffboardingKit;
  beforeAll(async () => {
    o = await offboardingKit();
  }, 120_000);
  afterAll(async () => {
    await o?.k.close();
  });
  it('offboards every employee the file deactivates, in the import transaction', async () => {
    const me = ok<Employee>(await o.admin.get(`/api/v1/org/employees/${o.id.approver}`));
    const dept = ok<{ code: string }>(await o.admin.get(`/api/v1/org/departments/${me.departmentId}`));
    const csv = ['employee_no,name,rank,department_code,status', `${me.employeeNo},${me.name},${me.rank},${dept.code},离职`].join('\n');
    const res = await o.k.app.inject({
      method: 'POST',
      url: '/api/v1/org/employees/import',
      payload: csv,
      headers: { ...o.admin.headers, 'content-type': 'text/csv; charset=utf-8' },
    });
    expect(ok<{ updated: number }>(res).updated).toBe(1);
    await expectOffboarded(o, o.id.manager);
  });
});

describe('deactivation by HR sync', () => {
  let o: OffboardingKit;
  beforeAll(async () => {
    o = await offboardingKit();
  }, 120_000);
  afterAll(async () => {
    await o?.k.close();
  });
  it('offboards an employee the HR system marks inactive', async () => {
    const me = ok<Employee>(await o.admin.get(`/api/v1/org/employees/${o.id.approver}`));
    const dept = ok<{ code: string; name: string }>(await o.admin.get(`/api/v1/org/departments/${me.departmentId}`));
    const payload = {
      departments: [{ externalId: 'hr-dept', code: dept.code, name: dept.name }],
      employees: [
        {
          externalId: 'hr-me',
          employeeNo: me.employeeNo,
          name: me.name,
          rank: me.rank,
          departmentExternalId: 'hr-dept',
          status: 'inactive',
        },
      ],
    };
    const result = ok<{ employees: { updated: number } }>(await o.admin.post('/api/v1/org/hr-sync', payload));
    expect(result.employees.updated).toBe(1);
    await expectOffboarded(o, o.id.manager);
  });
});

describe('successors', () => {
  let o: OffboardingKit;
  beforeAll(async () => {
    o = await offboardingKit();
  }, 120_000);
  afterAll(async () => {
    await o?.k.close();
  });
  it('a named successor who is the requester cannot take that request: it goes to a travel admin, who is told', async () => {
    const res = ok<{ handedOver: { instanceId: string; toId: string; fallback: boolean }[] }>(
      await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, { successorId: o.id.traveller }),
    );
    expect(res.handedOver).toContainEqual(
      expect.objectContaining({ instanceId: o.request.approval?.instanceId, toId: o.id.admin, fallback: true }),
    );
    await expectOffboarded(o, o.id.admin);
    const notices = await fallbackNotices(o);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.data.count).toBeGreaterThanOrEqual(1);
  });
});

describe('no successor at all', () => {
  let o: OffboardingKit;
  beforeAll(async () => {
    o = await offboardingKit();
  }, 120_000);
  afterAll(async () => {
    await o?.k.close();
  });
  it('without a manager, every approval goes to the travel admins, who are told', async () => {
    ok(await o.admin.patch(`/api/v1/org/employees/${o.id.approver}`, { managerId: null }));
    const preview = ok<{ successor: unknown; pending: { fallback: boolean }[] }>(
      await o.admin.get(`/api/v1/org/employees/${o.id.approver}/offboarding`),
    );
    expect(preview.successor).toBeNull();
    expect(preview.pending.every((p) => p.fallback)).toBe(true);
    ok(await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, {}));
    await expectOffboarded(o, o.id.admin);
    expect(await fallbackNotices(o)).toHaveLength(1);
  });

  it('a named successor takes them', async () => {
    // Another leaver: the traveller's new approver, the finance head, leaves naming the executive.
    ok(await o.admin.patch(`/api/v1/org/employees/${o.id.approver}`, { status: 'active' }));
    const inbox = await o.k.as('admin@huachen.example.com');
    const reassigned = ok(
      await inbox.post(`/api/v1/approvals/${o.request.approval?.instanceId}/reassign`, {
        fromEmployeeId: o.id.admin,
        toEmployeeId: o.id.finance,
        reason: '财务先看',
      }),
    );
    expect(reassigned).toBeTruthy();
    const res = ok<{ successorId: string; handedOver: { instanceId: string; toId: string }[] }>(
      await o.admin.post(`/api/v1/org/employees/${o.id.finance}/offboard`, { successorId: o.id.executive }),
    );
    expect(res.successorId).toBe(o.id.executive);
    expect(res.handedOver).toContainEqual(expect.objectContaining({ instanceId: o.request.approval?.instanceId, toId: o.id.executive }));
    expect(await currentApproverIds(o)).toEqual([o.id.executive]);
  });
});
