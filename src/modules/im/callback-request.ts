/**
 * A callback as a route has it: the query string, the headers and the body exactly as received
 * (a signature covers the raw bytes, not a re-serialised object). `now` is the receiving time in
 * epoch milliseconds, for the timestamp checks; it defaults to the clock.
 */
export interface ImCallbackRequest {
  query: Readonly<Record<string, unknown>>;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  rawBody: string | Buffer | undefined;
  now?: number;
}

/** A query parameter given once as a non-empty string, else undefined (a repeated parameter is ambiguous). */
export function queryParam(query: ImCallbackRequest['query'], ...names: string[]): string | undefined {
  for (const name of names) {
    const value = query[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** A header's value (names in lower case, as Node gives them), the first when sent twice. */
export function headerValue(headers: ImCallbackRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  const first = typeof value === 'string' ? value : value?.[0];
  return first === undefined || first === '' ? undefined : first;
}

export function bodyBytes(rawBody: ImCallbackRequest['rawBody']): Buffer {
  if (rawBody === undefined) return Buffer.alloc(0);
  return typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
}

export function bodyText(rawBody: ImCallbackRequest['rawBody']): string {
  if (rawBody === undefined) return '';
  return typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
}

/** Parses a JSON body into an object, or null. */
export function jsonObject(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Whether a signed timestamp is within `maxSkewMs` of now. Numbers below 10^11 are read as
 * seconds (WeCom, Feishu), larger ones as milliseconds (DingTalk).
 */
export function isFresh(timestamp: string, now: number, maxSkewMs: number): boolean {
  if (!/^[0-9]{1,15}$/.test(timestamp)) return false;
  const value = Number(timestamp);
  const ms = value < 1e11 ? value * 1000 : value;
  return Math.abs(now - ms) <= maxSkewMs;
}

/** Timestamps and nonces are echoed into replies and signatures: only plain tokens are accepted. */
export const PLAIN_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
