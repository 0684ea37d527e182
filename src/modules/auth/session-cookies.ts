import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE } from './authenticate-request.ts';
import type { NewSession } from './new-session.ts';

/** The session cookie (http-only) and the CSRF cookie the console reads, for a session just opened. */
export function setSessionCookies(reply: FastifyReply, session: NewSession, cookieSecure: boolean): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: cookieSecure, expires: session.expiresAt };
  void reply.setCookie(SESSION_COOKIE, session.sessionToken, { ...base, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}
