import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import { ApiError, EMPTY_ANSWER, NETWORK_ERROR, isApiErrorBody } from './errors';
import type { paths } from './generated/openapi';

export { ApiError } from './errors';

const CSRF_COOKIE = 'td_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const LOGIN = '/api/v1/auth/login';

let tenantId: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Tenant sent as X-Tenant-Id on every call (operator staff only); null sends none. */
export function setTenantId(id: string | null): void {
  tenantId = id;
}

export function getTenantId(): string | null {
  return tenantId;
}

/** Called on a 401 from any call except the login itself. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=');
    if (rawKey === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Query strings leave out absent and empty values (an empty filter means no filter); lists repeat the name. */
export function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  return params.toString();
}

/** What every call carries: the viewer's language, the chosen tenant, and the CSRF token on writes. */
const tripdeskHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', i18n.language);
    // A call that names its own X-Tenant-Id ('' for every tenant in reach: platform administration) keeps it.
    if (tenantId && !request.headers.has('X-Tenant-Id')) request.headers.set('X-Tenant-Id', tenantId);
    if (UNSAFE_METHODS.has(request.method)) {
      const csrf = readCookie(CSRF_COOKIE);
      if (csrf) request.headers.set('X-CSRF-Token', csrf);
    }
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== LOGIN && unauthorizedHandler) unauthorizedHandler();
    return undefined;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(0, { code: NETWORK_ERROR, message: error instanceof Error ? error.message : 'Network error' });
  },
};

/** The typed client of the Tripdesk API (openapi-fetch over the generated `paths`). */
export const client = createClient<paths>({ credentials: 'same-origin', querySerializer: queryString });
client.use(tripdeskHeaders);

/** What an openapi-fetch call resolves to: the parsed body on success, the error body otherwise. */
type Outcome<D> = { data: D; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

function apiErrorOf(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) return new ApiError(status, body);
  // Not our error format (e.g. a proxy's HTML page): no message worth showing.
  return new ApiError(status, { code: `HTTP_${status}`, message: '' });
}

/** The answer of a call, or its failure thrown as an ApiError with the server's code, message and details. */
export async function answer<D>(call: Promise<Outcome<D>>): Promise<NonNullable<D>> {
  const outcome = await call;
  if ('error' in outcome) throw apiErrorOf(outcome.response.status, outcome.error);
  const data = outcome.data;
  // A success without a body where the route promises JSON (no route answers a bare null): no answer to give.
  if (data === undefined || data === null) throw new ApiError(outcome.response.status, { code: EMPTY_ANSWER, message: '' });
  return data;
}

/** A call answered with 204 No Content: resolves when it succeeded. */
export async function done(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const outcome = await call;
  if ('error' in outcome) throw apiErrorOf(outcome.response.status, outcome.error);
}

/** A file download (a call made with parseAs: 'blob'): the file and the name the server gave it. */
export async function download(call: Promise<Outcome<Blob>>): Promise<{ blob: Blob; filename: string | null }> {
  const outcome = await call;
  if ('error' in outcome) throw apiErrorOf(outcome.response.status, outcome.error);
  const disposition = outcome.response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: outcome.data, filename: match?.[1] ? decodeURIComponent(match[1]) : null };
}
