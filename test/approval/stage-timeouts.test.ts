import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/modules/access/principal.ts';
import { performAction } from '../../src/modules/approval/actions/perform-action.ts';
import { approvalDeps } from '../../src/approval-subjects.ts';
import { readInbox } from '../../src/modules/approval/inbox/read-inbox.ts';
import { rearmStageTimers } from '../../src/modules/approval/timers/rearm-stage-timers.ts';
import { fireStageTimeout, stageTimeoutJob } from '../../src/modules/approval/timers/stage-timeout-job.ts';
import { approvalKit, type Caller, type Kit, ok, recordingScheduler } from './approval-test-kit.ts';
import { instanceOf, pendingNames, type RequestJson, submittedRequest } from './travel-fixtures.ts';

/**
 * Stage timeouts: the timer is sent when a stage opens; firing it (with a chosen `now`, no
 * sleeping) reminds, escalates, approves or rejects as the flow says; early, repeated and stale
 * timers change nothing — also across a restart of the application.
 */

interface TimerPayload {
  tenantId: string;
  instanceId: string;
  stageId: string;
  dueAt: string;
}

let k: Kit;
let traveller: Caller;
let admin: Caller;
const id = { manager: '', superior: '' };
const MINUTE = 60_000;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, admin] = await k.asEach('traveller@huachen.example.com', 'admin@huachen.example.com');
  id.manager = (await k.employeeOf('approver@huachen.example.com')).id;
  const [row] = await k.db.database.query<{ manager_id: string }>('select manager_id from employees where id = $1', [id.manager]);
  id.superior = row?.manager_id ?? '';
});
afterAll(async () => {
  await k?.close();
});

function timerOf(r: RequestJson): TimerPayload {
  const sent = k.sent.filter((s) => (s.payload as TimerPayload).instanceId === instanceOf(r));
  const last = sent.at(-1);
  if (!last) throw new Error(`no timer for ${r.code}`);
  expect(last.key).toBe(`${instanceOf(r)}:${(last.payload as TimerPayload).stageId}:${(last.payload as TimerPayload).dueAt}`);
  return last.payload as TimerPayload;
}

const at = (t: TimerPayload, minutes: number) => new Date(Date.parse(t.dueAt) + minutes * MINUTE);
const view = async (r: RequestJson) => ok<RequestJson>(await traveller.get(`/api/v1/travel-requests/${r.id}`));

/** A flow tried before the demo one, for requests of exactly this amount. */
async function flowFor(yuan: number, timeout: Record<string, unknown>) {
  ok(
    await admin.post('/api/v1/approval-flows', {
      name: `超时-${String(timeout.action)}`,
      priority: 1,
      definition: {
        conditions: [{ kind: 'amount_between', minFen: yuan * 100, maxFen: yuan * 100 }],
        stages: [
          { id: 'manager', name: '直属上级', approvers: { kind: 'direct_manager' }, mode: 'any', timeout, onEmpty: { kind: 'skip' } },
          { id: 'finance', name: '财务', approvers: { kind: 'role', role: 'finance' }, mode: 'any', onEmpty: { kind: 'skip' } },
        ],
      },
    }),
    201,
  );
}

describe('the demo flow’s 24-hour reminder', () => {
  it('early: nothing; due: the manager is reminded once; again: nothing', async () => {
    const r = await submittedRequest(traveller);
    const timer = timerOf(r);
    expect(await fireStageTimeout(k.deps, timer, at(timer, -1))).toBe('stale');
    const job = stageTimeoutJob(k.deps);
    expect(job.name).toBe('approval.stage-timeout');
    await job.handler(timer, { jobId: 'test', now: at(timer, 1), attempt: 1 });
    const reminders = await k.db.database.query<{ recipient_id: string }>(
      `select recipient_id from notifications where data->>'subjectId' = $1 and template = 'approval_reminder'`,
      [r.id],
    );
    expect(reminders.map((n) => n.recipient_id)).toEqual([id.manager]);
    const after = await view(r);
    expect(after.timeline.filter((e) => e.type === 'approval.reminded')).toHaveLength(1);
    expect(after.approval?.stages[0]?.dueAt).toBeNull();
    expect(await fireStageTimeout(k.deps, timer, at(timer, 5))).toBe('stale');
    expect(k.deps.scheduler.sent).toEqual([]);
  });

  it('the inbox counts it overdue once due, due today just before', async () => {
    const r = await submittedRequest(traveller);
    const timer = timerOf(r);
    const before = await readInbox(k.db.database.db, {
      tenantId: k.huachen,
      employeeId: id.manager,
      state: 'pending',
      limit: 200,
      now: at(timer, -1),
    });
    const overdue = await readInbox(k.db.database.db, {
      tenantId: k.huachen,
      employeeId: id.manager,
      state: 'pending',
      limit: 200,
      now: at(timer, 60),
    });
    expect(overdue.counts.overdue - before.counts.overdue).toBe(1);
    expect(before.counts.dueToday).toBeGreaterThanOrEqual(1);
    expect(overdue.items.find((i) => i.instanceId === instanceOf(r))?.dueAt).toBe(timer.dueAt);
  });
});

describe('escalation across a restart', () => {
  it('the timer of a stage pending before the restart escalates it afterwards, from the stored state', async () => {
    await flowFor(1_234, { afterMinutes: 60, action: 'escalate' });
    const r = await submittedRequest(traveller, { yuan: 1_234 });
    const timer = timerOf(r);
    expect(timer.stageId).toBe('manager');
    const before = await view(r);

    await k.restart();
    traveller = await k.as('traveller@huachen.example.com');
    const scheduler = recordingScheduler();
    const deps = approvalDeps(k.db.database.db, scheduler);
    expect(await view(r)).toEqual(before);

    expect(await fireStageTimeout(deps, timer, at(timer, 30))).toBe('acted');
    const escalated = await view(r);
    expect(pendingNames(escalated.approval)).toEqual([id.superior]);
    expect(escalated.approval?.stages[0]?.approvers.map((a) => a.decision)).toEqual(['transferred', 'pending']);
    expect(escalated.timeline.find((e) => e.type === 'approval.escalated')).toMatchObject({
      actorKind: 'system',
      actorName: '系统（超时升级）',
      data: { from: id.manager, to: id.superior, decidedBy: { kind: 'system', reason: 'escalated' } },
    });
    expect(escalated.approval?.stages[0]?.approvers.map((a) => a.decidedBy)).toEqual([{ kind: 'system', reason: 'escalated' }, null]);
    // The superior gets a fresh hour, on a timer of its own.
    expect(scheduler.sent).toHaveLength(1);
    const next = scheduler.sent[0]?.payload as TimerPayload;
    expect(next.dueAt).toBe(at(timer, 30 + 60).toISOString());
    // The first timer delivered again finds nothing due; the superior decides.
    expect(await fireStageTimeout(deps, timer, at(timer, 31))).toBe('stale');
    // The superior (no demo log-in of their own) decides through the use case itself.
    const decided = await performAction(deps, {
      tenantId: k.huachen,
      actor: systemActor('test'),
      viewer: { employeeId: id.superior, isAdmin: false },
      instanceId: instanceOf(r),
      input: { action: 'approve' },
    });
    expect(decided.currentStageIndex).toBe(1);
    expect(await fireStageTimeout(deps, next, at(timer, 200))).toBe('stale');
  });
});

describe('automatic decisions', () => {
  it('auto_approve moves the request on to finance as the system, for the manager', async () => {
    await flowFor(2_345, { afterMinutes: 120, action: 'auto_approve' });
    const r = await submittedRequest(traveller, { yuan: 2_345 });
    expect(await fireStageTimeout(k.deps, timerOf(r), at(timerOf(r), 0))).toBe('acted');
    const after = await view(r);
    expect(after.approval?.currentStageIndex).toBe(1);
    expect(after.timeline.find((e) => e.type === 'approval.approved')).toMatchObject({
      actorKind: 'system',
      actorName: '系统（超时自动同意）',
      data: { by: 'system', onBehalfOf: id.manager, reason: 'timeout', decidedBy: { kind: 'system', reason: 'auto_approved_on_timeout' } },
    });
    // The manager's place is settled by the system, not by the manager.
    const place = after.approval?.stages[0]?.approvers[0];
    expect(place).toMatchObject({ employeeId: id.manager, decision: 'approved' });
    expect(place?.decidedBy).toEqual({ kind: 'system', reason: 'auto_approved_on_timeout' });
    const audit = await k.db.database.query<{ actor_kind: string; actor_id: string | null; actor_name: string }>(
      `select actor_kind, actor_id, actor_name from audit_log where entity_id = $1 and action = 'approval.approved'`,
      [r.id],
    );
    expect(audit).toEqual([{ actor_kind: 'system', actor_id: null, actor_name: '系统（超时自动同意）' }]);
    // Nor is it among what the manager has handled.
    const done = await readInbox(k.db.database.db, { tenantId: k.huachen, employeeId: id.manager, state: 'done', limit: 200 });
    expect(done.items.map((i) => i.instanceId)).not.toContain(instanceOf(r));
  });

  it('auto_reject rejects to the requester and releases the budgets', async () => {
    await flowFor(3_456, { afterMinutes: 120, action: 'auto_reject' });
    const r = await submittedRequest(traveller, { yuan: 3_456 });
    expect(await fireStageTimeout(k.deps, timerOf(r), at(timerOf(r), 1))).toBe('acted');
    const after = await view(r);
    expect(after.status).toBe('rejected');
    expect(after.approval?.stages[0]?.approvers[0]?.decidedBy).toEqual({ kind: 'system', reason: 'auto_rejected_on_timeout' });
    expect(after.timeline.find((e) => e.type === 'approval.rejected')).toMatchObject({
      actorKind: 'system',
      actorName: '系统（超时自动驳回）',
      data: { decidedBy: { kind: 'system', reason: 'auto_rejected_on_timeout' } },
    });
    expect(after.timeline.at(-1)).toMatchObject({ type: 'travel_request.rejected', data: { budgetsReleased: true } });
  });

  it('an instance that is not there: nothing happens', async () => {
    const missing = {
      tenantId: k.huachen,
      instanceId: '00000000-0000-4000-8000-000000000000',
      stageId: 'manager',
      dueAt: new Date().toISOString(),
    };
    expect(await fireStageTimeout(k.deps, missing, new Date())).toBe('missing');
  });
});

describe('re-arming on start', () => {
  it('sends the timer of every pending stage again, under the same key', async () => {
    const r = await submittedRequest(traveller);
    const scheduler = recordingScheduler();
    const count = await rearmStageTimers(k.db.database.db, scheduler);
    expect(count).toBe(scheduler.sent.length);
    const mine = scheduler.sent.find((s) => (s.payload as TimerPayload).instanceId === instanceOf(r));
    const original = k.sent.filter((s) => (s.payload as TimerPayload).instanceId === instanceOf(r)).at(-1);
    expect(mine?.key).toBe(original?.key);
    expect(mine?.startAfter?.toISOString()).toBe(original?.startAfter?.toISOString());
  });
});
