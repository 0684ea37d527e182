import { answer, client, done } from './client';
import type { EnterpriseRole, OperatorRole } from './types';
import { everyOf } from './values';

/** Roles in the order the console offers them. */
export const ENTERPRISE_ROLES = everyOf<EnterpriseRole>()(['traveller', 'approver', 'travel_admin', 'finance', 'executive'] as const);
export const OPERATOR_ROLES = everyOf<OperatorRole>()([
  'agent',
  'account_manager',
  'operations',
  'supervisor',
  'platform_admin',
  'auditor',
] as const);

const path = (id: string) => ({ params: { path: { id } } });

/** An enterprise's accounts and invitations (the travel admin's; a platform admin's with the enterprise chosen). */
export const accountsApi = {
  list: () => answer(client.GET('/api/v1/accounts')).then((r) => r.items),
  setRoles: (id: string, roles: EnterpriseRole[]) => answer(client.PUT('/api/v1/accounts/{id}/roles', { ...path(id), body: { roles } })),
  invitations: () => answer(client.GET('/api/v1/invitations')).then((r) => r.items),
  invite: (employeeId: string, roles: EnterpriseRole[]) => answer(client.POST('/api/v1/invitations', { body: { employeeId, roles } })),
  resend: (id: string) => answer(client.POST('/api/v1/invitations/{id}/resend', path(id))),
  revoke: (id: string) => done(client.POST('/api/v1/invitations/{id}/revoke', path(id))),
};

/** The operator's own staff (platform admin). */
export const operatorAccountsApi = {
  list: () => answer(client.GET('/api/v1/operator-accounts')).then((r) => r.items),
  setRoles: (id: string, roles: OperatorRole[]) =>
    answer(client.PUT('/api/v1/operator-accounts/{id}/roles', { ...path(id), body: { roles } })),
  invitations: () => answer(client.GET('/api/v1/operator-invitations')).then((r) => r.items),
  invite: (body: { email: string; displayName: string; roles: OperatorRole[] }) =>
    answer(client.POST('/api/v1/operator-invitations', { body })),
  resend: (id: string) => answer(client.POST('/api/v1/operator-invitations/{id}/resend', path(id))),
  revoke: (id: string) => done(client.POST('/api/v1/operator-invitations/{id}/revoke', path(id))),
};

/** The public side of an invitation link. */
export const invitationLinkApi = {
  open: (token: string) => answer(client.POST('/api/v1/invitations/open', { body: { token } })),
  accept: (token: string, password: string) => answer(client.POST('/api/v1/invitations/accept', { body: { token, password } })),
};

/** The link an invitee opens: the console's own origin, /invite/<token>. */
export const invitationLink = (token: string): string => `${window.location.origin}/invite/${token}`;
