import { validationFailed } from '../../../platform/errors/app-error.ts';
import { enterpriseRoles, operatorRoles, type Role } from '../../access/index.ts';

export type AccountKind = 'tenant' | 'operator';

/** The roles an account of this kind may hold: enterprise roles for an enterprise's people, operator roles for staff. */
export const assignableRoles = (kind: AccountKind): readonly Role[] => (kind === 'tenant' ? enterpriseRoles : operatorRoles);

/** At least one role, each one assignable to the kind, no repeats; refused with the field path otherwise. */
export function checkRoles(kind: AccountKind, roles: readonly string[]): Role[] {
  const allowed = assignableRoles(kind) as readonly string[];
  const wrong = roles.filter((r) => !allowed.includes(r));
  if (roles.length === 0) throw validationFailed([{ path: 'roles', message: 'give at least one role' }]);
  if (wrong.length > 0) {
    throw validationFailed([
      { path: 'roles', message: `not ${kind === 'tenant' ? 'an enterprise' : 'an operator'} role: ${wrong.join(', ')}` },
    ]);
  }
  return [...new Set(roles)] as Role[];
}
