import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream } from '../../src/modules/ingest/index.ts';
import { arrayLiteral } from '../../src/platform/db/array-literal.ts';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { event, ingestApp, post, recordingApplier, signed, type IngestApp } from './ingest-support.ts';

/** POST /api/v1/ingest/events: signatures, the timestamp window, dedup, batch limits, rejects. */
let t: IngestApp;
beforeAll(async () => {
  t = await ingestApp(recordingApplier('00000000-0000-0000-0000-000000000001').apply);
});
afterAll(async () => t?.close());

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.db.database.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]?.n);

describe('signatures', () => {
  it('accepts a request signed with any key in force (a rotation), and says what it stored', async () => {
    const e = event();
    const res = await post(t.app, e, 'CA', { secrets: ['ca-secret-old'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ accepted: 1, duplicates: 0, rejected: 0 });
    expect(body.results[0]).toMatchObject({ eventId: e.eventId, result: 'accepted', seq: expect.stringMatching(/^\d+$/) });
    // Both keys of the rotation sent in one header.
    const both = await post(t.app, event(), 'CA', { secrets: ['wrong', 'ca-secret-new'] });
    expect(both.statusCode).toBe(200);
  });

  it('refuses missing, wrong, foreign-key and unknown-supplier signatures with 401 and a code', async () => {
    const body = JSON.stringify(event());
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/events',
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().code).toBe('SIGNATURE_MISSING');
    const wrong = await post(t.app, event(), 'CA', { secrets: ['not-the-key'] });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('SIGNATURE_INVALID');
    // MU's key does not sign for CA.
    const foreign = await post(t.app, event(), 'CA', { secrets: ['mu-secret'] });
    expect(foreign.json().code).toBe('SIGNATURE_INVALID');
    const unknown = await post(t.app, event(), 'ZZ', { secrets: ['x'] });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('SIGNATURE_INVALID');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/events',
      payload: body,
      headers: { ...signed(body), 'tripdesk-signature': 'v1=nothex' },
    });
    expect(malformed.json().code).toBe('SIGNATURE_INVALID');
    // A body changed after signing.
    const headers = signed(body);
    const tampered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/events',
      payload: body.replace('F7K2M9QX', 'F7K2M9QY'),
      headers,
    });
    expect(tampered.json().code).toBe('SIGNATURE_INVALID');
    expect(await count(`supplier_events where order_ref = 'F7K2M9QY'`)).toBe(0);
  });

  it('refuses a timestamp outside the window (a replay) even with a valid signature; inside it a replay is a duplicate', async () => {
    const e = event();
    const old = Math.floor(Date.now() / 1000) - 301;
    const stale = await post(t.app, e, 'CA', { at: old });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().code).toBe('SIGNATURE_STALE');
    const future = await post(t.app, e, 'CA', { at: Math.floor(Date.now() / 1000) + 301 });
    expect(future.json().code).toBe('SIGNATURE_STALE');
    // The same signed request twice within the window: stored once.
    const body = JSON.stringify(e);
    const headers = signed(body);
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/ingest/events', payload: body, headers });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/ingest/events', payload: body, headers });
    expect(first.json().accepted).toBe(1);
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await count(`supplier_events where event_id = $1`, [e.eventId])).toBe(1);
  });
});

describe('deduplication', () => {
  it('within a batch, across batches, per supplier', async () => {
    const a = event();
    const b = event();
    const res = await post(t.app, { events: [a, b, a, { ...a, type: 'order.failed' }] });
    expect(res.json()).toMatchObject({ accepted: 2, duplicates: 2, rejected: 0 });
    expect(res.json().results.map((r: { result: string }) => r.result)).toEqual(['accepted', 'accepted', 'duplicate', 'duplicate']);
    const next = await post(t.app, { events: [b, event()] });
    expect(next.json()).toMatchObject({ accepted: 1, duplicates: 1 });
    // Another supplier may use the same event id.
    const mu = await post(t.app, a, 'MU');
    expect(mu.json().accepted).toBe(1);
  });

  it('two concurrent requests with the same events store each once', async () => {
    const events = Array.from({ length: 50 }, () => event());
    const [one, two] = await Promise.all([post(t.app, { events }), post(t.app, { events: [...events].reverse() })]);
    expect(one.statusCode).toBe(200);
    expect(two.statusCode).toBe(200);
    expect(one.json().accepted + two.json().accepted).toBe(50);
    expect(one.json().duplicates + two.json().duplicates).toBe(50);
    const ids = events.map((e) => e.eventId);
    expect(await count(`supplier_events where event_id = any($1)`, [ids])).toBe(50);
  });
});

describe('batches and invalid events', () => {
  it('takes a batch of 1,000 and refuses 1,001 (4xx, nothing stored)', async () => {
    const thousand = Array.from({ length: 1000 }, () => event({ orderRef: 'BATCH1000' }));
    const ok = await post(t.app, { events: thousand });
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(200);
    expect(ok.json().accepted).toBe(1000);
    const seqs = ok.json().results.map((r: { seq: string }) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const tooMany = Array.from({ length: 1001 }, () => event({ orderRef: 'BATCH1001' }));
    const refused = await post(t.app, { events: tooMany });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    expect(await count(`supplier_events where order_ref = 'BATCH1001'`)).toBe(0);
  });

  it('stores the valid events of a batch and keeps the invalid ones as rejects, with their errors', async () => {
    const good = event({ orderRef: 'MIXED01' });
    const badType = event({ type: 'order.teleported' });
    const badDate = event({ occurredAt: '2026-02-30T08:00:00Z' });
    const noId = { type: 'order.ticketed', orderRef: 'MIXED01' };
    const extra = event({ surprise: true });
    const res = await post(t.app, { events: [good, badType, 42, badDate, noId, extra] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ accepted: 1, duplicates: 0, rejected: 5 });
    expect(body.results[1]).toMatchObject({ eventId: badType.eventId, result: 'rejected', errors: expect.any(Array) });
    expect(body.results[2]).toMatchObject({ index: 2, eventId: null, result: 'rejected' });
    expect(body.results[3].errors[0].path).toBe('/occurredAt');
    expect(await count(`supplier_events where event_id = $1`, [good.eventId])).toBe(1);
    expect(await count(`supplier_event_rejects where event_id = any($1)`, [[badType.eventId, badDate.eventId, extra.eventId]])).toBe(3);
    const [raw] = await t.db.database.query<{ raw: unknown }>(`select raw from supplier_event_rejects where event_id = $1`, [
      badType.eventId,
    ]);
    expect(raw?.raw).toEqual(badType);
  });

  it('a single invalid event is a reject too; an empty batch and a batch with other fields are refused', async () => {
    const res = await post(t.app, { eventId: 'lonely-bad', type: 'nope' });
    expect(res.json()).toMatchObject({ accepted: 0, rejected: 1 });
    expect((await post(t.app, { events: [] })).statusCode).toBe(422);
    expect((await post(t.app, { events: [event()], eventId: 'x' })).statusCode).toBe(422);
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/events',
      payload: '{"events": [',
      headers: signed('{"events": ['),
    });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('stored as sent', () => {
  it('data, references and times come back from the stream exactly (the insert sends columns as array literals)', async () => {
    const tricky = event({
      bookingRef: 'PNR.a:b-c_d',
      occurredAt: '2026-05-01T08:00:00.123+08:00',
      data: { note: 'quote " backslash \\ braces {} comma , NULL 中文 ✈', nested: { list: ['{', '}', '"', null] }, n: 1.5 },
    });
    const plain = event({ bookingRef: undefined, data: undefined });
    const res = await post(t.app, { events: [tricky, plain] });
    expect(res.json().accepted).toBe(2);
    const [first, second] = res.json().results.map((r: { seq: string }) => r.seq);
    const stored = await inSystemScope(t.db.database.db, (tx) => readEventStream(tx, { after: String(Number(first) - 1), limit: 2 }));
    expect(stored[0]).toMatchObject({
      seq: first,
      bookingRef: tricky.bookingRef,
      data: tricky.data,
      occurredAt: '2026-05-01T00:00:00.123Z',
    });
    expect(stored[1]?.seq).toBe(second);
    expect(stored[1]).not.toHaveProperty('bookingRef');
    expect(stored[1]).not.toHaveProperty('data');
  });

  it('an array literal round-trips any text and nulls', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.option(
            fc.string({ unit: 'grapheme' }).filter((x) => !x.includes('\0')),
            { nil: null },
          ),
          { maxLength: 20 },
        ),
        async (values) => {
          const [row] = await t.db.database.query<{ a: (string | null)[] }>('select $1::text[] as a', [arrayLiteral(values)]);
          expect(row?.a).toEqual(values);
        },
      ),
      { numRuns: 100 },
    );
  });
});
