import type { ImPlatform } from './engine/index.ts';
import { ImSendError } from './im-send-error.ts';

/** The fetch the send functions use: the global one by default, a stub's in tests. */
export type ImFetch = typeof fetch;

export interface ImCall {
  platform: ImPlatform;
  step: 'token' | 'send';
  url: URL;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  fetch: ImFetch;
  timeoutMs: number;
}

export interface ImResponse {
  httpStatus: number;
  json: Record<string, unknown>;
}

/** The default time a token or send request may take before it is given up. */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/**
 * One JSON request to a platform. The platforms report errors in the JSON (errcode, code) and
 * sometimes with a 4xx as well, so the status and the body both go back to the caller; only a
 * request that got no JSON answer throws here.
 */
export async function callPlatform(call: ImCall): Promise<ImResponse> {
  const fail = (httpStatus: number | null, message: string) =>
    new ImSendError({ platform: call.platform, step: call.step, code: null, httpStatus, message });
  let response: Response;
  try {
    response = await call.fetch(call.url, {
      method: call.method,
      headers: {
        accept: 'application/json',
        ...(call.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(call.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw fail(null, `${call.platform} ${call.url.pathname}: no response (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw fail(response.status, `${call.platform} ${call.url.pathname}: HTTP ${response.status} without a JSON object`);
  }
  return { httpStatus: response.status, json: json as Record<string, unknown> };
}

/** A platform's error code as text (WeCom's are numbers, DingTalk's words), or null. */
export function codeText(value: unknown): string | null {
  return typeof value === 'number' || (typeof value === 'string' && value !== '') ? String(value) : null;
}

/** A base URL with the path appended (a base URL may carry a path prefix, e.g. a proxy's). */
export function endpoint(baseUrl: string, path: string, query: Record<string, string> = {}): URL {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}
