import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.ts';
import type { Permission } from '../../modules/access/permissions.ts';
import type { Principal } from '../../modules/access/principal.ts';
import type { PiiCipher } from '../crypto/pii.ts';
import type { Database } from '../db/database.ts';
import type { JobRunner } from '../jobs/job-runner.ts';

/** What a route needs: a permission, any signed-in caller, or nothing (public). */
export type RouteAccess = Permission | 'authenticated' | 'public';

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
  }
  interface FastifyRequest {
    principal: Principal | null;
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
