import type {} from '@fastify/cookie';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses, IdParams, TrimmedText, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './authenticate-request.ts';
import { listAccounts, type AccountReach } from './accounts/list-accounts.ts';
import { setAccountRoles } from './accounts/set-account-roles.ts';
import { acceptInvitation, openInvitation } from './invitations/accept-invitation.ts';
import { inviteEmployee, inviteOperator } from './invitations/create-invitation.ts';
import {
  AccountSchema,
  CreatedInvitationSchema,
  EnterpriseRoleSchema,
  InvitationSchema,
  InvitationToken,
  OpenedInvitationSchema,
  OperatorRoleSchema,
} from './invitations/invitation-schemas.ts';
import { listInvitations, resendInvitation, revokeInvitation } from './invitations/manage-invitations.ts';
import { getMe } from './me.ts';
import { MeSchema } from './routes.ts';
import { authenticateSession } from './session.ts';
import { actorOfRequest, readScope, writeTenant } from '../access/index.ts';

/** Answers of the public invitation routes: a used, withdrawn or expired link is 410. */
const invitationErrors = { ...errorResponses, 410: Type.Ref('ErrorBody') };

type Side = { kind: 'tenant' | 'operator'; base: string; access: 'account.manage' | 'operator.manage'; noun: string };
const sides: Side[] = [
  { kind: 'tenant', base: '/api/v1', access: 'account.manage', noun: '' },
  { kind: 'operator', base: '/api/v1/operator', access: 'operator.manage', noun: 'Operator' },
];

const reachOf = (req: FastifyRequest, kind: 'tenant' | 'operator'): AccountReach =>
  kind === 'tenant' ? { kind, tenantIds: readScope(req) } : { kind };

/**
 * Accounts and invitations: a travel admin manages their enterprise's (account.manage; a platform
 * admin too, naming the enterprise with X-Tenant-Id), a platform admin the operator's staff
 * (operator.manage). The invitation link's public side opens and accepts it.
 */
export function invitationRoutes(app: App, { database, cipher, config }: AppDeps): void {
  const { db } = database;
  const ttlHours = config.invitationTtlHours;

  for (const side of sides) {
    const path = (rest: string) => (side.kind === 'tenant' ? `${side.base}/${rest}` : `${side.base}-${rest}`);
    const id = (op: string) => `${op}${side.noun}`;
    const RoleSchema = side.kind === 'tenant' ? EnterpriseRoleSchema : OperatorRoleSchema;
    const who = side.kind === 'tenant' ? 'the enterprise’s' : 'the operator’s staff';
    app.get(
      path('accounts'),
      {
        config: { access: side.access },
        schema: {
          operationId: id('listAccounts'),
          tags: ['accounts'],
          summary: `Accounts of ${who}: roles, status, last sign-in`,
          response: { 200: Type.Object({ items: Type.Array(AccountSchema) }), ...errorResponses },
        },
      },
      async (req) => ({ items: await listAccounts(db, reachOf(req, side.kind)) }),
    );
    app.put(
      path('accounts/:id/roles'),
      {
        config: { access: side.access },
        schema: {
          operationId: id('setAccountRoles'),
          tags: ['accounts'],
          summary: 'Set an account’s roles (grant and revoke)',
          description:
            'Takes effect at the account’s next request. An enterprise keeps at least one active travel_admin (409 LAST_TRAVEL_ADMIN).',
          params: IdParams,
          body: Type.Object({ roles: Type.Array(RoleSchema, { minItems: 1, uniqueItems: true }) }, { additionalProperties: false }),
          response: { 200: AccountSchema, ...errorResponses },
        },
      },
      async (req) =>
        setAccountRoles(db, {
          reach: reachOf(req, side.kind),
          accountId: req.params.id,
          roles: req.body.roles,
          actor: actorOfRequest(req),
        }),
    );
    app.get(
      path('invitations'),
      {
        config: { access: side.access },
        schema: {
          operationId: id('listInvitations'),
          tags: ['accounts'],
          summary: `Invitations of ${who}, newest first`,
          response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...errorResponses },
        },
      },
      async (req) => ({ items: await listInvitations(db, reachOf(req, side.kind), new Date()) }),
    );
    app.post(
      path('invitations/:id/resend'),
      {
        config: { access: side.access },
        schema: {
          operationId: id('resendInvitation'),
          tags: ['accounts'],
          summary: 'A new link for an invitation (the old link stops working)',
          params: IdParams,
          response: { 200: CreatedInvitationSchema, ...errorResponses },
        },
      },
      async (req) =>
        resendInvitation(db, { reach: reachOf(req, side.kind), id: req.params.id, actor: actorOfRequest(req), now: new Date(), ttlHours }),
    );
    app.post(
      path('invitations/:id/revoke'),
      {
        config: { access: side.access },
        schema: {
          operationId: id('revokeInvitation'),
          tags: ['accounts'],
          summary: 'Withdraw an invitation not yet used',
          params: IdParams,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (req, reply) => {
        await revokeInvitation(db, { reach: reachOf(req, side.kind), id: req.params.id, actor: actorOfRequest(req), now: new Date() });
        return reply.status(204).send(null);
      },
    );
  }

  app.post(
    '/api/v1/invitations',
    {
      config: { access: 'account.manage' },
      schema: {
        operationId: 'inviteEmployee',
        tags: ['accounts'],
        summary: 'Invite an employee to an account with enterprise roles (the link is shown once)',
        body: Type.Object(
          { employeeId: Uuid, roles: Type.Array(EnterpriseRoleSchema, { minItems: 1, uniqueItems: true }) },
          { additionalProperties: false },
        ),
        response: { 201: CreatedInvitationSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inviteEmployee(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        employeeId: req.body.employeeId,
        roles: req.body.roles,
        now: new Date(),
        ttlHours,
      });
      return reply.status(201).send(created);
    },
  );
  app.post(
    '/api/v1/operator-invitations',
    {
      config: { access: 'operator.manage' },
      schema: {
        operationId: 'inviteOperator',
        tags: ['accounts'],
        summary: 'Invite operator staff with operator roles (the link is shown once)',
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            displayName: TrimmedText(50),
            roles: Type.Array(OperatorRoleSchema, { minItems: 1, uniqueItems: true }),
          },
          { additionalProperties: false },
        ),
        response: { 201: CreatedInvitationSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inviteOperator(db, { actor: actorOfRequest(req), ...req.body, now: new Date(), ttlHours });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/invitations/open',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'openInvitation',
        tags: ['accounts'],
        summary: 'Read an invitation by its link’s token: who is invited, where, until when',
        description: '404 NOT_FOUND for an unknown token; 410 INVITATION_USED, INVITATION_REVOKED or INVITATION_EXPIRED.',
        body: Type.Object({ token: InvitationToken }, { additionalProperties: false }),
        response: { 200: OpenedInvitationSchema, ...invitationErrors },
      },
    },
    async (req) => openInvitation(db, req.body.token, new Date()),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'acceptInvitation',
        tags: ['accounts'],
        summary: 'Accept an invitation: set a password, and be signed in',
        description:
          'Creates the account with the invited roles and sets the session cookies, as sign-in does. The password follows the usual rules (422 PASSWORD_TOO_WEAK). Single use.',
        body: Type.Object(
          { token: InvitationToken, password: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: MeSchema, ...invitationErrors },
      },
    },
    async (req, reply) => {
      const opened = await acceptInvitation({
        db,
        token: req.body.token,
        password: req.body.password,
        now: new Date(),
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
        sessionTtlHours: config.sessionTtlHours,
      });
      const base = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires: opened.expiresAt };
      void reply.setCookie(SESSION_COOKIE, opened.sessionToken, { ...base, httpOnly: true });
      void reply.setCookie(CSRF_COOKIE, opened.csrfToken, { ...base, httpOnly: false });
      const session = await authenticateSession(db, opened.sessionToken);
      if (!session) throw new AppError('AUTH_REQUIRED');
      return getMe(db, cipher, session.principal);
    },
  );
}
