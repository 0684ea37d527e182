import type { TFunction } from 'i18next';
import type { Messages } from '../i18n/zh-CN';

type RoleCode = keyof Messages['roles'];

const ROLE_CODES = new Set<string>([
  'traveller',
  'approver',
  'travel_admin',
  'finance',
  'executive',
  'agent',
  'account_manager',
  'operations',
  'supervisor',
  'platform_admin',
  'auditor',
] satisfies RoleCode[]);

function isRoleCode(role: string): role is RoleCode {
  return ROLE_CODES.has(role);
}

/** A role's display name; unknown roles show their code. */
export function roleLabel(t: TFunction, role: string): string {
  return isRoleCode(role) ? t(`roles.${role}`) : role;
}
