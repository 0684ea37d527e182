import type {} from '@fastify/cookie';
import { Type } from '@sinclair/typebox';
import { CSRF_COOKIE, SESSION_COOKIE } from './authenticate-request.ts';
import { errorResponses, IdParams, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import { getMe } from './me.ts';
import { authenticateSession, changePassword, signOut } from './session.ts';
import { signIn, type SignInIdentifier } from './sign-in.ts';
import { apiKeyScopeNames, actorOfRequest, principalOf, readScope, writeTenant } from '../access/index.ts';

const TenantRef = Type.Object({ id: Uuid, code: Type.String(), name: Type.String(), nameEn: Type.String() });
export const MeSchema = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('tenant'), Type.Literal('operator')]),
  via: Type.Union([Type.Literal('session'), Type.Literal('api_key')]),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'Masked' }),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  locale: Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]),
  employeeId: Type.Union([Uuid, Type.Null()]),
  tenant: Type.Union([TenantRef, Type.Null()]),
  tenants: Type.Array(TenantRef),
});

const LoginBody = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 -]{5,19}$' })),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** A scope an API key may hold (what the access module names). */
const ApiKeyScopeSchema = Type.String({ enum: [...apiKeyScopeNames] });
const ApiKeySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(ApiKeyScopeSchema),
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  expiresAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});

export function authRoutes(app: App, { database, cipher, config }: AppDeps): void {
  const { db } = database;

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Sign in with email or phone and password',
        description:
          'Sets the td_session (http-only) and td_csrf cookies. From the fifth failure on an account, each failure delays the next attempt (5 s doubling to 60 s; 429 AUTH_LOCKED with Retry-After meanwhile); an address with 30 failures in 15 minutes may not retry the names it failed on until its window ends.',
        body: LoginBody,
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { email, phone, password } = req.body;
      if ((email === undefined) === (phone === undefined)) {
        throw new AppError('VALIDATION_FAILED', 'Give exactly one of email or phone', {
          errors: [{ path: 'email', message: 'give exactly one of email or phone' }],
        });
      }
      const identifier: SignInIdentifier = email !== undefined ? { email } : { phone: phone ?? '' };
      const result = await signIn({
        db,
        cipher,
        identifier,
        password,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
        sessionTtlHours: config.sessionTtlHours,
      });
      const base = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires: result.expiresAt };
      void reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...base, httpOnly: true });
      void reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...base, httpOnly: false });
      const session = await authenticateSession(db, result.sessionToken);
      // A fresh session that does not resolve: the account's enterprise is suspended.
      if (!session) throw new AppError('TENANT_SUSPENDED');
      return getMe(db, cipher, session.principal);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'signOut', tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null(), ...errorResponses } },
    },
    async (req, reply) => {
      await signOut(db, principalOf(req), actorOfRequest(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change my password',
        description: 'Ends the account’s other sessions.',
        body: Type.Object(
          { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      if (p.via !== 'session') throw new AppError('FORBIDDEN', 'API keys have no password');
      await changePassword(db, p, actorOfRequest(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      config: { access: 'authenticated' },
      schema: { operationId: 'getMe', tags: ['auth'], summary: 'The current user', response: { 200: MeSchema, ...errorResponses } },
    },
    async (req) => getMe(db, cipher, principalOf(req)),
  );

  app.get(
    '/api/v1/api-keys',
    {
      config: { access: 'apikey.manage' },
      schema: {
        operationId: 'listApiKeys',
        tags: ['api keys'],
        summary: 'List API keys',
        response: { 200: Type.Object({ items: Type.Array(ApiKeySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listApiKeys(db, readScope(req)) }),
  );

  app.post(
    '/api/v1/api-keys',
    {
      config: { access: 'apikey.manage' },
      schema: {
        operationId: 'createApiKey',
        tags: ['api keys'],
        summary: 'Create an API key (the secret is shown once)',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            scopes: Type.Array(Type.Union(apiKeyScopeNames.map((s) => Type.Literal(s))), { minItems: 1, uniqueItems: true }),
            expiresAt: Type.Optional(Type.Union([Timestamp, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ key: ApiKeySchema, secret: Type.String() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const expiresAt = req.body.expiresAt ? new Date(req.body.expiresAt) : null;
      if (expiresAt && expiresAt <= new Date()) {
        throw new AppError('VALIDATION_FAILED', 'expiresAt is in the past', {
          errors: [{ path: 'expiresAt', message: 'must be in the future' }],
        });
      }
      const created = await createApiKey(db, writeTenant(req), actorOfRequest(req), {
        name: req.body.name,
        scopes: req.body.scopes,
        expiresAt,
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      config: { access: 'apikey.manage' },
      schema: {
        operationId: 'revokeApiKey',
        tags: ['api keys'],
        summary: 'Revoke an API key',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await revokeApiKey(db, readScope(req), actorOfRequest(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
