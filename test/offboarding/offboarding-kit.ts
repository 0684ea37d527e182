import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { approvalKit, type Caller, type Kit, ok } from '../approval/approval-test-kit.ts';
import { type RequestJson, submittedRequest } from '../approval/travel-fixtures.ts';

/** Offboarding tests: a fresh demo database where approver@huachen has a pending approval of traveller@huachen's request. */

export interface OffboardingKit {
  k: Kit;
  admin: Caller;
  traveller: Caller;
  /** The approver's own session (to be ended). */
  approver: Caller;
  id: { admin: string; traveller: string; approver: string; manager: string | null; finance: string; executive: string };
  /** A request of the traveller waiting on the approver. */
  request: RequestJson;
}

export async function offboardingKit(): Promise<OffboardingKit> {
  const k = await approvalKit();
  const [admin, traveller, approver] = await k.asEach(
    'admin@huachen.example.com',
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
  );
  const employee = async (email: string) => (await k.employeeOf(email)).id;
  const approverId = await employee('approver@huachen.example.com');
  const manager = ok<{ managerId: string | null }>(await admin.get(`/api/v1/org/employees/${approverId}`)).managerId;
  const request = await submittedRequest(traveller);
  expect(request.currentApprovers.map((a) => a.employeeId)).toEqual([approverId]);
  return {
    k,
    admin,
    traveller,
    approver,
    id: {
      admin: await employee('admin@huachen.example.com'),
      traveller: await employee('traveller@huachen.example.com'),
      approver: approverId,
      manager,
      finance: await employee('finance@huachen.example.com'),
      executive: await employee('executive@huachen.example.com'),
    },
    request,
  };
}

export const detailOf = async (o: OffboardingKit, r: RequestJson = o.request) =>
  ok<RequestJson>(await o.admin.get(`/api/v1/travel-requests/${r.id}`));

export const currentApproverIds = async (o: OffboardingKit, r: RequestJson = o.request) =>
  (await detailOf(o, r)).currentApprovers.map((a) => a.employeeId);

export const handoverEvents = async (o: OffboardingKit, r: RequestJson = o.request) =>
  (await detailOf(o, r)).timeline.filter((e) => e.type === 'approval.reassigned');

/** The old session's cookie: a plain authenticated read. */
export const sessionStatus = async (o: OffboardingKit, caller: Caller) =>
  (await o.k.app.inject({ method: 'GET', url: '/api/v1/me', headers: caller.headers })).statusCode;

export const signIn = (o: OffboardingKit, email: string) =>
  o.k.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });

export const auditActions = async (o: OffboardingKit, entityId: string) =>
  (await o.k.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [entityId])).map(
    (a) => a.action,
  );
