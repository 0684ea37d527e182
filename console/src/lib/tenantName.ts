import type { TenantRef } from '../api/types';
import { currentLanguage } from '../i18n';

/** The tenant's name in the current language (Chinese name unless English is chosen and set). */
export function tenantName(tenant: TenantRef): string {
  return currentLanguage() === 'en' && tenant.nameEn ? tenant.nameEn : tenant.name;
}
