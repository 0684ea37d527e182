import { Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from '../../../platform/http/schemas.ts';
import { enterpriseRoles, operatorRoles, type EnterpriseRole, type OperatorRole } from '../../access/index.ts';

export const EnterpriseRoleSchema = Type.Union([
  Type.Literal('traveller'),
  Type.Literal('approver'),
  Type.Literal('travel_admin'),
  Type.Literal('finance'),
  Type.Literal('executive'),
]);
export const OperatorRoleSchema = Type.Union([
  Type.Literal('agent'),
  Type.Literal('account_manager'),
  Type.Literal('operations'),
  Type.Literal('supervisor'),
  Type.Literal('platform_admin'),
  Type.Literal('auditor'),
]);
// The schemas name every role of the access module, and no other (a compile error otherwise).
const rolesMatch: [EnterpriseRole[], (typeof EnterpriseRoleSchema)['static'][], OperatorRole[], (typeof OperatorRoleSchema)['static'][]] = [
  [...enterpriseRoles],
  [...enterpriseRoles],
  [...operatorRoles],
  [...operatorRoles],
];
void rolesMatch;

export const InvitationSchema = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('tenant'), Type.Literal('operator')]),
  tenantId: Type.Union([Uuid, Type.Null()]),
  employeeId: Type.Union([Uuid, Type.Null()]),
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]),
  invitedByName: Type.String(),
  createdAt: Timestamp,
  sentAt: Timestamp,
  expiresAt: Timestamp,
  acceptedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
  accountId: Type.Union([Uuid, Type.Null()]),
});

export const CreatedInvitationSchema = Type.Object({
  invitation: InvitationSchema,
  token: Type.String({ description: 'The link’s secret, shown this once: the link is /invite/<token> on the console’s origin' }),
});

export const AccountSchema = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('tenant'), Type.Literal('operator')]),
  tenantId: Type.Union([Uuid, Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  employee: Type.Union([Type.Object({ id: Uuid, employeeNo: Type.String(), name: Type.String() }), Type.Null()]),
  assignedTenants: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  lastSignInAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
});

export const InvitationToken = Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]{20,100}$' });

export const OpenedInvitationSchema = Type.Object({
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  kind: Type.Union([Type.Literal('tenant'), Type.Literal('operator')]),
  tenant: Type.Union([Type.Object({ name: Type.String(), nameEn: Type.String() }), Type.Null()]),
  expiresAt: Timestamp,
});
