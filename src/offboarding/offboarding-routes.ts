import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams, Uuid } from '../platform/http/schemas.ts';
import type { App, AppDeps } from '../platform/http/types.ts';
import { runnerScheduler } from '../platform/jobs/scheduler.ts';
import { actorOfRequest, can, principalOf, writeTenant } from '../modules/access/index.ts';
import { EmployeeSchema } from '../modules/org/index.ts';
import { approvalSubjects } from '../approval-subjects.ts';
import { offboardEmployee } from './offboard-employee.ts';
import { offboardingPreview } from './offboarding-preview.ts';

const tags = ['organisation'];
const nullable = <T extends ReturnType<typeof Type.Object>>(schema: T) => Type.Union([schema, Type.Null()]);
const Person = Type.Object({ employeeId: Uuid, name: Type.String() });
const ApiKeyRef = Type.Object({ id: Uuid, name: Type.String() });
const handoverFields = {
  instanceId: Uuid,
  code: Type.Union([Type.String(), Type.Null()]),
  title: Type.Union([Type.String(), Type.Null()]),
  stageName: Type.Union([Type.String(), Type.Null()]),
  asDelegate: Type.Boolean({ description: 'They were only the delegate of an approver, who keeps the place' }),
  fallback: Type.Boolean({ description: 'Goes to a travel admin: no successor, or the successor cannot approve this request' }),
};

const PreviewSchema = Type.Object({
  employee: Type.Object({ employeeId: Uuid, name: Type.String(), status: Type.Union([Type.Literal('active'), Type.Literal('inactive')]) }),
  successor: nullable(Type.Object({ employeeId: Uuid, name: Type.String(), isManager: Type.Boolean() })),
  sessions: Type.Integer({ description: 'Sessions that would end' }),
  apiKeys: Type.Array(ApiKeyRef, { description: 'API keys they created that would be revoked' }),
  pending: Type.Array(Type.Object({ ...handoverFields, to: nullable(Person) }), {
    description: 'Approvals waiting on them, and who would take each',
  }),
});

const ResultSchema = Type.Object({
  employeeId: Uuid,
  employee: EmployeeSchema,
  successorId: Type.Union([Uuid, Type.Null()]),
  successorName: Type.Union([Type.String(), Type.Null()]),
  access: Type.Object({ accounts: Type.Integer(), sessionsEnded: Type.Integer(), apiKeysRevoked: Type.Array(ApiKeyRef) }),
  handedOver: Type.Array(
    Type.Object({
      ...handoverFields,
      subjectType: Type.String({ description: 'What the approval is of (travel_request …)' }),
      subjectId: Uuid,
      toId: Type.Union([Uuid, Type.Null()]),
      toName: Type.Union([Type.String(), Type.Null()]),
      link: Type.String(),
    }),
  ),
});

/** 办理离职: the summary of what offboarding an employee would do, and doing it (travel admins: org.write). */
export function offboardingRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  app.get(
    '/api/v1/org/employees/:id/offboarding',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'previewOffboarding',
        tags,
        summary: 'What offboarding this employee would do (sessions, API keys, approvals and who takes them)',
        description: 'successorId names who takes their approvals; without it, their manager. Changes nothing.',
        params: IdParams,
        querystring: Type.Object({ successorId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: PreviewSchema, ...errorResponses },
      },
    },
    async (req) =>
      offboardingPreview(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        employeeId: req.params.id,
        successorId: req.query.successorId ?? null,
      }),
  );
  app.post(
    '/api/v1/org/employees/:id/offboard',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'offboardEmployee',
        tags,
        summary: 'Offboard an employee (办理离职): deactivate, end their access, hand over their approvals',
        description:
          'In one transaction: the employee becomes inactive; their accounts are disabled (sign-in answers ACCOUNT_DISABLED), their ' +
          'sessions end at once on every server, the API keys they created are revoked; every approval waiting on them goes to ' +
          'successorId (default: their manager), or to a travel admin where that person cannot take it (the admins are notified), ' +
          'with the timeline entry approval.reassigned (reason offboarding). INVALID_STATE when already inactive; VALIDATION_FAILED ' +
          'when successorId is not another active employee.',
        params: IdParams,
        body: Type.Object({ successorId: Type.Optional(Type.Union([Uuid, Type.Null()])) }, { additionalProperties: false }),
        response: { 200: ResultSchema, ...errorResponses },
      },
    },
    async (req) =>
      offboardEmployee(
        { db, cipher: deps.cipher, scheduler: runnerScheduler(deps.jobs), subjects: approvalSubjects },
        {
          tenantId: writeTenant(req),
          actor: actorOfRequest(req),
          viewer: { canReadPii: can(req, 'pii.read'), employeeId: principalOf(req).employeeId },
          employeeId: req.params.id,
          successorId: req.body.successorId ?? null,
        },
      ),
  );
}
