import type { ApiErrorBody, BudgetCheck } from './types';

/** A failed API call: HTTP status plus the server's {code, message, details, requestId}. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** The server's request id (X-Request-Id), to quote to support; absent for errors the console made. */
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }
}

/**
 * The `details` of an error are typed `{[key: string]: unknown}` in the document (one ErrorBody for
 * every code), so the console reads the parts it uses with the guards below, into these shapes.
 */

/** One item of details.errors of a 422 VALIDATION_FAILED answer. */
export interface FieldError {
  path: string;
  message: string;
}

/** One item of details.errors of a 422 IMPORT_INVALID answer. */
export interface ImportRowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
  /** The offending cell's content, where there is one. */
  value?: string;
}

/** Codes the console produces itself when no server answer could be read. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const EMPTY_ANSWER = 'EMPTY_ANSWER';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

function errorList(err: unknown): unknown[] {
  if (!(err instanceof ApiError) || !isRecord(err.details)) return [];
  const list = err.details.errors;
  return Array.isArray(list) ? list : [];
}

/** details.errors of a 422 VALIDATION_FAILED answer. */
export function fieldErrorsOf(err: unknown): FieldError[] {
  return errorList(err).flatMap((item): FieldError[] =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string' ? [{ path: item.path, message: item.message }] : [],
  );
}

/** details.errors of a 422 IMPORT_INVALID answer. */
export function importErrorsOf(err: unknown): ImportRowError[] {
  return errorList(err).flatMap((item): ImportRowError[] => {
    if (!isRecord(item) || typeof item.row !== 'number') return [];
    return [
      {
        row: item.row,
        column: typeof item.column === 'string' ? item.column : null,
        code: typeof item.code === 'string' ? item.code : '',
        message: typeof item.message === 'string' ? item.message : '',
        ...(typeof item.value === 'string' ? { value: item.value } : {}),
      },
    ];
  });
}

/** details.reason of an answer that names why it was refused (e.g. INVALID_STATE 'trip_not_begun'). */
export function reasonOf(err: unknown): string | null {
  if (!(err instanceof ApiError) || !isRecord(err.details)) return null;
  const value = err.details.reason;
  return typeof value === 'string' ? value : null;
}

/** details.retryAfterSeconds of a 429 AUTH_LOCKED answer. */
export function retryAfterSecondsOf(err: unknown): number | null {
  if (!(err instanceof ApiError) || !isRecord(err.details)) return null;
  const value = err.details.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function isBudgetCheck(value: unknown): value is BudgetCheck {
  return isRecord(value) && typeof value.outcome === 'string' && Array.isArray(value.lines);
}

/** details.check of a 422 BUDGET_EXCEEDED / REASON_REQUIRED answer. */
export function budgetCheckOf(err: unknown): BudgetCheck | null {
  if (!(err instanceof ApiError) || !isRecord(err.details)) return null;
  return isBudgetCheck(err.details.check) ? err.details.check : null;
}

/** details.conflicting of a 409 DELEGATION_OVERLAP answer: the caller's delegation in the way. */
export interface ConflictingDelegation {
  id: string;
  delegateName: string;
  startsAt: string;
  endsAt: string;
}

export function conflictingDelegationOf(err: unknown): ConflictingDelegation | null {
  if (!(err instanceof ApiError) || err.code !== 'DELEGATION_OVERLAP' || !isRecord(err.details)) return null;
  const c = err.details.conflicting;
  if (!isRecord(c)) return null;
  const { id, delegateName, startsAt, endsAt } = c;
  return typeof id === 'string' && typeof delegateName === 'string' && typeof startsAt === 'string' && typeof endsAt === 'string'
    ? { id, delegateName, startsAt, endsAt }
    : null;
}
