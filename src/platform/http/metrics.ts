import { createHash, timingSafeEqual } from 'node:crypto';
import client from 'prom-client';
import { AppError } from '../errors/app-error.ts';
import type { App } from './types.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether an Authorization header carries exactly this bearer token (compared in constant time). */
function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(presented), digest(token));
}

/**
 * Prometheus metrics at /metrics: process defaults and request durations by route. They tell
 * an outsider what runs and how busy it is, so they are only served to a scraper that sends the
 * configured token (TRIPDESK_METRICS_TOKEN) as `Authorization: Bearer …`; without a token
 * configured /metrics is 404 for everyone.
 */
export function registerMetrics(app: App, token: string | null): client.Registry {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'tripdesk_' });
  const duration = new client.Histogram({
    name: 'tripdesk_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (token === null) throw new AppError('NOT_FOUND');
    if (!bearerMatches(req.headers.authorization, token)) {
      void reply.header('www-authenticate', 'Bearer realm="tripdesk-metrics"');
      throw new AppError('AUTH_REQUIRED', 'Send the metrics token as Authorization: Bearer <token>');
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return registry;
}
