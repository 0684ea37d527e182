import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/modules/audit/append-audit.ts';
import { PLATFORM_TENANT } from '../../src/modules/audit/hash.ts';
import { verifyAuditChain } from '../../src/modules/audit/verify-audit-chain.ts';
import { systemActor } from '../../src/modules/access/principal.ts';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from './helpers.ts';

/** The audit log is a hash chain per tenant: append-only, and any tampering is found. */

let t: TestApp;
let huachen: string;
let auditor: SignedIn;

beforeAll(async () => {
  t = await testApp();
  huachen = t.db.demo.tenants.huachen;
  // Some history: sign-ins in both chains, a key created and revoked.
  auditor = await signInAs(t.app, 'auditor@tripdesk.example.com');
  const admin = await signInAs(t.app, 'admin@huachen.example.com');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: admin.headers,
    payload: { name: 'chain', scopes: ['org:read'] },
  });
  const id = created.json<{ key: { id: string } }>().key.id;
  await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: admin.headers });
  await signInAs(t.app, 'traveller@huachen.example.com');
  await signInAs(t.app, 'traveller@yunfan.example.com');
  await signInAs(t.app, 'agent@tripdesk.example.com');
  await signInAs(t.app, 'ops@tripdesk.example.com');
});
afterAll(async () => {
  await t?.close();
});

/**
 * Runs statements as the connecting superuser with triggers off (the only way past the
 * append-only trigger), in one transaction so that both drivers use one connection.
 */
async function asSuperuserWithoutTriggers(...statements: string[]): Promise<void> {
  await t.db.database.db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local session_replication_role = replica'));
    for (const s of statements) await tx.execute(sql.raw(s));
  });
}

async function summaryAt(tenantId: string, seq: number): Promise<string> {
  const [row] = await t.db.database.query<{ summary: string }>('select summary from audit_log where tenant_id = $1 and seq = $2', [
    tenantId,
    seq,
  ]);
  if (!row) throw new Error(`no audit entry ${tenantId}/${seq}`);
  return row.summary;
}

const verifyOverHttp = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log/verify', headers: auditor.headers });
  expect(res.statusCode).toBe(200);
  return res.json<{ ok: boolean; checked: number; firstBroken: { tenantId: string; seq: number; reason: string } | null }>();
};

describe('the audit chain', () => {
  it('is intact after ordinary work, and covers every entry', async () => {
    const [total] = await t.db.database.query<{ n: number }>('select count(*)::int as n from audit_log');
    const [huachenEntries] = await t.db.database.query<{ n: number }>('select count(*)::int as n from audit_log where tenant_id = $1', [
      huachen,
    ]);
    expect(huachenEntries?.n).toBeGreaterThanOrEqual(4);
    const report = await verifyAuditChain(t.db.database.db);
    expect(report).toEqual({ ok: true, checked: total?.n, firstBroken: null });
    expect(await verifyOverHttp()).toEqual(report);
  });

  it('refuses updates and deletes, even from the superuser', async () => {
    await expect(t.db.database.query(`update audit_log set summary = 'x' where tenant_id = $1 and seq = 2`, [huachen])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.database.query(`delete from audit_log where tenant_id = $1 and seq = 2`, [huachen])).rejects.toThrow(/append-only/);
    expect(await summaryAt(huachen, 2)).not.toBe('x');
  });

  it('a tenant verifies its own chain only; others may not verify', async () => {
    const travelAdmin = await signInAs(t.app, 'admin@huachen.example.com');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log/verify', headers: travelAdmin.headers });
    expect(errorOf(res).code).toBe('FORBIDDEN');
    const forHuachen = await verifyAuditChain(t.db.database.db, [huachen]);
    const [n] = await t.db.database.query<{ n: number }>('select count(*)::int as n from audit_log where tenant_id = $1', [huachen]);
    expect(forHuachen).toEqual({ ok: true, checked: n?.n, firstBroken: null });
  });

  it('finds an entry changed behind its back: hash_mismatch at that entry', async () => {
    const original = await summaryAt(huachen, 2);
    await asSuperuserWithoutTriggers(`update audit_log set summary = 'nothing happened' where tenant_id = '${huachen}' and seq = 2`);
    expect(await summaryAt(huachen, 2)).toBe('nothing happened');
    const report = await verifyAuditChain(t.db.database.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({ tenantId: huachen, seq: 2, reason: 'hash_mismatch' });
    expect(await verifyOverHttp()).toEqual(report);
    // Other chains are still fine on their own.
    expect((await verifyAuditChain(t.db.database.db, [t.db.demo.tenants.yunfan, PLATFORM_TENANT])).ok).toBe(true);
    // Putting the entry back as it was mends the chain: the check is about content, not about having been touched.
    await asSuperuserWithoutTriggers(
      `update audit_log set summary = '${original.replace(/'/g, "''")}' where tenant_id = '${huachen}' and seq = 2`,
    );
    expect((await verifyAuditChain(t.db.database.db)).ok).toBe(true);
  });

  it('finds an entry whose hash was recomputed to match its new content: the next link breaks', async () => {
    // A forger who rewrites seq 2 and its hash still leaves seq 3 pointing at the old hash.
    await asSuperuserWithoutTriggers(
      `update audit_log set data = '{"forged":true}'::jsonb, hash = repeat('a', 64) where tenant_id = '${huachen}' and seq = 2`,
    );
    const report = await verifyAuditChain(t.db.database.db, [huachen]);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.seq).toBe(2);
    expect(report.firstBroken?.reason).toBe('hash_mismatch');
  });

  it('finds a deleted entry: seq_gap', async () => {
    const yunfan = t.db.demo.tenants.yunfan;
    const [head] = await t.db.database.query<{ seq: number }>('select seq::int as seq from audit_chain_heads where tenant_id = $1', [
      yunfan,
    ]);
    expect(head?.seq).toBeGreaterThanOrEqual(2);
    await asSuperuserWithoutTriggers(`delete from audit_log where tenant_id = '${yunfan}' and seq = 1`);
    const report = await verifyAuditChain(t.db.database.db, [yunfan]);
    expect(report).toMatchObject({ ok: false, firstBroken: { tenantId: yunfan, seq: 2, reason: 'seq_gap' } });
  });

  it('finds a deleted last entry: head_mismatch; and a relinked chain: prev_hash_mismatch', async () => {
    const [head] = await t.db.database.query<{ seq: number }>('select seq::int as seq from audit_chain_heads where tenant_id = $1', [
      PLATFORM_TENANT,
    ]);
    const last = head?.seq ?? 0;
    expect(last).toBeGreaterThanOrEqual(3);
    await asSuperuserWithoutTriggers(`delete from audit_log where tenant_id = '${PLATFORM_TENANT}' and seq = ${last}`);
    expect(await verifyAuditChain(t.db.database.db, [PLATFORM_TENANT])).toMatchObject({
      ok: false,
      firstBroken: { tenantId: PLATFORM_TENANT, seq: last, reason: 'head_mismatch' },
    });
    // Deleting an inner entry and renumbering the rest closes the gap, but not the links.
    await asSuperuserWithoutTriggers(
      `delete from audit_log where tenant_id = '${PLATFORM_TENANT}' and seq = 2`,
      `update audit_log set seq = seq - 1 where tenant_id = '${PLATFORM_TENANT}' and seq > 2`,
    );
    expect(await verifyAuditChain(t.db.database.db, [PLATFORM_TENANT])).toMatchObject({
      ok: false,
      firstBroken: { tenantId: PLATFORM_TENANT, seq: 2, reason: 'prev_hash_mismatch' },
    });
  });

  it('appending goes on linking from the head, and a fresh tenant chain starts at 1', async () => {
    const fresh = '11111111-1111-4111-8111-111111111111';
    const results = await inSystemScope(t.db.database.db, async (tx) => [
      await appendAudit(tx, { tenantId: fresh, actor: systemActor('test'), action: 'test.one', entityType: 'test', summary: 'one' }),
      await appendAudit(tx, {
        tenantId: fresh,
        actor: systemActor('test'),
        action: 'test.two',
        entityType: 'test',
        summary: 'two',
        data: { b: 1, a: [2, { d: 3, c: 4 }] },
      }),
    ]);
    expect(results.map((r) => r.seq)).toEqual([1, 2]);
    expect(await verifyAuditChain(t.db.database.db, [fresh])).toEqual({ ok: true, checked: 2, firstBroken: null });
    const [row] = await t.db.database.query<{ prev_hash: string }>('select prev_hash from audit_log where tenant_id = $1 and seq = 2', [
      fresh,
    ]);
    expect(row?.prev_hash).toBe(results[0]?.hash);
  });

  it('a chain whose head row was deleted is still checked, not skipped', async () => {
    const tenant = '22222222-2222-4222-8222-222222222222';
    await inSystemScope(t.db.database.db, async (tx) => {
      for (const n of [1, 2, 3])
        await appendAudit(tx, { tenantId: tenant, actor: systemActor('test'), action: 'test', entityType: 'test', summary: `entry ${n}` });
    });
    expect((await verifyAuditChain(t.db.database.db, [tenant])).ok).toBe(true);
    // The head table has no trigger: deleting a head needs no tricks, and must not hide the chain.
    await t.db.database.query('delete from audit_chain_heads where tenant_id = $1', [tenant]);
    expect(await verifyAuditChain(t.db.database.db, [tenant])).toMatchObject({
      ok: false,
      firstBroken: { tenantId: tenant, reason: 'head_mismatch' },
    });
    // Nor rewrite an entry of a headless chain unseen.
    await asSuperuserWithoutTriggers(`update audit_log set summary = 'rewritten' where tenant_id = '${tenant}' and seq = 2`);
    expect(await verifyAuditChain(t.db.database.db, [tenant])).toMatchObject({
      ok: false,
      firstBroken: { tenantId: tenant, seq: 2, reason: 'hash_mismatch' },
    });
    expect((await verifyAuditChain(t.db.database.db)).ok).toBe(false);
  });
});
