import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import helmet from 'helmet';
import { newId } from '../ids.ts';
import { registerBodyParsers } from './body-parsers.ts';
import { handleError } from './error-handler.ts';
import { registerHealth } from './health.ts';
import { registerMetrics } from './metrics.ts';
import { registerOpenApi } from './openapi.ts';
import { ErrorBody } from './schemas.ts';
import { registerConsole } from './static-console.ts';
import { registerTextGuard } from './text-guard.ts';
import type { App, AppDeps, AppPlugin, RouteEntry } from './types.ts';
import { validatorBuilder } from './validator-compiler.ts';

export type RouteModule = (app: App, deps: AppDeps) => void | Promise<void>;

export interface BuildOptions {
  /** Pino logging; tests pass false. */
  logger?: boolean;
  /** Authentication: decorates each request with its caller and enforces routes' config.access. */
  authentication: AppPlugin;
  routes: RouteModule[];
}

/** Builds the whole HTTP application around already-opened services. */
export async function buildApp(deps: AppDeps, opts: BuildOptions): Promise<App> {
  const app: App = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : newId();
    },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
    schemaController: { compilersFactory: { buildValidator: validatorBuilder() } },
    // Router-level refusals (a path parameter over maxParamLength, bad percent-encoding) get the
    // same catalogue error body as everything else instead of Fastify's own.
    frameworkErrors: (err, req, reply) => handleError(err, req, reply),
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerBodyParsers(app);
  app.addSchema(ErrorBody);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Fastify adds a HEAD twin for every GET; it is not a route of its own.
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access });
    }
  });
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  app.setErrorHandler((err, req, reply) => handleError(err, req, reply));

  // Helmet's security headers on every response. The middleware is built once: @fastify/helmet
  // builds it again for every request (about a fifth of the platform's own cost of a request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined)),
  );
  await app.register(cookie);
  await opts.authentication(app, deps);
  registerTextGuard(app);
  await registerOpenApi(app);
  app.decorate('metricsRegistry', registerMetrics(app, deps.config.metricsToken));
  registerHealth(app, deps.database);
  for (const routes of opts.routes) await routes(app, deps);
  await registerConsole(app);
  return app;
}
