import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused } from '../approval/approval-test-kit.ts';
import {
  auditActions,
  currentApproverIds,
  handoverEvents,
  offboardingKit,
  type OffboardingKit,
  sessionStatus,
  signIn,
} from './offboarding-kit.ts';

/**
 * 办理离职 by hand (console / API): the approver's access ends at once and their pending approval
 * goes to their manager, with the 离职交接 timeline entry, audit entries, and nothing of it undone by
 * reactivation.
 */

interface Preview {
  employee: { employeeId: string; status: string };
  successor: { employeeId: string; name: string; isManager: boolean } | null;
  sessions: number;
  apiKeys: { id: string; name: string }[];
  pending: { instanceId: string; code: string | null; to: { employeeId: string } | null; fallback: boolean }[];
}
interface Result {
  employee: { status: string };
  successorId: string | null;
  access: { accounts: number; sessionsEnded: number; apiKeysRevoked: { name: string }[] };
  handedOver: { instanceId: string; toId: string | null; toName: string | null; fallback: boolean; link: string }[];
}

let o: OffboardingKit;
let apiKey = '';
beforeAll(async () => {
  o = await offboardingKit();
  // The approver holds the travel admin role too, and made an API key with it.
  await o.k.db.database.query(`update accounts set roles = roles || '{travel_admin}' where email = 'approver@huachen.example.com'`);
  const signedIn = await o.k.as('approver@huachen.example.com');
  o.approver = signedIn;
  const created = ok<{ secret: string }>(await signedIn.post('/api/v1/api-keys', { name: 'ERP 对接', scopes: ['org:read'] }), 201);
  apiKey = created.secret;
}, 120_000);
afterAll(async () => {
  await o?.k.close();
});

const keyStatus = async () =>
  (await o.k.app.inject({ method: 'GET', url: '/api/v1/org/departments', headers: { authorization: `Bearer ${apiKey}` } })).statusCode;

describe('offboarding by hand', () => {
  it('the preview says what will happen: sessions, API keys, the pending approval and its successor (the manager)', async () => {
    expect(o.id.manager).not.toBeNull();
    expect(await keyStatus()).toBe(200);
    const preview = ok<Preview>(await o.admin.get(`/api/v1/org/employees/${o.id.approver}/offboarding`));
    expect(preview.employee).toMatchObject({ employeeId: o.id.approver, status: 'active' });
    expect(preview.successor).toMatchObject({ employeeId: o.id.manager, isManager: true });
    expect(preview.sessions).toBeGreaterThanOrEqual(2);
    expect(preview.apiKeys.map((k) => k.name)).toEqual(['ERP 对接']);
    // The demo's own pending requests wait on the approver too.
    expect(preview.pending.length).toBeGreaterThanOrEqual(1);
    expect(preview.pending).toContainEqual(
      expect.objectContaining({
        instanceId: o.request.approval?.instanceId,
        to: expect.objectContaining({ employeeId: o.id.manager }),
        fallback: false,
      }),
    );
    expect(preview.pending.every((p) => p.to?.employeeId === o.id.manager)).toBe(true);
    // A preview changes nothing.
    expect(await sessionStatus(o, o.approver)).toBe(200);
    expect(await currentApproverIds(o)).toEqual([o.id.approver]);
  });

  it('refuses bad input with 4xx: unknown employee, a successor who is the leaver, inactive or unknown, a malformed id', async () => {
    refused(await o.admin.post('/api/v1/org/employees/00000000-0000-4000-8000-000000000000/offboard', {}), 404, 'NOT_FOUND');
    refused(
      await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, { successorId: o.id.approver }),
      422,
      'VALIDATION_FAILED',
    );
    refused(
      await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, { successorId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'VALIDATION_FAILED',
    );
    refused(await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, { successorId: 'nobody' }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, { extra: 1 }), 422, 'VALIDATION_FAILED');
    refused(await o.admin.get(`/api/v1/org/employees/${o.id.approver}/offboarding`, { successorId: 'x' }), 422, 'VALIDATION_FAILED');
    refused(await o.traveller.post(`/api/v1/org/employees/${o.id.approver}/offboard`, {}), 403, 'FORBIDDEN');
    // Nothing happened.
    expect(await sessionStatus(o, o.approver)).toBe(200);
  });

  it('an admin of another tenant can neither see the summary nor offboard', async () => {
    const other = await o.k.as('admin@yunfan.example.com');
    refused(await other.get(`/api/v1/org/employees/${o.id.approver}/offboarding`), 404, 'NOT_FOUND');
    refused(await other.post(`/api/v1/org/employees/${o.id.approver}/offboard`, {}), 404, 'NOT_FOUND');
    expect(await sessionStatus(o, o.approver)).toBe(200);
  });

  it('ends every session at once, refuses sign-in and the API key, and hands the approval to the manager', async () => {
    const result = ok<Result>(await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, {}));
    expect(result.employee.status).toBe('inactive');
    expect(result.successorId).toBe(o.id.manager);
    expect(result.access.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect(result.access.apiKeysRevoked.map((k) => k.name)).toEqual(['ERP 对接']);
    expect(result.handedOver).toContainEqual(
      expect.objectContaining({
        instanceId: o.request.approval?.instanceId,
        toId: o.id.manager,
        fallback: false,
        link: `/travel/requests/${o.request.id}`,
      }),
    );
    expect(result.handedOver.every((h) => h.toId === o.id.manager)).toBe(true);

    expect(await sessionStatus(o, o.approver)).toBe(401);
    const count = await o.k.db.database.query<{ n: number }>(
      `select count(*)::int as n from sessions s join accounts a on a.id = s.account_id where a.email = 'approver@huachen.example.com'`,
    );
    expect(count[0]?.n).toBe(0);
    refused(await signIn(o, 'approver@huachen.example.com'), 403, 'ACCOUNT_DISABLED');
    // A wrong password learns nothing of the account's state.
    refused(
      await o.k.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'approver@huachen.example.com', password: 'wrong-password-1' },
      }),
      401,
      'AUTH_INVALID_CREDENTIALS',
    );
    expect(await keyStatus()).toBe(401);

    expect(await currentApproverIds(o)).toEqual([o.id.manager]);
    const [event] = await handoverEvents(o);
    expect(event?.data).toMatchObject({
      reason: 'offboarding',
      from: o.id.approver,
      to: o.id.manager,
      fromName: expect.any(String),
      toName: expect.any(String),
    });
    expect(await auditActions(o, o.request.id)).toContain('approval.reassigned');
    expect(await auditActions(o, o.id.approver)).toEqual(expect.arrayContaining(['employee.deactivated', 'employee.offboarded']));
    const inbox = await o.k.db.database.query<{ approver_id: string }>('select approver_id from approval_tasks where instance_id = $1', [
      o.request.approval?.instanceId,
    ]);
    expect(inbox.map((t) => t.approver_id)).toEqual([o.id.manager]);
  });

  it('offboarding again is INVALID_STATE (409)', async () => {
    refused(await o.admin.post(`/api/v1/org/employees/${o.id.approver}/offboard`, {}), 409, 'INVALID_STATE');
  });

  it('reactivation lets them sign in again but does not undo the hand-over or the revoked key', async () => {
    ok(await o.admin.patch(`/api/v1/org/employees/${o.id.approver}`, { status: 'active' }));
    expect((await signIn(o, 'approver@huachen.example.com')).statusCode).toBe(200);
    expect(await keyStatus()).toBe(401);
    expect(await currentApproverIds(o)).toEqual([o.id.manager]);
    expect(await handoverEvents(o)).toHaveLength(1);
  });
});
