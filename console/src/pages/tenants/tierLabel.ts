import type { TenantTier } from '../../api/types';

export const TIER_LABEL = {
  standard: 'tenants.tierStandard',
  professional: 'tenants.tierProfessional',
  flagship: 'tenants.tierFlagship',
} as const satisfies Record<TenantTier, string>;
