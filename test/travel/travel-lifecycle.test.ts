import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, pathsOf, refused } from '../approval/approval-test-kit.ts';
import {
  act,
  createRequest,
  instanceOf,
  pendingNames,
  type RequestJson,
  requestBody,
  submittedRequest,
} from '../approval/travel-fixtures.ts';

/** Changing, returning and resubmitting, withdrawing and cancelling; who may; other tenants. */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let admin: Caller;
let yunfanAdmin: Caller;
let managerId: string;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, admin, yunfanAdmin] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'admin@huachen.example.com',
    'admin@yunfan.example.com',
  );
  managerId = (await k.employeeOf('approver@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

describe('drafts', () => {
  it('bad forms are 422 with the paths of every problem', async () => {
    const body = requestBody();
    const err = refused(
      await traveller.post('/api/v1/travel-requests', {
        ...body,
        purpose: '  ',
        itinerary: [
          { fromCity: '上海', toCity: '北京', departDate: '2030-02-30', returnDate: '2030-01-01' },
          { fromCity: '北京', toCity: ' ', departDate: '2030-03-02' },
        ],
        travellerIds: ['00000000-0000-4000-8000-000000000000'],
        projectId: '00000000-0000-4000-8000-000000000001',
      }),
      422,
      'VALIDATION_FAILED',
    );
    // The forms are the request schema's (its paths are dotted); unknown references are the domain's, once the forms pass.
    expect(pathsOf(err)).toEqual(['itinerary.0.departDate', 'itinerary.1.toCity', 'purpose']);
    const refs = refused(
      await traveller.post('/api/v1/travel-requests', {
        ...body,
        itinerary: [{ fromCity: '上海', toCity: '北京', departDate: '2030-02-03', returnDate: '2030-02-01' }],
        travellerIds: ['00000000-0000-4000-8000-000000000000'],
        projectId: '00000000-0000-4000-8000-000000000001',
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(refs)).toEqual(['itinerary[0].returnDate', 'projectId', 'travellerIds[0]']);
    const schema = refused(
      await traveller.post('/api/v1/travel-requests', { ...body, estimate: { ...body.estimate, hotel: -1 } }),
      422,
      'VALIDATION_FAILED',
    );
    expect(pathsOf(schema)).toEqual(['estimate.hotel']);
  });

  it('only the requester changes a request, and only as a draft or when returned', async () => {
    const draft = await createRequest(traveller);
    // The manager has no part in a draft: it is not found; the travel admin sees it but may not change it.
    refused(await manager.patch(`/api/v1/travel-requests/${draft.id}`, { purpose: 'x' }), 404, 'NOT_FOUND');
    refused(await manager.get(`/api/v1/travel-requests/${draft.id}`), 404, 'NOT_FOUND');
    refused(await admin.patch(`/api/v1/travel-requests/${draft.id}`, { purpose: 'x' }), 403, 'FORBIDDEN');
    refused(await admin.post(`/api/v1/travel-requests/${draft.id}/submit`, {}), 403, 'FORBIDDEN');
    const submitted = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${draft.id}/submit`, {}));
    refused(await traveller.patch(`/api/v1/travel-requests/${draft.id}`, { purpose: 'x' }), 409, 'INVALID_STATE');
    refused(await traveller.post(`/api/v1/travel-requests/${draft.id}/submit`, {}), 409, 'INVALID_STATE');
    expect(submitted.status).toBe('approving');
  });

  it('a draft is cancelled without an approval; a withdrawn request cannot be withdrawn again', async () => {
    const draft = await createRequest(traveller);
    refused(await traveller.post(`/api/v1/travel-requests/${draft.id}/withdraw`, {}), 409, 'INVALID_STATE');
    expect(ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${draft.id}/cancel`, {})).status).toBe('cancelled');
    const r = await submittedRequest(traveller);
    // Without a body at all, as a button might send it.
    const res = await k.app.inject({ method: 'POST', url: `/api/v1/travel-requests/${r.id}/withdraw`, headers: traveller.headers });
    expect(ok<RequestJson>(res).status).toBe('withdrawn');
    refused(await traveller.post(`/api/v1/travel-requests/${r.id}/withdraw`), 409, 'INVALID_STATE');
  });
});

describe('return and resubmit', () => {
  it('the manager returns it; the requester changes it and resubmits; approval starts again at the manager', async () => {
    const r = await submittedRequest(traveller, { yuan: 2_000 });
    refused(await act(manager, instanceOf(r), { action: 'return' }), 422, 'VALIDATION_FAILED');
    const returned = ok<{ status: string; actions: string[] }>(
      await act(manager, instanceOf(r), { action: 'return', comment: '请补充客户名单' }),
    );
    expect(returned.status).toBe('returned');
    const seen = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
    expect(seen.status).toBe('returned');
    expect(seen.approval?.actions).toEqual(expect.arrayContaining(['resubmit', 'withdraw', 'cancel']));
    refused(await act(manager, instanceOf(r), { action: 'approve' }), 409, 'INVALID_STATE');
    const changed = ok<RequestJson>(
      await traveller.patch(`/api/v1/travel-requests/${r.id}`, {
        purpose: '客户拜访（附客户名单）',
        estimate: { flight: 100_000, hotel: 50_000, train: 0, car: 0, other: 0 },
      }),
    );
    expect(changed.estimatedTotalFen).toBe(150_000);
    const again = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${r.id}/submit`, {}));
    expect(again.status).toBe('approving');
    expect(instanceOf(again)).toBe(instanceOf(r));
    expect(again.approval).toMatchObject({ status: 'pending', currentStageIndex: 0 });
    expect(pendingNames(again.approval)).toEqual([managerId]);
    expect(again.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['approval.returned', 'travel_request.returned', 'travel_request.resubmitted', 'approval.resubmitted']),
    );
    const notes = await k.db.database.query<{ template: string }>(
      `select template from notifications where data->>'subjectId' = $1 and template = 'returned'`,
      [r.id],
    );
    expect(notes).toHaveLength(1);
  });

  it('when another flow applies now, the old approval is cancelled and a new one starts', async () => {
    const r = await submittedRequest(traveller, { yuan: 2_000 });
    ok(await act(manager, instanceOf(r), { action: 'return', comment: '金额需重新核算' }));
    // A one-stage flow for large amounts, tried first.
    const flow = ok<{ id: string }>(
      await admin.post('/api/v1/approval-flows', {
        name: '大额出差（总经理审批）',
        priority: 1,
        definition: {
          conditions: [{ kind: 'amount_at_least', fen: 5_000_000 }],
          stages: [
            { id: 'gm', name: '总经理审批', approvers: { kind: 'role', role: 'executive' }, mode: 'any', onEmpty: { kind: 'fail' } },
          ],
        },
      }),
      201,
    );
    ok(await traveller.patch(`/api/v1/travel-requests/${r.id}`, { estimate: { flight: 5_000_000, hotel: 0, train: 0, car: 0, other: 0 } }));
    const again = ok<RequestJson>(await traveller.post(`/api/v1/travel-requests/${r.id}/submit`, {}));
    expect(instanceOf(again)).not.toBe(instanceOf(r));
    expect(again.approval).toMatchObject({ flowName: '大额出差（总经理审批）', status: 'pending' });
    const [old] = await k.db.database.query<{ status: string }>('select status from approval_instances where id = $1', [instanceOf(r)]);
    expect(old?.status).toBe('cancelled');
    expect(again.status).toBe('approving');
    ok(
      await admin.put(`/api/v1/approval-flows/${flow.id}`, {
        name: '大额出差（总经理审批）',
        priority: 1,
        active: false,
        definition: ok<{ definition: unknown }>(await admin.get(`/api/v1/approval-flows/${flow.id}`)).definition,
      }),
    );
  });
});

describe('cancel', () => {
  it('a travel admin may cancel someone’s request in approval; the approvers are told', async () => {
    const r = await submittedRequest(traveller);
    // The manager sees it (as its approver) but may not cancel it.
    refused(await manager.post(`/api/v1/travel-requests/${r.id}/cancel`, {}), 403, 'FORBIDDEN');
    const cancelled = ok<RequestJson>(await admin.post(`/api/v1/travel-requests/${r.id}/cancel`, { comment: '项目取消' }));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.approval?.status).toBe('cancelled');
    const told = await k.db.database.query<{ recipient_id: string }>(
      `select recipient_id from notifications where data->>'subjectId' = $1 and template = 'cancelled'`,
      [r.id],
    );
    expect(told.map((t) => t.recipient_id).sort()).toEqual([managerId, r.requesterId].sort());
    refused(await act(manager, instanceOf(r), { action: 'approve' }), 409, 'INVALID_STATE');
  });
});

describe('no flow applies', () => {
  it('the request is approved at once, with a note on the timeline', async () => {
    const flows = ok<{ items: { id: string; name: string; priority: number; active: boolean; definition: unknown }[] }>(
      await admin.get('/api/v1/approval-flows'),
    );
    const put = (f: (typeof flows.items)[number], active: boolean) =>
      admin.put(`/api/v1/approval-flows/${f.id}`, { name: f.name, priority: f.priority, definition: f.definition, active });
    for (const f of flows.items.filter((x) => x.active)) ok(await put(f, false));
    try {
      const r = await submittedRequest(traveller);
      expect(r).toMatchObject({ status: 'approved', approval: null });
      expect(r.timeline.at(-1)).toMatchObject({ type: 'travel_request.approved', data: { reason: 'no_flow' } });
    } finally {
      for (const f of flows.items.filter((x) => x.active)) ok(await put(f, true));
    }
  });
});

describe('other tenants', () => {
  it('a Yunfan admin finds no Huachen request, approval or flow', async () => {
    const r = await submittedRequest(traveller);
    refused(await yunfanAdmin.get(`/api/v1/travel-requests/${r.id}`), 404, 'NOT_FOUND');
    refused(await yunfanAdmin.post(`/api/v1/travel-requests/${r.id}/cancel`, {}), 404, 'NOT_FOUND');
    refused(await yunfanAdmin.patch(`/api/v1/travel-requests/${r.id}`, { purpose: 'x' }), 404, 'NOT_FOUND');
    refused(await act(yunfanAdmin, instanceOf(r), { action: 'comment', comment: 'hi' }), 404, 'NOT_FOUND');
    const flow = ok<{ items: { id: string }[] }>(await admin.get('/api/v1/approval-flows')).items[0];
    refused(await yunfanAdmin.get(`/api/v1/approval-flows/${flow?.id}`), 404, 'NOT_FOUND');
    refused(await yunfanAdmin.del(`/api/v1/approval-flows/${flow?.id}`), 404, 'NOT_FOUND');
    const all = ok<{ items: { id: string }[] }>(await yunfanAdmin.get('/api/v1/travel-requests', { scope: 'all', limit: '200' }));
    expect(all.items.map((i) => i.id)).not.toContain(r.id);
    // Finance sees every Huachen request (travel.read_all).
    expect(ok<RequestJson>(await finance.get(`/api/v1/travel-requests/${r.id}`)).id).toBe(r.id);
  });
});
