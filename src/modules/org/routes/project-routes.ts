import { Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/pagination/cursor.ts';
import { errorResponses, IdParams, pageOf } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createProject } from '../projects/create-project.ts';
import { deleteProject } from '../projects/delete-project.ts';
import { getProject, listProjects } from '../projects/read-projects.ts';
import { updateProject } from '../projects/update-project.ts';
import { ProjectCreateBody, ProjectSchema, ProjectStatusSchema, ProjectUpdateBody } from './org-schemas.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];

export function projectRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/org/projects',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'listProjects',
        tags,
        summary: 'Projects, ordered by code',
        querystring: Type.Object(
          {
            ...PageQuery,
            q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the code or name' })),
            status: Type.Optional(ProjectStatusSchema),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(ProjectSchema), ...errorResponses },
      },
    },
    async (req) => listProjects(db, readScope(req), { ...req.query, limit: req.query.limit ?? 50 }),
  );
  app.get(
    '/api/v1/org/projects/:id',
    {
      config: { access: 'org.read' },
      schema: {
        operationId: 'getProject',
        tags,
        summary: 'One project',
        params: IdParams,
        response: { 200: ProjectSchema, ...errorResponses },
      },
    },
    async (req) => getProject(db, readScope(req), req.params.id),
  );
  app.post(
    '/api/v1/org/projects',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'createProject',
        tags,
        summary: 'Create a project',
        body: ProjectCreateBody,
        response: { 201: ProjectSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createProject(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.patch(
    '/api/v1/org/projects/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'updateProject',
        tags,
        summary: 'Change a project (status closed closes it)',
        params: IdParams,
        body: ProjectUpdateBody,
        response: { 200: ProjectSchema, ...errorResponses },
      },
    },
    async (req) => updateProject(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/org/projects/:id',
    {
      config: { access: 'org.write' },
      schema: {
        operationId: 'deleteProject',
        tags,
        summary: 'Delete a project without members',
        description: 'Refused with IN_USE while employees are on it; close it (status closed) instead.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteProject(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
