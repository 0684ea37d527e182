import type { SupplierCategory } from './adapter-types.ts';
import type { suppliers, supplierKeys } from './schema.ts';
import type { SupplierKeyView, SupplierView } from './supplier-schemas.ts';

export type SupplierRow = typeof suppliers.$inferSelect;
export type SupplierKeyRow = typeof supplierKeys.$inferSelect;

/** "****abcd": the last four characters of a credential, never more than a quarter of it. */
export function credentialHint(credential: string): string {
  const shown = Math.min(4, Math.floor(credential.length / 4));
  return `****${credential.slice(credential.length - shown)}`;
}

/** A supplier as the API shows it: the credentials only as set / not set with their hint. */
export function supplierView(row: SupplierRow): SupplierView {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    categories: row.categories as SupplierCategory[],
    adapter: row.adapter,
    status: row.status,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt.toISOString(),
    rankingWeight: row.rankingWeight,
    credentials: { set: row.credentialsEnc !== null, hint: row.credentialsEnc === null ? null : row.credentialsHint },
    contacts: row.contacts.map((c) => ({ name: c.name, role: c.role ?? null, phone: c.phone ?? null, email: c.email ?? null })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Whether a key signs at `now`: not revoked, and current or still inside its rotation overlap. */
export const keyInForce = (key: Pick<SupplierKeyRow, 'retiresAt' | 'revokedAt'>, now: Date): boolean =>
  key.revokedAt === null && (key.retiresAt === null || key.retiresAt.getTime() > now.getTime());

export function keyView(row: SupplierKeyRow, now: Date): SupplierKeyView {
  const state =
    row.revokedAt !== null
      ? 'revoked'
      : row.retiresAt === null
        ? 'current'
        : row.retiresAt.getTime() > now.getTime()
          ? 'retiring'
          : 'retired';
  return {
    id: row.id,
    keyId: row.keyId,
    state,
    createdAt: row.createdAt.toISOString(),
    retiresAt: row.retiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
