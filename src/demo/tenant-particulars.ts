import { creditCodeCheckDigit, type TenantTier } from '../modules/tenancy/index.ts';
import type { DemoData } from './demo-data.ts';

/**
 * The demo enterprises' particulars as onboarding would have asked them: short name, tier and a
 * 统一社会信用代码 (fictitious: registration authority 9, category 1, a real division code and
 * an invented organisation code, completed with its true check digit); the contact is the
 * enterprise's demo travel administrator.
 */
const PARTICULARS: Record<string, { shortName: string; tier: TenantTier; creditCodeStem: string }> = {
  huachen: { shortName: '华辰智造', tier: 'flagship', creditCodeStem: '91310115MA1H7X2K0' },
  yunfan: { shortName: '云帆科技', tier: 'professional', creditCodeStem: '91440300MA5F8Q3R1' },
};

export interface TenantParticulars {
  shortName: string | null;
  tier: TenantTier;
  creditCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

export function tenantParticulars(data: DemoData, tenantCode: string): TenantParticulars {
  const p = PARTICULARS[tenantCode];
  const admin = data.logins.find((l) => l.tenantCode === tenantCode && l.role === 'travel_admin');
  const digit = p ? creditCodeCheckDigit(p.creditCodeStem) : null;
  return {
    shortName: p?.shortName ?? null,
    tier: p?.tier ?? 'standard',
    creditCode: p && digit ? p.creditCodeStem + digit : null,
    contactName: admin?.displayName ?? null,
    contactPhone: admin?.phone ?? null,
    contactEmail: admin?.email ?? null,
  };
}
