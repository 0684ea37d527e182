import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeStream, readEventStream, startEventApplier, streamPosition, type RunningApplier } from '../../src/modules/ingest/index.ts';
import { inSystemScope, inTenantScope } from '../../src/platform/db/scope.ts';
import { newId } from '../../src/platform/ids.ts';
import { signInAs, type SignedIn } from '../support/app.ts';
import { event, ingestApp, post, recordingApplier, type IngestApp } from './ingest-support.ts';

/** The applier, the dead-letter list and its replay, rejects, and the stream with consumer positions. */
let t: IngestApp;
let applier: RunningApplier;
let ops: SignedIn;
let tenant: string;
const recorder = recordingApplier('00000000-0000-0000-0000-000000000000');

beforeAll(async () => {
  t = await ingestApp(async (tx, e) => recorder.apply(tx, e));
  tenant = t.db.demo.tenants.huachen;
  // The recorder answers with the demo tenant (row-level security checks below).
  const realApply = recorder.apply;
  recorder.apply = async (tx, e) => {
    const outcome = await realApply(tx, e);
    return outcome.kind === 'applied' ? { ...outcome, tenantId: tenant } : outcome;
  };
  applier = await startEventApplier({ database: t.db.database, apply: (tx, e) => recorder.apply(tx, e), batchSize: 50, pollMs: 200 });
  ops = await signInAs(t.app, 'ops@tripdesk.example.com');
});
afterAll(async () => {
  await applier?.stop();
  await t?.close();
});

describe('applying and dead letters', () => {
  it('applies events of known orders once and in order; unknown orders go to the dead-letter list', async () => {
    recorder.orders.set('KNOWN001', newId());
    const known = Array.from({ length: 120 }, (_, i) => event({ orderRef: 'KNOWN001', data: { i } }));
    const unknown = [event({ orderRef: 'NOSUCH01', type: 'flight.delayed' }), event({ orderRef: 'NOSUCH02', type: 'hotel.no_show' })];
    const res = await post(t.app, { events: [...known.slice(0, 60), ...unknown, ...known.slice(60)] });
    expect(res.json().accepted).toBe(122);
    await applier.drain();
    for (const e of known) expect(recorder.appliedCount.get(String(e.eventId))).toBe(1);
    const seqs = (recorder.sequenceByRef.get('KNOWN001') ?? []).map(Number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // Applied: the applier's position is past them, and none is dead or held back.
    const [applied] = await t.db.database.query<{ n: number }>(
      `select count(*)::int as n from supplier_events s where order_ref = 'KNOWN001' and s.seq <= (select position from event_stream_consumers where name = 'ingest.applier') and not exists (select 1 from supplier_event_dead_letters d where d.seq = s.seq) and not exists (select 1 from supplier_event_retries r where r.seq = s.seq)`,
    );
    expect(applied?.n).toBe(120);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ingest/dead-letters?reason=unknown_order&limit=200',
      headers: ops.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    const refs = list.json().items.map((d: { orderRef: string }) => d.orderRef);
    expect(refs).toEqual(expect.arrayContaining(['NOSUCH01', 'NOSUCH02']));
    const byType = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ingest/dead-letters?type=hotel.no_show&supplier=CA',
      headers: ops.headers,
    });
    expect(byType.json().items.map((d: { orderRef: string }) => d.orderRef)).toEqual(['NOSUCH02']);
    expect(byType.json().items[0]).toMatchObject({ reason: 'unknown_order', attempts: 1 });
    const future = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ingest/dead-letters?from=2099-01-01T00:00:00Z',
      headers: ops.headers,
    });
    expect(future.json().items).toEqual([]);
    // Pages.
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/ingest/dead-letters?limit=1', headers: ops.headers });
    const next = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ingest/dead-letters?limit=1&cursor=${page.json().nextCursor}`,
      headers: ops.headers,
    });
    expect(Number(next.json().items[0].seq)).toBeLessThan(Number(page.json().items[0].seq));
  });

  it('replays a dead event once its order exists (audited), and several at once', async () => {
    const e = event({ orderRef: 'LATE0001' });
    const f = event({ orderRef: 'LATE0002' });
    const g = event({ orderRef: 'LATE0003' });
    const seqs = (await post(t.app, { events: [e, f, g] })).json().results.map((r: { seq: string }) => r.seq);
    await applier.drain();
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/ingest/dead-letters/${seqs[0]}/replay`, headers: ops.headers });
    expect(again.json()).toMatchObject({ status: 'dead', reason: 'unknown_order' });
    recorder.orders.set('LATE0001', newId());
    const replayed = await t.app.inject({ method: 'POST', url: `/api/v1/ingest/dead-letters/${seqs[0]}/replay`, headers: ops.headers });
    expect(replayed.statusCode, replayed.body).toBe(200);
    expect(replayed.json()).toMatchObject({ seq: seqs[0], status: 'applied', tenantId: tenant });
    const twice = await t.app.inject({ method: 'POST', url: `/api/v1/ingest/dead-letters/${seqs[0]}/replay`, headers: ops.headers });
    expect(twice.statusCode).toBe(409);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/ingest/dead-letters/999999999/replay', headers: ops.headers })).statusCode,
    ).toBe(404);

    recorder.orders.set('LATE0002', newId());
    const bulk = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/dead-letters/replay',
      headers: ops.headers,
      payload: { seqs: [seqs[2], seqs[1], seqs[0]] },
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json().replayed.map((r: { seq: string; status: string }) => [r.seq, r.status])).toEqual([
      [seqs[1], 'applied'],
      [seqs[2], 'dead'],
    ]);
    expect(bulk.json().skipped).toEqual([seqs[0]]);
    expect(recorder.appliedCount.get(String(e.eventId))).toBe(1);
    const audit = await t.db.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'ingest.dead_letter_replayed' and entity_id = any($1)`,
      [seqs],
    );
    expect(audit[0]?.n).toBe(4);
  });

  it('lists and dismisses rejects (audited); needs ingest.manage', async () => {
    const bad = event({ type: 'order.vanished' });
    await post(t.app, { events: [bad] });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/ingest/rejects?supplier=CA&limit=200', headers: ops.headers });
    expect(list.statusCode, list.body).toBe(200);
    const reject = list.json().items.find((r: { eventId: string }) => r.eventId === bad.eventId);
    expect(reject).toMatchObject({ raw: bad, dismissedAt: null });
    const dismiss = await t.app.inject({
      method: 'POST',
      url: `/api/v1/ingest/rejects/${reject.id}/dismiss`,
      headers: ops.headers,
      payload: { reason: ' Supplier fixed its type mapping ' },
    });
    expect(dismiss.statusCode, dismiss.body).toBe(200);
    expect(dismiss.json()).toMatchObject({ dismissReason: 'Supplier fixed its type mapping', dismissedBy: expect.any(String) });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/ingest/rejects/${reject.id}/dismiss`,
      headers: ops.headers,
      payload: { reason: 'x' },
    });
    expect(twice.statusCode).toBe(409);
    const open = await t.app.inject({ method: 'GET', url: '/api/v1/ingest/rejects?limit=200', headers: ops.headers });
    expect(open.json().items.some((r: { id: string }) => r.id === reject.id)).toBe(false);
    const [audit] = await t.db.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'ingest.reject_dismissed' and entity_id = $1`,
      [reject.id],
    );
    expect(audit?.n).toBe(1);
    const traveller = await signInAs(t.app, 'admin@huachen.example.com');
    for (const url of ['/api/v1/ingest/rejects', '/api/v1/ingest/dead-letters', '/api/v1/ingest/events']) {
      expect((await t.app.inject({ method: 'GET', url, headers: traveller.headers })).statusCode).toBe(403);
    }
  });
});

describe('an applier that throws', () => {
  const failing = new Set<string>();
  const waitFor = async (what: string, check: () => Promise<boolean>) => {
    const until = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const held = () =>
    t.db.database.query<{ event_id: string; attempts: number; due: boolean }>(
      `select e.event_id, r.attempts, r.retry_at is not null as due from supplier_event_retries r join supplier_events e using (seq) order by r.seq`,
    );

  it("holds the event back for retries, and its order's later events behind it, while other orders go on; dead after five attempts", async () => {
    const realApply = recorder.apply;
    recorder.apply = async (tx, e) => {
      if (failing.has(e.eventId)) throw new Error(`supplier data made the applier throw on ${e.eventId}`);
      return realApply(tx, e);
    };
    try {
      recorder.orders.set('FLAKY001', newId());
      recorder.orders.set('STEADY01', newId());
      const x = event({ orderRef: 'FLAKY001' });
      const y = event({ orderRef: 'FLAKY001', type: 'flight.delayed' });
      const z = event({ orderRef: 'STEADY01' });
      failing.add(String(x.eventId));
      await post(t.app, { events: [x, y, z] });
      await waitFor('the other order', async () => recorder.appliedCount.get(String(z.eventId)) === 1);
      expect(await held()).toEqual([
        { event_id: x.eventId, attempts: 1, due: true },
        { event_id: y.eventId, attempts: 0, due: false },
      ]);
      expect(recorder.appliedCount.get(String(y.eventId))).toBeUndefined();
      // A later event of the same order waits behind too.
      const w = event({ orderRef: 'FLAKY001', type: 'flight.departed' });
      await post(t.app, { events: [w] });
      await waitFor('the later event to be held', async () => (await held()).length === 3);
      // Retries fall due (brought forward here): four more attempts, then the dead-letter list.
      for (let attempt = 2; attempt <= 5; attempt++) {
        await t.db.database.query(`update supplier_event_retries set retry_at = now() where retry_at is not null`);
        await waitFor(`attempt ${attempt}`, async () => {
          const [head] = await held();
          return head === undefined || head.event_id !== x.eventId || head.attempts >= attempt;
        });
      }
      await waitFor('the held events to follow', async () => (await held()).length === 0);
      expect(recorder.appliedCount.get(String(y.eventId))).toBe(1);
      expect(recorder.appliedCount.get(String(w.eventId))).toBe(1);
      const order = recorder.sequenceByRef.get('FLAKY001') ?? [];
      expect(order.map(Number)).toEqual([...order.map(Number)].sort((a, b) => a - b));
      const dead = await t.app.inject({ method: 'GET', url: '/api/v1/ingest/dead-letters?reason=apply_error', headers: ops.headers });
      expect(dead.json().items).toEqual([
        expect.objectContaining({ eventId: x.eventId, attempts: 5, message: expect.stringContaining('The applier failed 5 times') }),
      ]);
      // Fixed, it is replayed from the list.
      failing.clear();
      const seq = dead.json().items[0].seq;
      const replay = await t.app.inject({ method: 'POST', url: `/api/v1/ingest/dead-letters/${seq}/replay`, headers: ops.headers });
      expect(replay.json()).toMatchObject({ status: 'applied' });
      expect(recorder.appliedCount.get(String(x.eventId))).toBe(1);
    } finally {
      recorder.apply = realApply;
      failing.clear();
    }
  });

  it('two appliers take turns: every event applied once, each order in seq order', async () => {
    const second = await startEventApplier({ database: t.db.database, apply: (tx, e) => recorder.apply(tx, e), batchSize: 20, pollMs: 50 });
    try {
      const refs = Array.from({ length: 10 }, (_, i) => `TWINS0${String(i).padStart(2, '0')}`);
      for (const ref of refs) recorder.orders.set(ref, newId());
      const events = Array.from({ length: 300 }, (_, i) => event({ orderRef: refs[i % refs.length] }));
      await Promise.all([post(t.app, { events: events.slice(0, 150) }), post(t.app, { events: events.slice(150) })]);
      await Promise.all([applier.drain(), second.drain()]);
      for (const e of events) expect(recorder.appliedCount.get(String(e.eventId))).toBe(1);
      for (const ref of refs) {
        const seqs = (recorder.sequenceByRef.get(ref) ?? []).map(Number);
        expect(seqs).toHaveLength(30);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }
    } finally {
      await second.stop();
    }
  });
});

describe('the stream', () => {
  it('reads after a position; a consumer resumes where it committed, with no loss and no double effect', async () => {
    const all = await inSystemScope(t.db.database.db, (tx) => readEventStream(tx, { after: '0', limit: 100_000 }));
    expect(all.length).toBeGreaterThan(100);
    const seqs = all.map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const seen: string[] = [];
    let failAt: string | null = all[70]?.seq ?? null;
    const handler = async (_tx: unknown, events: { seq: string }[]) => {
      if (failAt !== null && events.some((e) => e.seq === failAt)) throw new Error('consumer crashed');
      seen.push(...events.map((e) => e.seq));
    };
    await expect(consumeStream(t.db.database.db, 'test.monitor', handler, { batchSize: 25 })).rejects.toThrow('consumer crashed');
    expect(await streamPosition(t.db.database.db, 'test.monitor')).toBe(all[49]?.seq);
    failAt = null;
    const handled = await consumeStream(t.db.database.db, 'test.monitor', handler, { batchSize: 25 });
    expect(handled).toBe(all.length - 50);
    expect(seen).toEqual(all.map((e) => e.seq));
    expect(await consumeStream(t.db.database.db, 'test.monitor', handler)).toBe(0);
    // New events arrive: the consumer gets only those.
    const fresh = (await post(t.app, { events: [event(), event()] })).json().results.map((r: { seq: string }) => r.seq);
    expect(await consumeStream(t.db.database.db, 'test.monitor', handler)).toBe(2);
    expect(seen.slice(-2)).toEqual(fresh);

    const http = await t.app.inject({ method: 'GET', url: `/api/v1/ingest/events?after=${all[9]?.seq}&limit=5`, headers: ops.headers });
    expect(http.statusCode, http.body).toBe(200);
    expect(http.json().items.map((e: { seq: string }) => e.seq)).toEqual(all.slice(10, 15).map((e) => e.seq));
    expect(http.json().nextAfter).toBe(all[14]?.seq);
  });

  it('is platform-level: a tenant scope is refused the raw events (tenants see them on their orders), the system scope reads all', async () => {
    const refused = await inTenantScope(t.db.database.db, [tenant], (tx) => readEventStream(tx, { limit: 10 })).catch((e: unknown) => e);
    expect(refused instanceof Error && refused.cause instanceof Error ? refused.cause.message : refused).toMatch(/permission denied/);
    const all = await inSystemScope(t.db.database.db, (tx) => readEventStream(tx, { limit: 100_000 }));
    expect(all.length).toBeGreaterThanOrEqual(121);
  });
});
