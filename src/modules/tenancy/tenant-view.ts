import type { PiiCipher } from '../../platform/crypto/pii.ts';
import { maskPhone } from '../../platform/crypto/mask.ts';
import type { tenants, TenantTier } from './schema.ts';

export interface TenantView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  shortName: string | null;
  creditCode: string | null;
  tier: TenantTier;
  contactName: string | null;
  /** Masked unless the reader may read personal data. */
  contactPhone: string | null;
  contactEmail: string | null;
  status: 'active' | 'suspended';
  createdAt: string;
  updatedAt: string;
}

/** How a reader sees personal numbers: in full (pii.read) or masked. */
export interface TenantReader {
  cipher: PiiCipher;
  revealPii: boolean;
}

export function tenantView(t: typeof tenants.$inferSelect, reader: TenantReader): TenantView {
  const phone = t.contactPhoneEnc === null ? null : reader.cipher.decrypt(t.contactPhoneEnc);
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    shortName: t.shortName,
    creditCode: t.creditCode,
    tier: t.tier,
    contactName: t.contactName,
    contactPhone: phone === null ? null : reader.revealPii ? phone : maskPhone(phone),
    contactEmail: t.contactEmail,
    status: t.status,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
