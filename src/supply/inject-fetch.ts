import type { App } from '../platform/http/types.ts';

/**
 * A fetch that goes through this app's own routes in-process (Fastify's inject): the simulated
 * suppliers post their events to the very ingestion endpoint real suppliers call, signature and
 * all, without depending on the port the server listens on (tests do not listen).
 */
export function injectFetch(app: App): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== 'string') throw new Error('injectFetch sends text bodies only');
    const res = await app.inject({ method: (init?.method ?? 'GET') as 'GET' | 'POST', url, headers, payload: body ?? undefined });
    return new Response(res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'text/plain') },
    });
  };
}
