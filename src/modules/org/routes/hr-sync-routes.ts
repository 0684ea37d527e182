import { Type } from '@sinclair/typebox';
import { errorResponses, TrimmedText } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import type { EmployeeStatusHook } from '../employees/status-change-hook.ts';
import { syncFromHr } from '../hr-sync/hr-sync.ts';
import { EmployeeFieldSchemas, EmployeeStatusSchema, ExternalIdText, nullable, OrgCodeText } from './org-schemas.ts';
import { actorOfRequest, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];
const text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description ? { description } : {}) });

/** An external id that may be left out, or cleared with null or blank text. */
const ClearableExternalId = text(100);
const ClearableCostCentreCode = Type.String({
  maxLength: 40,
  pattern: `^\\s*$|${OrgCodeText.pattern}`,
  description: 'Code of a cost centre; blank or null clears it',
});

const HrDepartment = Type.Object(
  { externalId: ExternalIdText, code: OrgCodeText, name: TrimmedText(100), parentExternalId: Type.Optional(nullable(ClearableExternalId)) },
  { additionalProperties: false },
);
const HrEmployee = Type.Object(
  {
    externalId: ExternalIdText,
    employeeNo: EmployeeFieldSchemas.employeeNo,
    name: EmployeeFieldSchemas.name,
    email: Type.Optional(nullable(EmployeeFieldSchemas.email)),
    phone: Type.Optional(nullable(EmployeeFieldSchemas.phone)),
    rank: text(100, 'Rank code or name'),
    departmentExternalId: text(200),
    managerExternalId: Type.Optional(nullable(text(200))),
    costCentreCode: Type.Optional(nullable(ClearableCostCentreCode)),
    status: Type.Optional(EmployeeStatusSchema),
    idCardNo: Type.Optional(nullable(EmployeeFieldSchemas.idCardNo)),
    passportNo: Type.Optional(nullable(EmployeeFieldSchemas.passportNo)),
  },
  { additionalProperties: false },
);
const Counts = { created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() };

export function hrSyncRoutes(app: App, { database, cipher }: AppDeps, onStatusChange?: EmployeeStatusHook): void {
  const { db } = database;
  app.post(
    '/api/v1/org/hr-sync',
    {
      config: { access: 'org.sync' },
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        operationId: 'syncFromHr',
        tags,
        summary: 'Synchronise departments and employees from an HR system',
        description:
          'Records are matched by externalId (a record without one is adopted by code / employee number). Optional fields left out ' +
          'stay as they are; null clears them. Everything is checked first (VALIDATION_FAILED with paths like employees[3].rank), then ' +
          'written in one transaction. Idempotent: the same payload again reports everything unchanged. deactivateMissing sets ' +
          'employees that came from HR but are not in the payload to inactive.',
        body: Type.Object(
          {
            departments: Type.Optional(Type.Array(HrDepartment, { maxItems: 5_000 })),
            employees: Type.Optional(Type.Array(HrEmployee, { maxItems: 20_000 })),
            deactivateMissing: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            departments: Type.Object(Counts),
            employees: Type.Object({ ...Counts, deactivated: Type.Integer() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => syncFromHr(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), cipher, input: req.body, onStatusChange }),
  );
}
