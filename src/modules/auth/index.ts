/**
 * Auth (登录与会话): accounts, sign-in (password and throttling), sessions, API keys, and the one
 * place a request's caller is resolved — the `authentication` plugin the composition root gives the
 * HTTP platform. Also the operator staff assigned to enterprises, the roles employees hold
 * through their accounts (approval stages resolve roles to people), and invitations: a single-use,
 * expiring link to set a first password, by which every new account is made.
 */
export { authAuditLabellers } from './audit-labels.ts';
export { authentication, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './authenticate-request.ts';
export { hashPassword } from './password.ts';
export {
  employeeAccessSummary,
  employeeOfActor,
  employeesWithRole,
  endEmployeeAccess,
  restoreEmployeeAccess,
  type AccessEnded,
} from './employee-accounts.ts';
export { invalidateAccount, invalidateApiKey } from './invalidate.ts';
export { listOperators, setOperators, type OperatorView } from './operators.ts';
export { rolesByEmployee } from './roles-by-employee.ts';
export { seedAccounts, type AccountRows } from './seed-accounts.ts';
export { insertInvitation, type CreatedInvitation } from './invitations/create-invitation.ts';
export { CreatedInvitationSchema } from './invitations/invitation-schemas.ts';
export { authRoutes } from './routes.ts';
export { operatorRoutes } from './operator-routes.ts';
export { ssoRoutes } from './sso/routes.ts';
export { invitationRoutes } from './invitation-routes.ts';
