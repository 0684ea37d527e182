import { Type } from '@sinclair/typebox';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { syncFromHr } from '../hr-sync/hr-sync.ts';
import { EmployeeStatusSchema, nullable } from './org-schemas.ts';
import { actorOfRequest, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];
const text = (maxLength: number) => Type.String({ maxLength });

const HrDepartment = Type.Object(
  { externalId: text(200), code: text(100), name: text(200), parentExternalId: Type.Optional(nullable(text(200))) },
  { additionalProperties: false },
);
const HrEmployee = Type.Object(
  {
    externalId: text(200),
    employeeNo: text(100),
    name: text(200),
    email: Type.Optional(nullable(text(400))),
    phone: Type.Optional(nullable(text(40))),
    rank: text(100),
    departmentExternalId: text(200),
    managerExternalId: Type.Optional(nullable(text(200))),
    costCentreCode: Type.Optional(nullable(text(100))),
    status: Type.Optional(EmployeeStatusSchema),
    idCardNo: Type.Optional(nullable(text(40))),
    passportNo: Type.Optional(nullable(text(40))),
  },
  { additionalProperties: false },
);
const Counts = { created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() };

export function hrSyncRoutes(app: App, { database, cipher }: AppDeps): void {
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
    async (req) => syncFromHr(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), cipher, input: req.body }),
  );
}
