import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { supplierKeys } from './schema.ts';
import { forgetSigningSecrets } from './signing-secrets.ts';
import { auditSupplier, supplierRow } from './supplier-rows.ts';
import type { SupplierKeyView } from './supplier-schemas.ts';
import { keyInForce, keyView, type SupplierKeyRow } from './supplier-view.ts';
import type { Actor } from '../access/index.ts';

/** How long a rotated-out key keeps working unless the rotation says otherwise. */
export const DEFAULT_OVERLAP_HOURS = 24;
const SECRET_PREFIX = 'tdsk_';

/** A new signing secret as given to a supplier: 'tdsk_' and 32 random bytes in base64url. */
export const newSigningSecret = (): string => SECRET_PREFIX + randomBytes(32).toString('base64url');

/**
 * The signing secret of a built-in simulator supplier, derived from the platform's secret key (the
 * cipher's derive: HKDF-SHA256) and the supplier's code, so the in-process simulator can sign what it sends without
 * reading the database. Only seedSuppliers gives a supplier this secret; rotation replaces it with a
 * random one, after which the simulator's events are refused (as a real supplier's would be).
 */
export function simulatorSecretOf(keys: Pick<PiiCipher, 'derive'>, supplierCode: string): string {
  return SECRET_PREFIX + keys.derive(`tripdesk/supplier-simulator-signing/v1:${supplierCode}`).toString('base64url');
}

/** Adds a current key holding `secret` (the caller retires the previous one if it must). */
export async function insertSigningKey(tx: Tx, cipher: PiiCipher, supplierId: string, secret: string, now: Date): Promise<SupplierKeyRow> {
  const existing = await tx.select({ keyId: supplierKeys.keyId }).from(supplierKeys).where(eq(supplierKeys.supplierId, supplierId));
  const next = 1 + Math.max(0, ...existing.map((k) => Number(/^k(\d+)$/.exec(k.keyId)?.[1] ?? 0)));
  const [row] = await tx
    .insert(supplierKeys)
    .values({ id: newId(), supplierId, keyId: `k${next}`, secretEnc: cipher.encrypt(secret), createdAt: now })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function listSigningKeys(db: Db, supplierId: string, now = new Date()): Promise<SupplierKeyView[]> {
  return inSystemScope(db, async (tx) => {
    await supplierRow(tx, supplierId);
    const rows = await tx.select().from(supplierKeys).where(eq(supplierKeys.supplierId, supplierId)).orderBy(asc(supplierKeys.createdAt));
    return rows.map((r) => keyView(r, now)).reverse();
  });
}

export interface Rotated {
  key: SupplierKeyView;
  /** The new secret, in the answer to the rotation only: it is stored encrypted and never shown again. */
  secret: string;
  retiring: SupplierKeyView[];
}

/**
 * A new current key; the previous current key stays in force for `overlapHours` (0: retired now)
 * so the supplier can switch without losing events. Audited on the platform's chain.
 */
export async function rotateSigningKey(
  db: Db,
  cipher: PiiCipher,
  actor: Actor,
  supplierId: string,
  overlapHours = DEFAULT_OVERLAP_HOURS,
  now = new Date(),
): Promise<Rotated> {
  const rotated = await inSystemScope(db, async (tx) => {
    const supplier = await supplierRow(tx, supplierId, true);
    const retiresAt = new Date(now.getTime() + overlapHours * 3600_000);
    const retiring = await tx
      .update(supplierKeys)
      .set({ retiresAt })
      .where(and(eq(supplierKeys.supplierId, supplierId), isNull(supplierKeys.retiresAt), isNull(supplierKeys.revokedAt)))
      .returning();
    const secret = newSigningSecret();
    const key = await insertSigningKey(tx, cipher, supplierId, secret, now);
    await auditSupplier(tx, actor, supplier, 'supplier.key_rotated', `Signing key of ${supplier.code} rotated to ${key.keyId}`, {
      keyId: key.keyId,
      retiring: retiring.map((k) => k.keyId),
      overlapHours,
      retiresAt: retiresAt.toISOString(),
    });
    return { key: keyView(key, now), secret, retiring: retiring.map((k) => keyView(k, now)), code: supplier.code };
  });
  forgetSigningSecrets(rotated.code);
  return { key: rotated.key, secret: rotated.secret, retiring: rotated.retiring };
}

/** Revokes a key at once: events signed with it are refused from now on. Revoking twice changes nothing. */
export async function revokeSigningKey(
  db: Db,
  actor: Actor,
  supplierId: string,
  keyId: string,
  now = new Date(),
): Promise<SupplierKeyView> {
  const revoked = await inSystemScope(db, async (tx) => {
    const supplier = await supplierRow(tx, supplierId, true);
    const [key] = await tx
      .select()
      .from(supplierKeys)
      .where(and(eq(supplierKeys.id, keyId), eq(supplierKeys.supplierId, supplierId)));
    if (!key) throw notFound('signing key');
    if (key.revokedAt !== null) return { view: keyView(key, now), code: supplier.code };
    const [row] = await tx.update(supplierKeys).set({ revokedAt: now }).where(eq(supplierKeys.id, keyId)).returning();
    if (!row) throw notFound('signing key');
    await auditSupplier(tx, actor, supplier, 'supplier.key_revoked', `Signing key ${key.keyId} of ${supplier.code} revoked`, {
      keyId: key.keyId,
      wasInForce: keyInForce(key, now),
    });
    return { view: keyView(row, now), code: supplier.code };
  });
  forgetSigningSecrets(revoked.code);
  return revoked.view;
}
