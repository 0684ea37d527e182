import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { auditChainHeads, auditLog } from './schema.ts';
import { entryHash, GENESIS_HASH } from './hash.ts';

export interface BrokenLink {
  tenantId: string;
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'head_mismatch';
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: BrokenLink | null;
}

const BATCH = 1000;

/** Recomputes every entry's hash and link, tenant by tenant; reports the first broken link. */
export async function verifyAuditChain(db: Db, onlyTenantIds?: readonly string[]): Promise<ChainReport> {
  return inSystemScope(db, async (tx) => {
    const stored = await tx.select().from(auditChainHeads);
    // A chain whose head row is gone must not drop out of the check: verify it against an empty head.
    const logged = await tx.selectDistinct({ tenantId: auditLog.tenantId }).from(auditLog);
    const headless = logged
      .filter((l) => !stored.some((h) => h.tenantId === l.tenantId))
      .map((l) => ({ tenantId: l.tenantId, seq: 0, hash: GENESIS_HASH }));
    const heads = [...stored, ...headless].sort((a, b) => (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0));
    let checked = 0;
    for (const head of heads) {
      if (onlyTenantIds && !onlyTenantIds.includes(head.tenantId)) continue;
      let prevHash = GENESIS_HASH;
      let prevSeq = 0;
      for (;;) {
        const rows = await tx
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.tenantId, head.tenantId), gt(auditLog.seq, prevSeq)))
          .orderBy(asc(auditLog.seq))
          .limit(BATCH);
        for (const row of rows) {
          checked++;
          const broken = (reason: BrokenLink['reason']) => ({
            ok: false,
            checked,
            firstBroken: { tenantId: head.tenantId, seq: row.seq, reason },
          });
          if (row.seq !== prevSeq + 1) return broken('seq_gap');
          if (row.prevHash !== prevHash) return broken('prev_hash_mismatch');
          if (entryHash(row) !== row.hash) return broken('hash_mismatch');
          prevHash = row.hash;
          prevSeq = row.seq;
        }
        if (rows.length < BATCH) break;
      }
      if (head.seq !== prevSeq || head.hash !== prevHash) {
        return { ok: false, checked, firstBroken: { tenantId: head.tenantId, seq: head.seq, reason: 'head_mismatch' } };
      }
    }
    return { ok: true, checked, firstBroken: null };
  });
}
