import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Config } from '../config/config.ts';
import type { PiiCipher } from '../crypto/pii.ts';
import type { Database } from '../db/database.ts';
import type { JobRunner } from '../jobs/job-runner.ts';

/**
 * The names a route may give as `config.access`: 'public' (no caller needed), 'authenticated' (any
 * signed-in caller), and whatever the access module adds by declaration merging (its permissions).
 * The platform only checks that every /api route declares one; the authentication plugin the
 * composition root passes to buildApp enforces it.
 */
export interface RouteAccessNames {
  public: true;
  authenticated: true;
}

/** What a route needs: a permission, any signed-in caller, or nothing (public). */
export type RouteAccess = keyof RouteAccessNames & string;

/** One /api route as registered: what the route table (app.routeTable) lists. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every /api route with the access it declares, in registration order. */
    routeTable: readonly RouteEntry[];
    /** The registry /metrics serves: modules add their own metrics to it. */
    metricsRegistry: Registry;
  }
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What route modules receive: the running configuration and shared services. */
export interface AppDeps {
  config: Config;
  database: Database;
  cipher: PiiCipher;
  /** Durable jobs and timers, when the server runs them (absent in tests and tools that do not). */
  jobs?: JobRunner;
}

/** Something added to the app before the routes: hooks and request decorations (authentication). */
export type AppPlugin = (app: App, deps: AppDeps) => void | Promise<void>;
