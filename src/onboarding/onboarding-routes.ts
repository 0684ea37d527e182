import { Type } from '@sinclair/typebox';
import { errorResponses, Uuid } from '../platform/http/schemas.ts';
import type { App, AppDeps } from '../platform/http/types.ts';
import { actorOfRequest } from '../modules/access/index.ts';
import { CreatedInvitationSchema } from '../modules/auth/index.ts';
import { EmployeeFieldSchemas } from '../modules/org/index.ts';
import { TenantCode, tenantFieldSchemas, tenantReaderOf, TenantSchema } from '../modules/tenancy/index.ts';
import { onboardEnterprise } from './onboard-enterprise.ts';

const { shortName, ...required } = tenantFieldSchemas;

const OnboardBody = Type.Object(
  {
    code: TenantCode,
    ...required,
    shortName: Type.Optional(shortName),
    admin: Type.Object(
      {
        employeeNo: EmployeeFieldSchemas.employeeNo,
        name: EmployeeFieldSchemas.name,
        email: Type.String({ maxLength: 254, pattern: '^\\s*[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+\\s*$', description: 'The sign-in name' }),
        phone: Type.Optional(Type.Union([EmployeeFieldSchemas.phone, Type.Null()])),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** Onboarding an enterprise (tenancy, organisation, approval flows and an invitation together). */
export function onboardingRoutes(app: App, { database, cipher, config }: AppDeps): void {
  app.post(
    '/api/v1/tenants',
    {
      config: { access: 'tenant.manage' },
      schema: {
        operationId: 'onboardTenant',
        tags: ['tenants'],
        summary: 'Onboard an enterprise with its first travel administrator',
        description:
          'Creates the enterprise (统一社会信用代码 checked: 422 with path creditCode), its root department and first rank, the administrator as an employee, the default approval flows, and an invitation for the administrator; the invitation’s token is in the answer, this once.',
        body: OnboardBody,
        response: {
          201: Type.Object({ tenant: TenantSchema, adminEmployeeId: Uuid, invitation: CreatedInvitationSchema }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { admin, code, shortName: short, ...fields } = req.body;
      const onboarded = await onboardEnterprise(database.db, {
        actor: actorOfRequest(req),
        cipher,
        reader: tenantReaderOf(req, cipher),
        input: { tenant: { ...fields, code, shortName: short ?? null }, admin: { ...admin, phone: admin.phone ?? null } },
        now: new Date(),
        invitationTtlHours: config.invitationTtlHours,
      });
      return reply.status(201).send(onboarded);
    },
  );
}
