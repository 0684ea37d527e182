import client from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SupplierError, type CallContext, type HotelOffer, type HotelQuery, type SupplierAdapter } from '../adapter-types.ts';
import type { CallRecord } from '../call-log.ts';
import { createSupplierGateway } from './create-gateway.ts';
import { staticDirectory, type SupplierState } from './directory.ts';
import { GatewayError } from './gateway-error.ts';
import type { GatewayOptions } from './supplier-policies.ts';

const query: HotelQuery = { cityId: '310100', checkIn: '2026-03-01', checkOut: '2026-03-02' };

const offerOf = (supplierCode: string): HotelOffer => ({
  category: 'hotel',
  supplierCode,
  offerId: `${supplierCode}-1`,
  priceFen: 50_000,
  expiresAt: '2026-03-01T00:00:00Z',
  terms: { 'zh-CN': '可退', en: 'refundable' },
  refundFeeRate: 0,
  changeFeeRate: 0,
  hotelId: 'h1',
  hotelName: { 'zh-CN': '酒店', en: 'Hotel' },
  chain: '锦江',
  brand: '锦江之星',
  stars: 3,
  cityId: query.cityId,
  address: { 'zh-CN': '路', en: 'Road' },
  roomType: { 'zh-CN': '大床房', en: 'King' },
  breakfast: false,
  checkIn: query.checkIn,
  checkOut: query.checkOut,
  nights: 1,
  nightlyRateFen: 50_000,
  roomsLeft: 3,
});

type Behaviour = (ctx: CallContext, call: number) => Promise<void>;

/** A hotel adapter whose every operation behaves as told, counting its calls. */
function adapter(code: string, behave: Behaviour = async () => {}) {
  const calls: Record<string, number> = {};
  const run = async <T>(op: string, ctx: CallContext, value: T): Promise<T> => {
    calls[op] = (calls[op] ?? 0) + 1;
    await behave(ctx, calls[op]);
    return value;
  };
  const a: SupplierAdapter<'hotel'> = {
    supplierCode: code,
    category: 'hotel',
    search: (_q, ctx) => run('search', ctx, [offerOf(code)]),
    hold: (r, ctx) => run('hold', ctx, { holdId: `H-${r.idempotencyKey}`, priceFen: 50_000, expiresAt: '2026-03-01T00:00:00Z' }),
    release: (_h, ctx) => run('release', ctx, undefined),
    book: (r, ctx) => run('book', ctx, { bookingRef: `B-${r.holdId}`, status: 'pending' as const, priceFen: 50_000 }),
    change: (_r, ctx) => run('change', ctx, { bookingRef: 'B2', status: 'pending' as const, fareDifferenceFen: 0, changeFeeFen: 0 }),
    cancel: (_r, ctx) => run('cancel', ctx, { status: 'cancelled' as const, refundFen: 50_000, feeFen: 0 }),
    status: (ref, ctx) => run('status', ctx, { bookingRef: ref, status: 'issued' as const, confirmation: 'C1' }),
  };
  return { adapter: a, calls };
}

const state = (code: string, over: Partial<SupplierState> = {}): SupplierState => ({
  id: `00000000-0000-7000-8000-${code
    .padStart(12, '0')
    .slice(-12)
    .replace(/[^0-9a-f]/g, '0')}`,
  code,
  status: 'active',
  rankingWeight: 50,
  categories: ['hotel'],
  ...over,
});

/** Never answers, but gives up when told to. */
const hang: Behaviour = (ctx) =>
  new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))));
const unavailable: Behaviour = async () => {
  throw new SupplierError('UNAVAILABLE', 'upstream 503', true);
};
const soldOut: Behaviour = async () => {
  throw new SupplierError('SOLD_OUT', 'no rooms left', false);
};

const fast: GatewayOptions = {
  deadlineMs: { search: 100, hold: 300, book: 300 },
  attemptTimeoutMs: { search: 100, hold: 60, book: 60 },
  backoff: { initialDelayMs: 1, maxDelayMs: 5 },
  breaker: { consecutiveFailures: 3, halfOpenAfterMs: 80 },
};

function gatewayOf(adapters: SupplierAdapter[], states: SupplierState[], options: GatewayOptions = fast) {
  const rows: CallRecord[] = [];
  const lines: object[] = [];
  const registry = new client.Registry();
  const logger = { info: (o: object) => lines.push(o), warn: (o: object) => lines.push(o) };
  const gateway = createSupplierGateway({
    adapters,
    directory: staticDirectory(states),
    callLog: { record: (r) => rows.push(r) },
    logger,
    metrics: registry,
    options,
  });
  return { gateway, rows, lines, registry };
}

const failureOf = async (p: Promise<unknown>): Promise<GatewayError> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof GatewayError)) throw new Error(`expected a GatewayError, got ${String(err)}`);
  return err;
};

describe('the supplier gateway', () => {
  it('search: a supplier that times out gives TIMEOUT while the others’ offers come back', async () => {
    const a = adapter('sim-a');
    const b = adapter('sim-b', hang);
    const c = adapter('sim-c');
    const { gateway, rows, lines, registry } = gatewayOf(
      [a.adapter, b.adapter, c.adapter],
      [state('sim-a'), state('sim-b'), state('sim-c')],
    );
    const started = Date.now();
    const out = await gateway.search('hotel', query);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out.offers.map((o) => o.supplierCode).sort()).toEqual(['sim-a', 'sim-c']);
    expect(out.failures).toEqual([expect.objectContaining({ supplierCode: 'sim-b', reason: 'TIMEOUT' })]);
    expect(out.asked.map((x) => x.supplierCode).sort()).toEqual(['sim-a', 'sim-b', 'sim-c']);
    expect(rows.map((r) => [r.operation, r.outcome]).sort()).toEqual([
      ['search', 'ok'],
      ['search', 'ok'],
      ['search', 'timeout'],
    ]);
    expect(lines).toHaveLength(3);
    const metrics = await registry.metrics();
    expect(metrics).toContain('tripdesk_supplier_call_seconds_count{supplier="sim-b",operation="search",outcome="timeout"} 1');
  });

  it('search never throws because one supplier failed, and reports why', async () => {
    const a = adapter('sim-a', async () => {
      throw new Error('socket hang up');
    });
    const b = adapter('sim-b');
    const { gateway } = gatewayOf([a.adapter, b.adapter], [state('sim-a'), state('sim-b')], { ...fast, retries: { search: 0 } });
    const out = await gateway.search('hotel', query);
    expect(out.offers).toHaveLength(1);
    expect(out.failures).toEqual([expect.objectContaining({ supplierCode: 'sim-a', reason: 'ERROR' })]);
  });

  it('retries retryable failures with backoff, and counts the attempts', async () => {
    const a = adapter('sim-a', async (_ctx, n) => {
      if (n < 3) throw new SupplierError('UNAVAILABLE', 'busy', true);
    });
    const { gateway, rows } = gatewayOf([a.adapter], [state('sim-a')], { ...fast, retries: { hold: 2 } });
    const hold = await gateway.hold('hotel', 'sim-a', { offerId: 'o', passengers: [], orderRef: 'HT-1', idempotencyKey: 'k1' });
    expect(hold.holdId).toBe('H-k1');
    expect(a.calls.hold).toBe(3);
    expect(rows).toEqual([expect.objectContaining({ operation: 'hold', outcome: 'ok', attempts: 3 })]);
  });

  it('retries an attempt that timed out, within the deadline', async () => {
    const a = adapter('sim-a', async (ctx, n) => {
      if (n === 1) await hang(ctx, n);
    });
    const { gateway, rows } = gatewayOf([a.adapter], [state('sim-a')]);
    await gateway.book('hotel', 'sim-a', { holdId: 'H', orderRef: 'HT-1', idempotencyKey: 'k' });
    expect(a.calls.book).toBe(2);
    expect(rows[0]).toMatchObject({ outcome: 'ok', attempts: 2 });
  });

  it('does not retry a refusal: SUPPLIER_REFUSED with the supplier’s code', async () => {
    const a = adapter('sim-a', soldOut);
    const { gateway, rows } = gatewayOf([a.adapter], [state('sim-a')]);
    const err = await failureOf(gateway.hold('hotel', 'sim-a', { offerId: 'o', passengers: [], orderRef: 'HT-1', idempotencyKey: 'k' }));
    expect(err).toMatchObject({ code: 'SUPPLIER_REFUSED', reason: 'REFUSED', supplierError: 'SOLD_OUT' });
    expect(a.calls.hold).toBe(1);
    expect(rows[0]).toMatchObject({ outcome: 'error', errorCode: 'SOLD_OUT', attempts: 1 });
  });

  it('gives up after the retries: SUPPLIER_UNAVAILABLE', async () => {
    const a = adapter('sim-a', unavailable);
    const { gateway, rows } = gatewayOf([a.adapter], [state('sim-a')], { ...fast, retries: { status: 1 } });
    const err = await failureOf(gateway.status('hotel', 'sim-a', 'B1'));
    expect(err).toMatchObject({ code: 'SUPPLIER_UNAVAILABLE', reason: 'ERROR', supplierError: 'UNAVAILABLE' });
    expect(a.calls.status).toBe(2);
    expect(rows[0]).toMatchObject({ outcome: 'error', errorCode: 'UNAVAILABLE', attempts: 2 });
  });

  it('opens the circuit after N failures in a row, refuses fast, then half-opens and closes', async () => {
    let failing = true;
    const a = adapter('sim-a', async () => {
      if (failing) throw new SupplierError('UNAVAILABLE', 'down', true);
    });
    const { gateway, rows } = gatewayOf([a.adapter], [state('sim-a')], { ...fast, retries: { status: 0 } });
    for (let i = 0; i < 3; i++) await failureOf(gateway.status('hotel', 'sim-a', 'B1'));
    expect(a.calls.status).toBe(3);
    const started = performance.now();
    const err = await failureOf(gateway.status('hotel', 'sim-a', 'B1'));
    expect(performance.now() - started).toBeLessThan(20);
    expect(err).toMatchObject({ code: 'SUPPLIER_UNAVAILABLE', reason: 'CIRCUIT_OPEN' });
    expect(a.calls.status).toBe(3);
    expect(rows.at(-1)).toMatchObject({ outcome: 'circuit_open', attempts: 0 });
    // Search reports it too, without calling.
    const out = await gateway.search('hotel', query);
    expect(out.failures).toEqual([expect.objectContaining({ reason: 'CIRCUIT_OPEN' })]);
    expect(a.calls.search).toBeUndefined();
    // After halfOpenAfter one trial call goes through; it succeeds and the circuit closes.
    failing = false;
    await new Promise((r) => setTimeout(r, 100));
    await gateway.status('hotel', 'sim-a', 'B1');
    await gateway.status('hotel', 'sim-a', 'B1');
    expect(a.calls.status).toBe(5);
  });

  it('refusals do not open the circuit', async () => {
    const a = adapter('sim-a', soldOut);
    const { gateway } = gatewayOf([a.adapter], [state('sim-a')]);
    for (let i = 0; i < 5; i++)
      await failureOf(gateway.cancel('hotel', 'sim-a', { bookingRef: 'B', orderRef: 'HT-1', idempotencyKey: `k${i}` }));
    expect(a.calls.cancel).toBe(5);
  });

  it('never calls a suspended supplier; still asks one on probation; passes weights', async () => {
    const a = adapter('sim-a');
    const b = adapter('sim-b');
    const c = adapter('sim-c');
    const { gateway } = gatewayOf(
      [a.adapter, b.adapter, c.adapter],
      [
        state('sim-a', { status: 'suspended' }),
        state('sim-b', { status: 'probation', rankingWeight: 20 }),
        state('sim-c', { rankingWeight: 90 }),
      ],
    );
    const out = await gateway.search('hotel', query);
    expect(a.calls.search).toBeUndefined();
    expect(out.offers.map((o) => o.supplierCode).sort()).toEqual(['sim-b', 'sim-c']);
    expect(out.asked.map(({ supplierCode, rankingWeight }) => ({ supplierCode, rankingWeight }))).toEqual(
      expect.arrayContaining([
        { supplierCode: 'sim-b', rankingWeight: 20 },
        { supplierCode: 'sim-c', rankingWeight: 90 },
      ]),
    );
    const err = await failureOf(gateway.book('hotel', 'sim-a', { holdId: 'H', orderRef: 'HT-1', idempotencyKey: 'k' }));
    expect(err).toMatchObject({ code: 'SUPPLIER_SUSPENDED', reason: 'SUSPENDED' });
    expect(a.calls.book).toBeUndefined();
  });

  it('asks only the suppliers named, of the category; an unknown one is NOT_FOUND', async () => {
    const a = adapter('sim-a');
    const b = adapter('sim-b');
    const { gateway } = gatewayOf([a.adapter, b.adapter], [state('sim-a'), state('sim-b'), state('sim-f', { categories: ['flight'] })]);
    const out = await gateway.search('hotel', query, { suppliers: ['sim-b'] });
    expect(out.asked.map((x) => x.supplierCode)).toEqual(['sim-b']);
    expect(a.calls.search).toBeUndefined();
    const err = await failureOf(gateway.status('hotel', 'nobody', 'B'));
    expect(err.code).toBe('NOT_FOUND');
  });
});
