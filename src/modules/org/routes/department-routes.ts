import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createDepartment } from '../departments/create-department.ts';
import { deleteDepartment } from '../departments/delete-department.ts';
import { getDepartment, listDepartments } from '../departments/read-departments.ts';
import { updateDepartment } from '../departments/update-department.ts';
import { DepartmentCreateBody, DepartmentSchema, DepartmentUpdateBody } from './org-schemas.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];

export function departmentRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/org/departments',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'listDepartments',
        tags,
        summary: 'The whole department tree as a flat list, ordered by code',
        response: { 200: Type.Object({ items: Type.Array(DepartmentSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listDepartments(db, readScope(req)) }),
  );
  app.get(
    '/api/v1/org/departments/:id',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'getDepartment',
        tags,
        summary: 'One department',
        params: IdParams,
        response: { 200: DepartmentSchema, ...errorResponses },
      },
    },
    async (req) => getDepartment(db, readScope(req), req.params.id),
  );
  app.post(
    '/api/v1/org/departments',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'createDepartment',
        tags,
        summary: 'Create a department',
        body: DepartmentCreateBody,
        response: { 201: DepartmentSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDepartment(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.patch(
    '/api/v1/org/departments/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'updateDepartment',
        tags,
        summary: 'Change or move a department',
        description: 'Moving a department under itself or one of its sub-departments is refused with HIERARCHY_CYCLE.',
        params: IdParams,
        body: DepartmentUpdateBody,
        response: { 200: DepartmentSchema, ...errorResponses },
      },
    },
    async (req) => updateDepartment(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/org/departments/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'deleteDepartment',
        tags,
        summary: 'Delete an empty department',
        description: 'Refused with DEPARTMENT_NOT_EMPTY while it has sub-departments or employees (active or not).',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteDepartment(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
