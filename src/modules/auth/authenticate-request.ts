import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { onPrincipalChange, parsePrincipalChange, PRINCIPAL_CHANGES_CHANNEL } from '../access/index.ts';
import type { Database } from '../../platform/db/database.ts';
import { databaseOf } from '../../platform/db/transactions.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AppPlugin } from '../../platform/http/types.ts';
import { authenticateApiKey } from './api-keys.ts';
import { PrincipalCache } from './principal-cache.ts';
import { authenticateSession, csrfMatches } from './session.ts';

export const SESSION_COOKIE = 'td_session';
export const CSRF_COOKIE = 'td_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates a request (Bearer API key or session cookie), checks CSRF for cookie-authenticated
 * writes, and checks the permission the route declares in config.access.
 */
async function authenticate(database: Database, cache: PrincipalCache, req: FastifyRequest): Promise<void> {
  req.principal = null;
  const access = req.routeOptions.config.access;
  if (access === undefined || access === 'public') return;

  const authz = req.headers.authorization;
  if (authz !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(authz);
    const principal = m?.[1] ? await authenticateApiKey(database.db, m[1], { cache }) : null;
    if (!principal) throw new AppError('AUTH_REQUIRED', 'The API key is not valid');
    req.principal = principal;
  } else {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await authenticateSession(database.db, token, { cache }) : null;
    if (!session) throw new AppError('AUTH_REQUIRED');
    if (!SAFE_METHODS.has(req.method)) {
      const presented = req.headers[CSRF_HEADER];
      if (typeof presented !== 'string' || !csrfMatches(session.csrfHash, presented)) {
        throw new AppError('CSRF_FAILED');
      }
    }
    req.principal = session.principal;
  }
  if (access !== 'authenticated' && !req.principal.permissions.has(access)) {
    throw new AppError('FORBIDDEN', `This needs the permission ${access}`, { permission: access });
  }
}

/**
 * The authentication plugin the composition root gives the HTTP platform: every request gets a
 * `principal` (null until authenticated), resolved before the route runs.
 *
 * Resolved credentials are cached per app instance (principal-cache.ts). Announced principal
 * changes evict them: every instance's through LISTEN/NOTIFY when the change commits, and the
 * caches in the process that makes the change at once (on PostgreSQL the notification takes a
 * moment to come back).
 * While the listening connection is down the cache serves nothing, and it starts empty again.
 */
export const authentication: AppPlugin = async (app, deps) => {
  const cache = new PrincipalCache({ size: deps.config.authCacheSize, ttlMs: deps.config.authCacheTtlSeconds * 1000 });
  const stops: (() => void | Promise<void>)[] = [];
  if (cache.enabled) {
    // Changes made through this database in this process: at once (other databases' are not ours).
    stops.push(
      onPrincipalChange((change, madeThrough) => {
        if (databaseOf(madeThrough) === deps.database.db) cache.apply(change);
      }),
    );
    stops.push(
      await deps.database.listen(PRINCIPAL_CHANGES_CHANNEL, {
        notification: (payload) => cache.apply(parsePrincipalChange(payload)),
        interrupted: () => cache.suspend(),
        resumed: () => cache.resume(),
      }),
    );
  }
  app.addHook('onClose', async () => {
    for (const stop of stops) await stop();
  });
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => authenticate(deps.database, cache, req));
};
