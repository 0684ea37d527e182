import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiKey } from '../../modules/auth/api-keys.ts';
import { authenticateSession, csrfMatches } from '../../modules/auth/session.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

export const SESSION_COOKIE = 'td_session';
export const CSRF_COOKIE = 'td_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: authenticates (Bearer API key or session cookie), checks CSRF for
 * cookie-authenticated writes, and checks the permission the route declares in config.access.
 */
export function authHook(database: Database) {
  return async function authenticate(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
    req.principal = null;
    const access = req.routeOptions.config.access;
    if (access === undefined || access === 'public') return;

    const authz = req.headers.authorization;
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      const principal = m?.[1] ? await authenticateApiKey(database.db, m[1]) : null;
      if (!principal) throw new AppError('AUTH_REQUIRED', 'The API key is not valid');
      req.principal = principal;
    } else {
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await authenticateSession(database.db, token) : null;
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
  };
}
