import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.ts';
import type { Permission } from '../../modules/access/permissions.ts';
import type { Principal } from '../../modules/access/principal.ts';
import type { PiiCipher } from '../crypto/pii.ts';
import type { Database } from '../db/database.ts';

/** What a route needs: a permission, any signed-in caller, or nothing (public). */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
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
}
