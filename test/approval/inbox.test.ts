import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalKit, type Caller, type Kit, ok, refused } from './approval-test-kit.ts';
import { act, instanceOf, submittedRequest } from './travel-fixtures.ts';

/** The approver's inbox: oldest first, a page at a time, pending or done, with counts. */

let k: Kit;
let traveller: Caller;
let manager: Caller;

beforeAll(async () => {
  k = await approvalKit();
  [traveller, manager] = await k.asEach('traveller@huachen.example.com', 'approver@huachen.example.com');
});
afterAll(async () => {
  await k?.close();
});

interface InboxJson {
  items: {
    instanceId: string;
    subjectType: string;
    subjectCode: string | null;
    title: string | null;
    since: string;
    dueAt: string | null;
  }[];
  nextCursor: string | null;
  counts: { pending: number; overdue: number; dueToday: number };
}

async function allPages(state: 'pending' | 'done'): Promise<InboxJson['items']> {
  const items: InboxJson['items'] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: InboxJson = ok<InboxJson>(
      await manager.get('/api/v1/approvals/inbox', { state, limit: '2', ...(cursor ? { cursor } : {}) }),
    );
    items.push(...res.items);
    cursor = res.nextCursor;
    if (cursor === null) break;
  }
  return items;
}

describe('the inbox', () => {
  it('pages through the pending approvals oldest first, without gaps or repeats', async () => {
    for (let i = 0; i < 3; i++) await submittedRequest(traveller);
    const whole = ok<InboxJson>(await manager.get('/api/v1/approvals/inbox', { limit: '200' }));
    expect(whole.counts.pending).toBe(whole.items.length);
    expect(whole.items.length).toBeGreaterThanOrEqual(5);
    const paged = await allPages('pending');
    expect(paged.map((i) => i.instanceId)).toEqual(whole.items.map((i) => i.instanceId));
    const since = paged.map((i) => i.since);
    expect([...since].sort()).toEqual(since);
  });

  it('shows each pending item’s itinerary, and no flag when nothing is wrong', async () => {
    const r = await submittedRequest(traveller, { date: '2030-05-06' });
    const whole = ok<{ items: { instanceId: string; itinerary: unknown[]; flags: unknown[] }[] }>(
      await manager.get('/api/v1/approvals/inbox', { limit: '200' }),
    );
    expect(whole.items.find((i) => i.instanceId === instanceOf(r))).toMatchObject({
      itinerary: [{ fromCity: '上海', toCity: '北京', departDate: '2030-05-06', returnDate: '2030-05-06' }],
      flags: [],
    });
    const done = ok<{ items: { itinerary: unknown[] }[] }>(await manager.get('/api/v1/approvals/inbox', { state: 'done', limit: '200' }));
    expect(done.items.every((i) => Array.isArray(i.itinerary))).toBe(true);
  });

  it('the done list follows the manager’s decisions, latest first', async () => {
    const a = await submittedRequest(traveller);
    const b = await submittedRequest(traveller);
    ok(await act(manager, instanceOf(a), { action: 'approve' }));
    ok(await act(manager, instanceOf(b), { action: 'return', comment: '请补充' }));
    const done = await allPages('done');
    expect(done.slice(0, 2).map((i) => i.instanceId)).toEqual([instanceOf(b), instanceOf(a)]);
    expect(new Set(done.map((i) => i.instanceId)).size).toBe(done.length);
    expect(done.every((i) => i.dueAt === null)).toBe(true);
  });

  it('a cursor of another list or of nonsense is refused', async () => {
    refused(
      await manager.get('/api/v1/approvals/inbox', { cursor: Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url') }),
      422,
      'VALIDATION_FAILED',
    );
    refused(await manager.get('/api/v1/approvals/inbox', { state: 'later' }), 422, 'VALIDATION_FAILED');
  });
});

describe('filters', () => {
  const inbox = (query: Record<string, string>) =>
    manager.get('/api/v1/approvals/inbox', { limit: '200', ...query }).then((r) => ok<InboxJson>(r));

  it('words find the reference, the title or the requester; LIKE wildcards are taken literally; the counts stay whole', async () => {
    const r = await submittedRequest(traveller, { purpose: '量子传感器客户验收 100%' });
    const whole = await inbox({});
    const byTitle = await inbox({ q: '量子传感器' });
    expect(byTitle.items.map((i) => i.instanceId)).toEqual([instanceOf(r)]);
    expect(byTitle.counts).toEqual(whole.counts);
    expect((await inbox({ q: r.code.toLowerCase() })).items.map((i) => i.instanceId)).toEqual([instanceOf(r)]);
    expect((await inbox({ q: `${r.requesterName} 验收` })).items.map((i) => i.instanceId)).toEqual([instanceOf(r)]);
    expect((await inbox({ q: '100%' })).items.map((i) => i.instanceId)).toEqual([instanceOf(r)]);
    expect((await inbox({ q: '_' })).items).toEqual([]);
    // Only the registered subject types are accepted (orders are one now; expense claims are not yet).
    refused(await manager.get('/api/v1/approvals/inbox', { subjectType: 'expense_claim' }), 422, 'VALIDATION_FAILED');
    expect((await inbox({ subjectType: 'order' })).items.every((i) => i.subjectType === 'order')).toBe(true);
    expect((await inbox({ subjectType: 'travel_request' })).items.length).toBe(whole.items.length);

    ok(await act(manager, instanceOf(r), { action: 'approve' }));
    expect((await inbox({ q: '量子传感器' })).items).toEqual([]);
    expect((await inbox({ state: 'done', q: '量子传感器' })).items.map((i) => i.instanceId)).toEqual([instanceOf(r)]);
  });

  it('due: overdue and due-today pages agree with the counts', async () => {
    const whole = await inbox({});
    const now = Date.now();
    const overdue = await inbox({ due: 'overdue' });
    expect(overdue.items.length).toBe(whole.counts.overdue);
    expect(overdue.items.length).toBeGreaterThan(0); // the demo's request submitted 30 hours ago, reminded after 24
    for (const item of overdue.items) expect(Date.parse(item.dueAt ?? '')).toBeLessThan(now);
    const today = await inbox({ due: 'due_today' });
    expect(today.items.length).toBe(whole.counts.dueToday);
    for (const item of today.items) expect(Date.parse(item.dueAt ?? '')).toBeGreaterThanOrEqual(now - 60_000);
    refused(await manager.get('/api/v1/approvals/inbox', { due: 'someday' }), 422, 'VALIDATION_FAILED');
  });
});
