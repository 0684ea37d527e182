import type { FastifyRequest } from 'fastify';
import { actorOf, type Actor, type Principal } from './principal.ts';
import type { Permission } from './permissions.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { isUuid } from '../../platform/ids.ts';

export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('AUTH_REQUIRED');
  return req.principal;
}

export const actorOfRequest = (req: FastifyRequest): Actor => actorOf(principalOf(req), req.id, req.ip);

export const can = (req: FastifyRequest, permission: Permission): boolean => req.principal?.permissions.has(permission) ?? false;

/**
 * The tenants a request reads from: the one named by X-Tenant-Id (which must be among the
 * caller's), or all the caller's tenants. An unknown or foreign tenant reads as not found.
 */
export function readScope(req: FastifyRequest): string[] {
  const p = principalOf(req);
  const chosen = req.headers['x-tenant-id'];
  if (chosen === undefined || chosen === '') return p.tenantIds;
  if (typeof chosen !== 'string' || !isUuid(chosen) || !p.tenantIds.includes(chosen)) {
    throw new AppError('NOT_FOUND', 'Tenant not found', { entity: 'tenant' });
  }
  return [chosen];
}

/** The single tenant a write goes to; operators serving several must choose one. */
export function writeTenant(req: FastifyRequest): string {
  const scope = readScope(req);
  if (scope.length !== 1 || scope[0] === undefined) throw new AppError('TENANT_REQUIRED');
  return scope[0];
}
