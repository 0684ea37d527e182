import type { TFunction } from 'i18next';
import { ApiError, reasonOf, retryAfterSecondsOf } from '../api/errors';
import type { Messages } from '../i18n/zh-CN';

type ErrorKey = keyof Messages['errors'];

const TRANSLATED_CODES = new Set<string>([
  'NETWORK_ERROR',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'DEPARTMENT_NOT_EMPTY',
  'IMPORT_INVALID',
  'CSRF_FAILED',
  'MALFORMED_REQUEST',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'TENANT_REQUIRED',
  'DUPLICATE',
  'REFERENCE_NOT_FOUND',
  'IN_USE',
  'HIERARCHY_CYCLE',
  'INTERNAL',
  'INVALID_STATE',
  'CONCURRENT_UPDATE',
  'NOT_AN_APPROVER',
  'SELF_APPROVAL',
  'DELEGATION_OVERLAP',
  'BUDGET_EXCEEDED',
  'REASON_REQUIRED',
  'BUDGET_BELOW_USED',
  'NO_APPROVAL_FLOW',
  'ADJUSTMENT_REQUIRED',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'LAST_TRAVEL_ADMIN',
  'TENANT_SUSPENDED',
  'SUPPLIER_UNAVAILABLE',
  'SUPPLIER_REFUSED',
  'SUPPLIER_SUSPENDED',
  'PASSWORD_TOO_WEAK',
] satisfies ErrorKey[]);

/** INVALID_STATE answers whose details.reason has a message of its own. */
const STATE_REASONS: Record<string, ErrorKey> = {
  trip_not_begun: 'TRIP_NOT_BEGUN',
};

function isTranslatedCode(code: string): code is ErrorKey {
  return TRANSLATED_CODES.has(code);
}

/** "90 s" → "2 min" style wait text for lock-out messages. */
export function formatWait(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('time.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * The message to show for a failed call, in the current language: known error codes are
 * translated here, anything else falls back to the server's own message.
 */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'AUTH_LOCKED') {
      const wait = retryAfterSecondsOf(err);
      return wait === null ? t('errors.AUTH_LOCKED_NO_WAIT') : t('errors.AUTH_LOCKED', { wait: formatWait(t, wait) });
    }
    const reasonKey = err.code === 'INVALID_STATE' ? STATE_REASONS[reasonOf(err) ?? ''] : undefined;
    if (reasonKey) return t(`errors.${reasonKey}`);
    if (isTranslatedCode(err.code)) return t(`errors.${err.code}`);
    if (err.message) return err.message;
    if (err.status === 403) return t('errors.FORBIDDEN');
    if (err.status === 404) return t('errors.NOT_FOUND');
  }
  return t('errors.generic');
}

/** An error code alone (e.g. a bulk action's per-item result) in words, or the code itself. */
export function codeMessage(t: TFunction, code: string): string {
  return isTranslatedCode(code) ? t(`errors.${code}`) : code;
}
