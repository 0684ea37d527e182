/**
 * Access (角色与权限): roles, the permissions each grants, API-key scopes, the principal (who is
 * calling) and the actor written to audit logs, and the helpers routes use to read the caller and
 * the tenants a request reaches. Importing this module also adds its permissions to the names a
 * route may require and `principal` to every Fastify request (request-augmentation.ts).
 */
import './request-augmentation.ts';

export { allRoles, allTenantRoles, enterpriseRoles, isOperatorRole, isRole, operatorRoles } from './roles.ts';
export type { EnterpriseRole, OperatorRole, Role } from './roles.ts';
export {
  apiKeyScopeNames,
  apiKeyScopes,
  isApiKeyScope,
  permissions,
  permissionsOf,
  rolePermissions,
  scopePermissions,
} from './permissions.ts';
export type { ApiKeyScope, Permission } from './permissions.ts';
export { actorOf, systemActor } from './principal.ts';
export {
  announcePrincipalChange,
  formatPrincipalChange,
  onPrincipalChange,
  parsePrincipalChange,
  PRINCIPAL_CHANGES_CHANNEL,
  type PrincipalChange,
} from './principal-changes.ts';
export type { Actor, Principal } from './principal.ts';
export { actorOfRequest, can, principalOf, readScope, writeTenant } from './request-scope.ts';
