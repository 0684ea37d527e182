import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { ResolvedAddress } from './address-guard.ts';

export interface PostRequest {
  url: URL;
  /** The address the SSRF guard checked: the connection goes there and nowhere else. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface PostResult {
  /** The HTTP status, or null when no response came (refused, reset, timed out). */
  statusCode: number | null;
  error: string | null;
  responseMs: number;
  /** The start of the response body, for the delivery log. */
  excerpt: string | null;
}

/** Sends one webhook POST; injected so tests may count or fail calls without a network. */
export type Transport = (req: PostRequest) => Promise<PostResult>;

export const EXCERPT_CHARS = 1_000;

/**
 * A lookup that answers the checked address whatever the name: the connection cannot be steered
 * elsewhere by a second, different DNS answer (rebinding) between the check and the connect. TLS
 * still verifies the certificate against the URL's host name (SNI and checks use the name).
 */
function pinnedLookup(address: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
}

/**
 * POST over node:http(s): no redirects followed (a 3xx is a failed attempt, so a receiver cannot
 * bounce us to a private address), no connection reuse, the whole exchange within the timeout.
 */
export const httpTransport: Transport = (req) =>
  new Promise((resolve) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let settled = false;
    const finish = (result: Omit<PostResult, 'responseMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, responseMs: elapsed() });
    };
    const request = (req.url.protocol === 'https:' ? https : http).request(req.url, {
      method: 'POST',
      headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) },
      agent: false,
      lookup: pinnedLookup(req.address),
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`timed out after ${req.timeoutMs} ms`));
    }, req.timeoutMs);
    request.on('error', (err) => finish({ statusCode: null, error: err.message, excerpt: null }));
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (text.length < EXCERPT_CHARS) text += chunk;
        // Enough read for the log: the rest of a large answer is not waited for.
        if (text.length >= EXCERPT_CHARS) res.destroy();
      });
      const done = () =>
        finish({
          statusCode: res.statusCode ?? null,
          error: null,
          excerpt: text === '' ? null : text.slice(0, EXCERPT_CHARS),
        });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    request.end(req.body);
  });
