import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Db } from '../platform/db/database.ts';
import { inSystemScope } from '../platform/db/scope.ts';
import type { Actor } from '../modules/access/index.ts';
import { insertDefaultFlows } from '../modules/approval/index.ts';
import { insertInvitation, type CreatedInvitation } from '../modules/auth/index.ts';
import { checkStarterPerson, createStarterOrganisation, type StarterPerson } from '../modules/org/index.ts';
import { insertTenant, type NewTenant, type TenantReader, type TenantView } from '../modules/tenancy/index.ts';

export interface OnboardingInput {
  tenant: NewTenant;
  /** The enterprise's first travel administrator: an employee of it, invited to set a password. */
  admin: StarterPerson;
}

export interface Onboarded {
  tenant: TenantView;
  adminEmployeeId: string;
  invitation: CreatedInvitation;
}

/**
 * A platform admin onboards an enterprise, all in one transaction: the tenant (particulars and
 * credit code checked), its root department and first rank, the first travel administrator as an
 * employee, the default approval flows, and an invitation for the administrator to set a password
 * (the link shown once to the platform admin). Every write is audited.
 */
export async function onboardEnterprise(
  db: Db,
  args: { actor: Actor; cipher: PiiCipher; reader: TenantReader; input: OnboardingInput; now: Date; invitationTtlHours: number },
): Promise<Onboarded> {
  const admin = checkStarterPerson(args.input.admin, 'admin');
  return inSystemScope(db, async (tx) => {
    const tenant = await insertTenant(tx, args.actor, args.input.tenant, args.reader);
    const { employeeId } = await createStarterOrganisation(tx, {
      tenantId: tenant.id,
      actor: args.actor,
      cipher: args.cipher,
      enterpriseName: tenant.name,
      person: admin,
    });
    await insertDefaultFlows(tx, tenant.id);
    const invitation = await insertInvitation(tx, {
      kind: 'tenant',
      tenantId: tenant.id,
      employeeId,
      email: admin.email,
      displayName: admin.name,
      roles: ['travel_admin'],
      actor: args.actor,
      now: args.now,
      ttlHours: args.invitationTtlHours,
    });
    return { tenant, adminEmployeeId: employeeId, invitation };
  });
}
