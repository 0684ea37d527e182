import type {} from '@fastify/cookie';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorResponses, Timestamp } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { actorOfRequest, enterpriseRoles, writeTenant } from '../../access/index.ts';
import { setSessionCookies } from '../session-cookies.ts';
import { finishSsoSignIn } from './finish-sso.ts';
import { loginPageWithError, SsoFailure } from './sso-errors.ts';
import { getSsoSettings, saveSsoSettings } from './sso-settings.ts';
import { startSsoSignIn } from './start-sso.ts';
import { testSsoConnection } from './test-connection.ts';

/** The http-only cookie binding a sign-in under way to the browser that started it. */
export const SSO_BROWSER_COOKIE = 'td_sso';
const CALLBACK_PATH = '/api/v1/auth/sso/callback';
const COOKIE_PATH = '/api/v1/auth/sso';

/** The callback URL to register at the provider, as this request reached us (proxies per TRIPDESK_TRUST_PROXY). */
const callbackUrlOf = (req: FastifyRequest) => new URL(CALLBACK_PATH, `${req.protocol}://${req.host}`).href;

const Redirect = Type.Null({ description: 'Redirect (Location header): to the provider, the console, or its login page with `sso_error`' });
const EnterpriseRole = Type.Union(enterpriseRoles.map((r) => Type.Literal(r)));
const MatchBy = Type.Union([Type.Literal('email'), Type.Literal('employee_no')]);
const Scope = Type.String({ pattern: '^[!#-\\[\\]-~]{1,100}$', description: 'An OAuth scope token' });

const SettingsSchema = Type.Object({
  configured: Type.Boolean({ description: 'False until the settings are first saved (the values are then the defaults)' }),
  enabled: Type.Boolean(),
  issuer: Type.String(),
  clientId: Type.String(),
  clientSecretSet: Type.Boolean({ description: 'Whether a client secret is stored; the secret itself is never returned' }),
  scopes: Type.Array(Type.String()),
  matchBy: MatchBy,
  employeeNoClaim: Type.String(),
  jitEnabled: Type.Boolean(),
  jitRoles: Type.Array(EnterpriseRole),
  passwordSignInDisabled: Type.Boolean(),
  updatedAt: Type.Union([Timestamp, Type.Null()]),
  callbackUrl: Type.String({ description: 'The redirect URI to register at the provider' }),
});

const SettingsBody = Type.Object(
  {
    enabled: Type.Boolean(),
    issuer: Type.String({
      maxLength: 500,
      pattern: '^(https://[A-Za-z0-9.-]+|http://(localhost|127\\.0\\.0\\.1))(:[0-9]{1,5})?(/[^\\s?#]*)?$',
      description: 'The provider’s issuer URL: https://, or http:// on localhost only (development)',
    }),
    clientId: Type.String({ minLength: 1, maxLength: 255, pattern: '^\\S+$' }),
    clientSecret: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 1000, pattern: '^\\S+$' }), Type.Null()], {
        description: 'A new secret replaces the stored one; leave it out to keep it; null removes it (public client with PKCE)',
      }),
    ),
    scopes: Type.Array(Scope, { maxItems: 20, uniqueItems: true, description: '`openid` is always asked for' }),
    matchBy: MatchBy,
    employeeNoClaim: Type.String({
      pattern: '^[A-Za-z0-9_:-]{1,100}(\\.[A-Za-z0-9_:-]{1,100}){0,4}$',
      description: 'Claim holding the employee number; dots reach into objects',
    }),
    jitEnabled: Type.Boolean(),
    jitRoles: Type.Array(EnterpriseRole, { minItems: 1, uniqueItems: true }),
    passwordSignInDisabled: Type.Boolean({ description: 'Refuse password sign-in for the enterprise’s accounts while SSO is enabled' }),
  },
  { additionalProperties: false },
);

const ConnectionReportSchema = Type.Object({
  ok: Type.Boolean(),
  issuer: Type.String(),
  authorizationEndpoint: Type.Union([Type.String(), Type.Null()]),
  tokenEndpoint: Type.Union([Type.String(), Type.Null()]),
  userinfoEndpoint: Type.Union([Type.String(), Type.Null()]),
  jwksUri: Type.Union([Type.String(), Type.Null()]),
  scopesSupported: Type.Array(Type.String()),
  error: Type.Union([Type.String(), Type.Null()]),
  checkedAt: Timestamp,
});

/** A failed sign-in goes back to the login page with a code; anything unexpected is logged, never shown. */
function toLoginPage(req: FastifyRequest, reply: FastifyReply, err: unknown, tenantCode: string | null) {
  const failure = err instanceof SsoFailure ? err : null;
  if (failure) req.log.info({ ssoError: failure.code, reason: failure.message }, 'single sign-on refused');
  else req.log.error({ err }, 'single sign-on failed');
  void reply.clearCookie(SSO_BROWSER_COOKIE, { path: COOKIE_PATH });
  return reply.redirect(loginPageWithError(failure?.code ?? 'provider_error', tenantCode ?? failure?.tenantCode ?? null), 302);
}

export function ssoRoutes(app: App, { database, cipher, config }: AppDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/auth/sso/:tenantCode/start',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'startSso',
        tags: ['auth'],
        summary: 'Begin single sign-on for an enterprise (redirects to its identity provider)',
        description:
          'Redirects to the provider’s authorization endpoint with state, nonce and a PKCE challenge, and sets the http-only td_sso cookie binding the sign-in to this browser (10 minutes, single use). Unknown enterprises, SSO switched off and an unreachable provider redirect to /login?sso_error=….',
        params: Type.Object({ tenantCode: Type.String({ maxLength: 100, description: 'The enterprise’s code (企业代码), any case' }) }),
        response: { 302: Redirect, ...errorResponses },
      },
    },
    async (req, reply) => {
      try {
        const started = await startSsoSignIn(db, cipher, { tenantCode: req.params.tenantCode, redirectUri: callbackUrlOf(req) });
        void reply.setCookie(SSO_BROWSER_COOKIE, started.browserToken, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: config.cookieSecure,
          maxAge: 600,
        });
        return reply.redirect(started.authorizationUrl, 302);
      } catch (err) {
        return toLoginPage(req, reply, err, req.params.tenantCode);
      }
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { access: 'public' },
      schema: {
        operationId: 'finishSso',
        tags: ['auth'],
        summary: 'The identity provider’s redirect back (authorization code)',
        description:
          'Exchanges the code, checks the ID token and maps its claims to an employee of the enterprise the sign-in began for; on success sets td_session and td_csrf as the password sign-in does and redirects to the console, otherwise to /login?sso_error=….',
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 4096 })),
          state: Type.Optional(Type.String({ maxLength: 1024 })),
          error: Type.Optional(Type.String({ maxLength: 1024 })),
          error_description: Type.Optional(Type.String({ maxLength: 4096 })),
          iss: Type.Optional(Type.String({ maxLength: 1024 })),
        }),
        response: { 302: Redirect, ...errorResponses },
      },
    },
    async (req, reply) => {
      const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      try {
        const signedIn = await finishSsoSignIn({
          db,
          cipher,
          search,
          browserToken: req.cookies[SSO_BROWSER_COOKIE],
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          requestId: req.id,
          sessionTtlHours: config.sessionTtlHours,
        });
        void reply.clearCookie(SSO_BROWSER_COOKIE, { path: COOKIE_PATH });
        setSessionCookies(reply, signedIn, config.cookieSecure);
        return reply.redirect('/', 302);
      } catch (err) {
        return toLoginPage(req, reply, err, null);
      }
    },
  );

  app.get(
    '/api/v1/auth/sso/settings',
    {
      config: { access: 'sso.manage' },
      schema: {
        operationId: 'getSsoSettings',
        tags: ['auth'],
        summary: 'The enterprise’s single sign-on settings (the client secret only as set or not)',
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (req) => ({ ...(await getSsoSettings(db, writeTenant(req))), callbackUrl: callbackUrlOf(req) }),
  );

  app.put(
    '/api/v1/auth/sso/settings',
    {
      config: { access: 'sso.manage' },
      schema: {
        operationId: 'saveSsoSettings',
        tags: ['auth'],
        summary: 'Save the enterprise’s single sign-on settings',
        description:
          'Audited (sso.settings_updated), never with the secret. Password sign-in is refused only while SSO is enabled and passwordSignInDisabled is true.',
        body: SettingsBody,
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (req) => ({
      ...(await saveSsoSettings(db, cipher, writeTenant(req), actorOfRequest(req), req.body)),
      callbackUrl: callbackUrlOf(req),
    }),
  );

  app.post(
    '/api/v1/auth/sso/settings/test',
    {
      config: { access: 'sso.manage' },
      schema: {
        operationId: 'testSsoConnection',
        tags: ['auth'],
        summary: 'Run discovery against the saved issuer and report what was found',
        description:
          'Answers 200 with ok false and the reason when the provider cannot be reached; 409 INVALID_STATE before the settings are saved. Audited.',
        response: { 200: ConnectionReportSchema, ...errorResponses },
      },
    },
    async (req) => testSsoConnection(db, cipher, writeTenant(req), actorOfRequest(req)),
  );
}
