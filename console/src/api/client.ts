import i18n from '../i18n';
import { ApiError, NETWORK_ERROR, isApiErrorBody } from './errors';

export { ApiError } from './errors';

const API_PREFIX = '/api/v1';
const CSRF_COOKIE = 'td_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON body (serialised here). */
  json?: unknown;
  /** Raw text body, sent as-is with `contentType`. */
  text?: string;
  contentType?: string;
  signal?: AbortSignal;
}

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

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

function buildHeaders(method: Method, options: RequestOptions): Headers {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': i18n.language });
  if (options.json !== undefined) headers.set('Content-Type', 'application/json');
  if (options.text !== undefined) headers.set('Content-Type', options.contentType ?? 'text/plain; charset=utf-8');
  if (tenantId) headers.set('X-Tenant-Id', tenantId);
  if (UNSAFE_METHODS.has(method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set('X-CSRF-Token', csrf);
  }
  return headers;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isApiErrorBody(body)) return new ApiError(response.status, body);
  // Not our error format (e.g. a proxy's HTML page): no message worth showing.
  return new ApiError(response.status, { code: `HTTP_${response.status}`, message: '' });
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: buildHeaders(method, options),
      body: options.json !== undefined ? JSON.stringify(options.json) : options.text,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: NETWORK_ERROR, message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (response.ok) return response;
  const error = await toApiError(response);
  const isLogin = path === '/auth/login';
  if (response.status === 401 && !isLogin && unauthorizedHandler) unauthorizedHandler();
  throw error;
}

/** Performs a call and parses its JSON answer; 204 answers resolve to undefined. */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return (await response.text()) as T;
  return (await response.json()) as T;
}

/** Performs a GET and returns the body as a Blob (file downloads). */
export async function requestBlob(path: string, options: RequestOptions = {}): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send('GET', path, options);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), filename: match?.[1] ? decodeURIComponent(match[1]) : null };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
  patch: <T>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
  put: <T>(path: string, options?: RequestOptions) => request<T>('PUT', path, options),
  del: (path: string, options?: RequestOptions) => request<void>('DELETE', path, options),
};
