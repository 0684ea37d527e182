import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSupplierStatus,
  createCallLog,
  createSupplier,
  createSupplierGateway,
  forgetSigningSecrets,
  getSupplier,
  listSigningKeys,
  listSuppliers,
  revokeSigningKey,
  rotateSigningKey,
  seedSuppliers,
  signingSecretsOf,
  simulatorSecretOf,
  summariseCalls,
  supplierDirectoryOf,
  updateSupplier,
  verifySignature,
  signatureHeader,
  type SupplierAdapter,
} from '../../src/modules/suppliers/index.ts';
import { systemActor } from '../../src/modules/access/index.ts';
import { PLATFORM_TENANT } from '../../src/modules/audit/index.ts';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

let t: TestDb;
const actor = systemActor('test');
const HOUR = 3600_000;

beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const newSupplier = (code: string) =>
  createSupplier(t.database.db, t.cipher, actor, {
    code,
    nameZh: `供应商 ${code}`,
    nameEn: `Supplier ${code}`,
    categories: ['hotel'],
    adapter: 'http',
    credentials: 'api-key-0123456789abcd',
    contacts: [{ name: '王经理', role: '客户经理', phone: '13800001111', email: 'Wang@Example.com' }],
  });

const auditOf = (entityId: string) =>
  t.database.query<{ action: string; summary: string; data: Record<string, unknown> }>(
    'select action, summary, data from audit_log where tenant_id = $1 and entity_id = $2 order by seq',
    [PLATFORM_TENANT, entityId],
  );

describe('the supplier registry', () => {
  it('creates a supplier, audited on the platform chain, without ever showing its credentials', async () => {
    const s = await newSupplier('reg-a');
    expect(s).toMatchObject({ code: 'reg-a', status: 'active', rankingWeight: 50, credentials: { set: true, hint: '****abcd' } });
    expect(s.contacts).toEqual([{ name: '王经理', role: '客户经理', phone: '13800001111', email: 'wang@example.com' }]);
    expect(JSON.stringify(s)).not.toContain('api-key-0123456789abcd');
    const [row] = await t.database.query<{ credentials_enc: string }>('select credentials_enc from suppliers where id = $1', [s.id]);
    expect(row?.credentials_enc).not.toContain('api-key');
    expect(t.cipher.decrypt(row!.credentials_enc)).toBe('api-key-0123456789abcd');
    expect((await auditOf(s.id)).map((a) => a.action)).toEqual(['supplier.created']);
    await expect(newSupplier('reg-a')).rejects.toMatchObject({ code: 'DUPLICATE' });
  });

  it('updates weight and credentials; the audit names what changed but not the secret', async () => {
    const s = await newSupplier('reg-b');
    const u = await updateSupplier(t.database.db, t.cipher, actor, s.id, { rankingWeight: 80, credentials: 'new-secret-value-wxyz' });
    expect(u).toMatchObject({ rankingWeight: 80, credentials: { set: true, hint: '****wxyz' } });
    const cleared = await updateSupplier(t.database.db, t.cipher, actor, s.id, { credentials: null });
    expect(cleared.credentials).toEqual({ set: false, hint: null });
    const audit = await auditOf(s.id);
    expect(audit.map((a) => a.action)).toEqual(['supplier.created', 'supplier.updated', 'supplier.updated']);
    expect(JSON.stringify(audit)).not.toContain('new-secret-value');
    expect(audit[1]?.data).toMatchObject({ changed: ['rankingWeight', 'credentials'], rankingWeight: 80, weightBefore: 50 });
  });

  it('changes status with a reason, audited; filters by status and category', async () => {
    const s = await newSupplier('reg-c');
    const changed = await changeSupplierStatus(t.database.db, actor, s.id, 'suspended', '  连续出票失败  ');
    expect(changed).toMatchObject({ status: 'suspended', statusReason: '连续出票失败' });
    const audit = await auditOf(s.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'supplier.status_changed',
      data: { from: 'active', to: 'suspended', reason: '连续出票失败' },
    });
    const suspended = await listSuppliers(t.database.db, { status: 'suspended' });
    expect(suspended.map((x) => x.code)).toContain('reg-c');
    expect(suspended.every((x) => x.status === 'suspended')).toBe(true);
    expect((await listSuppliers(t.database.db, { category: 'flight' })).map((x) => x.code)).not.toContain('reg-c');
    await expect(getSupplier(t.database.db, '00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signing keys', () => {
  it('rotation: the old key stays in force until retiresAt, then not; the new secret is shown once', async () => {
    const s = await newSupplier('reg-k');
    const t0 = new Date();
    const first = await rotateSigningKey(t.database.db, t.cipher, actor, s.id, 24, t0);
    expect(first.key).toMatchObject({ keyId: 'k1', state: 'current' });
    expect(first.retiring).toEqual([]);
    const second = await rotateSigningKey(t.database.db, t.cipher, actor, s.id, 2, t0);
    expect(second.key.keyId).toBe('k2');
    expect(second.retiring).toEqual([expect.objectContaining({ keyId: 'k1', state: 'retiring' })]);
    const now = await signingSecretsOf(t.database.db, t.cipher, 'reg-k', t0);
    expect(now?.secrets.map(String).sort()).toEqual([first.secret, second.secret].sort());
    // Cached or not, the overlap ends on time.
    const later = await signingSecretsOf(t.database.db, t.cipher, 'reg-k', t0.getTime() + 2 * HOUR + 1);
    expect(later?.secrets.map(String)).toEqual([second.secret]);
    const keys = await listSigningKeys(t.database.db, s.id, new Date(t0.getTime() + 3 * HOUR));
    expect(keys.map((k) => [k.keyId, k.state])).toEqual([
      ['k2', 'current'],
      ['k1', 'retired'],
    ]);
    // No answer but the rotation's holds a secret.
    expect(JSON.stringify(keys)).not.toContain('tdsk_');
    expect(JSON.stringify(await getSupplier(t.database.db, s.id))).not.toContain('tdsk_');
  });

  it('revocation is immediate, even for a key in its overlap and in a warm cache', async () => {
    const s = await newSupplier('reg-r');
    const a = await rotateSigningKey(t.database.db, t.cipher, actor, s.id);
    const b = await rotateSigningKey(t.database.db, t.cipher, actor, s.id, 24);
    const before = await signingSecretsOf(t.database.db, t.cipher, 'reg-r', Date.now());
    expect(before?.secrets).toHaveLength(2);
    const revoked = await revokeSigningKey(t.database.db, actor, s.id, a.key.id);
    expect(revoked.state).toBe('revoked');
    const after = await signingSecretsOf(t.database.db, t.cipher, 'reg-r', Date.now());
    expect(after?.secrets.map(String)).toEqual([b.secret]);
    expect((await auditOf(s.id)).map((x) => x.action)).toEqual([
      'supplier.created',
      'supplier.key_rotated',
      'supplier.key_rotated',
      'supplier.key_revoked',
    ]);
    await expect(revokeSigningKey(t.database.db, actor, s.id, s.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await signingSecretsOf(t.database.db, t.cipher, 'nobody', Date.now())).toBeNull();
  });

  it('seeds idempotently by code; the simulator signs with a secret derived from the platform key', async () => {
    const list = [
      { code: 'sim-zz', nameZh: '模拟', nameEn: 'Sim', categories: ['flight' as const], adapter: 'simulator' as const },
      {
        code: 'sim-zy',
        nameZh: '模拟2',
        nameEn: 'Sim 2',
        categories: ['car' as const],
        adapter: 'simulator' as const,
        status: 'probation' as const,
      },
    ];
    expect(await inSystemScope(t.database.db, (tx) => seedSuppliers(tx, t.cipher, list))).toBe(2);
    expect(await inSystemScope(t.database.db, (tx) => seedSuppliers(tx, t.cipher, list))).toBe(0);
    forgetSigningSecrets();
    const secrets = await signingSecretsOf(t.database.db, t.cipher, 'sim-zy', Date.now());
    expect(secrets?.status).toBe('probation');
    const body = JSON.stringify({ eventId: 'e1' });
    const ts = Math.floor(Date.now() / 1000);
    const header = signatureHeader([simulatorSecretOf(t.cipher, 'sim-zy')], ts, body);
    expect(verifySignature({ header, timestamp: String(ts), rawBody: body, secrets: secrets!.secrets, now: Date.now() })).toEqual({
      ok: true,
    });
    expect(simulatorSecretOf(t.cipher, 'sim-zy')).not.toBe(simulatorSecretOf(t.cipher, 'sim-zz'));
  });
});

describe('the call log', () => {
  it('buffers the gateway’s calls, writes them in batches, and summarises them by operation', async () => {
    const s = await newSupplier('reg-log');
    const log = createCallLog(t.database.db, { batchSize: 10_000 });
    const failing: SupplierAdapter<'hotel'> = {
      supplierCode: 'reg-log',
      category: 'hotel',
      search: async () => [],
      hold: async () => {
        throw new Error('boom');
      },
      release: async () => {},
      book: async () => ({ bookingRef: 'B', status: 'pending', priceFen: 1 }),
      change: async () => ({ bookingRef: 'B', status: 'pending', fareDifferenceFen: 0, changeFeeFen: 0 }),
      cancel: async () => ({ status: 'cancelled', refundFen: 0, feeFen: 0 }),
      status: async (ref) => ({ bookingRef: ref, status: 'issued', confirmation: null }),
    };
    const gateway = createSupplierGateway({
      adapters: [failing],
      directory: supplierDirectoryOf(t.database.db),
      callLog: log,
      options: { retries: { hold: 0 } },
    });
    for (let i = 0; i < 20; i++) await gateway.search('hotel', { cityId: '310100', checkIn: '2026-03-01', checkOut: '2026-03-02' });
    await expect(
      gateway.hold('hotel', 'reg-log', { offerId: 'o', passengers: [], orderRef: 'HT-1', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({
      code: 'SUPPLIER_UNAVAILABLE',
    });
    expect(log.pending).toBe(21);
    await log.stop();
    expect(log.pending).toBe(0);
    const summary = await summariseCalls(t.database.db, s.id, { from: new Date(Date.now() - HOUR), to: new Date(Date.now() + 1000) });
    expect(summary.total).toMatchObject({ count: 21, errors: 1, timeouts: 0 });
    expect(summary.total.errorRate).toBeCloseTo(1 / 21);
    expect(summary.byOperation.map((o) => [o.operation, o.count, o.errors])).toEqual([
      ['hold', 1, 1],
      ['search', 20, 0],
    ]);
    expect(summary.total.p50Ms).not.toBeNull();
    const listed = (await listSuppliers(t.database.db, {})).find((x) => x.code === 'reg-log');
    expect(listed?.calls24h.count).toBe(21);
  });
});
