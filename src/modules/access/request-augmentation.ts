import type { Permission } from './permissions.ts';
import type { Principal } from './principal.ts';

/**
 * What the access module adds to the HTTP platform's types: its permissions become names a route
 * may require, and every request carries the principal the authentication plugin resolved (null
 * for public routes and before authentication).
 */
declare module '../../platform/http/types.ts' {
  interface RouteAccessNames extends Record<Permission, true> {}
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}
