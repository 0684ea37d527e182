import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actualSpendOfRequest } from '../../src/actual-spend.ts';
import { systemActor } from '../../src/modules/access/principal.ts';
import { completeIn } from '../../src/modules/travel/completion/complete-travel-request.ts';
import { completeEndedRequests } from '../../src/modules/travel/completion/complete-ended-requests.ts';
import { completionSweepJob } from '../../src/modules/travel/completion/completion-job.ts';
import { runTravelCommand } from '../../src/modules/travel/travel-commands.ts';
import { approvalKit, type Caller, type Kit, ok, recordingScheduler, refused } from '../approval/approval-test-kit.ts';
import { act, instanceOf, type RequestJson, submittedRequest } from '../approval/travel-fixtures.ts';

/**
 * 已完成: an approved request becomes completed when its trip is over (the daily sweep, by the
 * system) or earlier by its requester once the trip has begun. Time is given, never waited for.
 */

let k: Kit;
let traveller: Caller;
let manager: Caller;
let finance: Caller;
let admin: Caller;
let travellerId: string;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager, finance, admin] = await k.asEach(
    'traveller@huachen.example.com',
    'approver@huachen.example.com',
    'finance@huachen.example.com',
    'admin@huachen.example.com',
  );
  travellerId = (await k.employeeOf('traveller@huachen.example.com')).id;
});
afterAll(async () => {
  await k?.close();
});

/** Submitted and approved by whoever the demo flows ask (the manager, then finance when asked). */
async function approvedRequest(date: string): Promise<RequestJson> {
  let r = await submittedRequest(traveller, { date, yuan: 1_000 });
  for (const approver of [manager, finance]) {
    if (r.status !== 'approving') break;
    const res = await act(approver, instanceOf(r), { action: 'approve' });
    if (res.statusCode === 200) r = ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));
  }
  expect(r.status).toBe('approved');
  return r;
}

const read = async (r: RequestJson) => ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));

const completeAt = (r: RequestJson, now: Date, viewer = { employeeId: travellerId, canReadAll: false, isAdmin: false }) =>
  runTravelCommand(k.deps, { tenantId: k.huachen, actor: systemActor('测试'), viewer, id: r.id, now }, (work) =>
    completeIn(work, { id: r.id, viewer, input: { comment: '提前返回' }, actualSpend: actualSpendOfRequest }),
  );

describe('completing by hand (结束行程)', () => {
  it('is refused before the trip begins, to anyone but the requester or a travel admin, and for requests not approved', async () => {
    const r = await approvedRequest('2030-05-10');
    const err = refused(await traveller.post(`/api/v1/travel-requests/${r.id}/complete`), 409, 'INVALID_STATE');
    expect(err.details).toMatchObject({ reason: 'trip_not_begun' });
    refused(await manager.post(`/api/v1/travel-requests/${r.id}/complete`), 403, 'FORBIDDEN');
    const draft = ok<RequestJson>(
      await traveller.post('/api/v1/travel-requests', {
        purpose: '草稿',
        itinerary: [{ fromCity: '上海', toCity: '北京', departDate: '2030-05-10', returnDate: null }],
        estimate: { flight: 0, hotel: 0, train: 0, car: 0, other: 0 },
      }),
      201,
    );
    refused(await traveller.post(`/api/v1/travel-requests/${draft.id}/complete`), 409, 'INVALID_STATE');
    expect((await read(r)).status).toBe('approved');
  });

  it('once the trip has begun (China date), the requester completes it; the timeline says so; twice is refused', async () => {
    const r = await approvedRequest('2030-05-12');
    await expect(completeAt(r, new Date('2030-05-11T15:59:59Z'))).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const done = await completeAt(r, new Date('2030-05-11T16:00:00Z'));
    expect(done.status).toBe('completed');
    expect(done.timeline.at(-2)).toMatchObject({
      type: 'travel_request.completed',
      data: { reason: 'manual', comment: '提前返回', from: 'approved', to: 'completed', budgetsReleased: false },
    });
    await expect(completeAt(r, new Date('2030-05-13T00:00:00Z'))).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('a travel admin may complete someone else’s trip', async () => {
    const r = await approvedRequest('2030-05-14');
    const done = await completeAt(r, new Date('2030-05-14T02:00:00Z'), {
      employeeId: (await k.employeeOf('admin@huachen.example.com')).id,
      canReadAll: true,
      isAdmin: true,
    });
    expect(done.status).toBe('completed');
    expect(ok<RequestJson>(await admin.get(`/api/v1/travel-requests/${r.id}`)).status).toBe('completed');
  });
});

describe('the daily sweep', () => {
  it('completes approved requests the day after their trip ends, by the system, once; cancelled ones stay cancelled', async () => {
    const ending = await approvedRequest('2030-06-10');
    const cancelled = await approvedRequest('2030-06-10');
    ok(await traveller.post(`/api/v1/travel-requests/${cancelled.id}/cancel`, { comment: '行程取消' }));

    await completeEndedRequests(k.db.database.db, new Date('2030-06-10T15:59:59Z'), actualSpendOfRequest);
    expect((await read(ending)).status).toBe('approved');

    const first = await completeEndedRequests(k.db.database.db, new Date('2030-06-10T16:00:00Z'), actualSpendOfRequest);
    expect(first.completed).toBeGreaterThanOrEqual(1);
    const after = await read(ending);
    expect(after.status).toBe('completed');
    expect(after.timeline.at(-2)).toMatchObject({ type: 'travel_request.completed', actorKind: 'system', data: { reason: 'trip_ended' } });
    expect(after.timeline.at(-1)).toMatchObject({ type: 'travel_request.budget_settled', actorKind: 'system' });
    expect((await read(cancelled)).status).toBe('cancelled');

    expect(await completeEndedRequests(k.db.database.db, new Date('2030-06-11T16:00:00Z'), actualSpendOfRequest)).toEqual({ completed: 0 });
  });

  it('the job completes what is due and queues the next China midnight’s run, keyed by its day', async () => {
    const r = await approvedRequest('2030-07-01');
    const scheduler = recordingScheduler();
    const job = completionSweepJob({ db: k.db.database.db, scheduler, actualSpend: actualSpendOfRequest });
    await job.handler({ day: '2030-07-02' }, { jobId: 'test', now: new Date('2030-07-01T16:00:05Z'), attempt: 1 });
    expect((await read(r)).status).toBe('completed');
    expect(scheduler.sent).toEqual([
      { name: 'travel.complete-ended', payload: { day: '2030-07-03' }, startAfter: new Date('2030-07-02T16:00:00Z'), key: '2030-07-03' },
    ]);
  });
});
