import { Type } from '@sinclair/typebox';
import { Timestamp, TrimmedText, Uuid } from '../../platform/http/schemas.ts';
import { tenantTiers, type TenantTier } from './schema.ts';

export const TenantTierSchema = Type.Union([Type.Literal('standard'), Type.Literal('professional'), Type.Literal('flagship')], {
  description: 'standard 标准版, professional 专业版, flagship 旗舰版',
});
// The schema names every tier of the table's column, and no other.
const tiersMatch: [TenantTier[], (typeof TenantTierSchema)['static'][]] = [[...tenantTiers], [...tenantTiers]];
void tiersMatch;

export const TenantSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  shortName: Type.Union([Type.String(), Type.Null()]),
  creditCode: Type.Union([Type.String(), Type.Null()]),
  tier: TenantTierSchema,
  contactName: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()], { description: 'Masked unless the caller has pii.read' }),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** An enterprise's particulars in a request; the credit code's check digit is the domain's to check. */
export const tenantFieldSchemas = {
  name: TrimmedText(100, '企业名称'),
  nameEn: TrimmedText(100, 'English name'),
  shortName: Type.Union([Type.String({ maxLength: 30 }), Type.Null()], { description: '简称' }),
  creditCode: Type.String({
    pattern: '^\\s*[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{10}\\s*$',
    maxLength: 40,
    description:
      '统一社会信用代码: 18 characters of GB 32100-2015, characters 3–8 digits (lower case is normalised; the check digit is the domain’s to check)',
  }),
  tier: TenantTierSchema,
  contactName: TrimmedText(50, 'Contact person'),
  contactPhone: Type.String({ pattern: '^\\+?[0-9][0-9 -]{5,19}$' }),
  contactEmail: Type.String({ format: 'email', maxLength: 254 }),
};

export const TenantCode = Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$', description: 'Short identifier, lower case' });
