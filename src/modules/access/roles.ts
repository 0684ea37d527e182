export const enterpriseRoles = ['traveller', 'approver', 'travel_admin', 'finance', 'executive'] as const;
export const operatorRoles = ['agent', 'account_manager', 'operations', 'supervisor', 'platform_admin', 'auditor'] as const;

export type EnterpriseRole = (typeof enterpriseRoles)[number];
export type OperatorRole = (typeof operatorRoles)[number];
export type Role = EnterpriseRole | OperatorRole;

export const allRoles: readonly Role[] = [...enterpriseRoles, ...operatorRoles];

export const isRole = (value: string): value is Role => (allRoles as readonly string[]).includes(value);
export const isOperatorRole = (role: Role): role is OperatorRole => (operatorRoles as readonly string[]).includes(role);

/** Operator roles that see every tenant without an assignment. */
export const allTenantRoles: readonly OperatorRole[] = ['platform_admin', 'auditor'];
