import { Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { errorResponses, IdParams, pageOf, Uuid } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import type { EmployeeStatusHook } from '../employees/status-change-hook.ts';
import { createEmployee } from '../employees/create-employee.ts';
import { getEmployee, listEmployees } from '../employees/read-employees.ts';
import { revealEmployeePii } from '../employees/reveal-employee-pii.ts';
import { updateEmployee } from '../employees/update-employee.ts';
import {
  EmployeeCreateBody,
  EmployeePiiRevealBody,
  EmployeePiiRevealSchema,
  EmployeeSchema,
  EmployeeStatusSchema,
  EmployeeUpdateBody,
} from './org-schemas.ts';
import { piiViewerOf } from './pii-viewer.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];

export function employeeRoutes(app: App, { database, cipher }: AppDeps, onStatusChange?: EmployeeStatusHook): void {
  const { db } = database;
  app.get(
    '/api/v1/org/employees',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'listEmployees',
        tags,
        summary: 'Employees, ordered by employee number',
        description:
          'q matches part of the name, employee number or email, or (for callers with pii.read, audited as employee.found_by_phone) an exact mobile number. Personal numbers come masked.',
        querystring: Type.Object(
          {
            ...PageQuery,
            q: Type.Optional(Type.String({ maxLength: 100 })),
            departmentId: Type.Optional(Uuid),
            status: Type.Optional(EmployeeStatusSchema),
            rank: Type.Optional(Type.String({ maxLength: 50, description: 'Rank code' })),
            managerId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(EmployeeSchema), ...errorResponses },
      },
    },
    async (req) =>
      listEmployees(db, {
        tenantIds: readScope(req),
        actor: actorOfRequest(req),
        cipher,
        viewer: piiViewerOf(req),
        query: { ...req.query, limit: req.query.limit ?? 50 },
      }),
  );
  app.get(
    '/api/v1/org/employees/:id',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'getEmployee',
        tags,
        summary: 'One employee',
        params: IdParams,
        response: { 200: EmployeeSchema, ...errorResponses },
      },
    },
    async (req) => getEmployee(db, { tenantIds: readScope(req), cipher, viewer: piiViewerOf(req), id: req.params.id }),
  );
  app.post(
    '/api/v1/org/employees',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'createEmployee',
        tags,
        summary: 'Create an employee',
        body: EmployeeCreateBody,
        response: { 201: EmployeeSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await createEmployee(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        cipher,
        viewer: piiViewerOf(req),
        input: req.body,
      });
      return reply.status(201).send(created);
    },
  );
  app.patch(
    '/api/v1/org/employees/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'updateEmployee',
        tags,
        summary: 'Change an employee (status inactive deactivates)',
        description:
          'Employees are never deleted. projectIds replaces the whole set. A manager line that loops is refused with HIERARCHY_CYCLE.',
        params: IdParams,
        body: EmployeeUpdateBody,
        response: { 200: EmployeeSchema, ...errorResponses },
      },
    },
    async (req) =>
      updateEmployee(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        cipher,
        viewer: piiViewerOf(req),
        id: req.params.id,
        input: req.body,
        onStatusChange,
      }),
  );
  app.post(
    '/api/v1/org/employees/:id/reveal',
    {
      config: { access: 'pii.read' },
      schema: {
        operationId: 'revealEmployeePii',
        tags,
        summary: 'Show one personal number of an employee in full (audited)',
        description: 'Needs pii.read. Audited as employee.pii_revealed: who, whose, which field and when, never the value.',
        params: IdParams,
        body: EmployeePiiRevealBody,
        response: { 200: EmployeePiiRevealSchema, ...errorResponses },
      },
    },
    async (req) =>
      revealEmployeePii(db, { tenantIds: readScope(req), actor: actorOfRequest(req), cipher, id: req.params.id, field: req.body.field }),
  );
}
