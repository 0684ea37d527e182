import { Type } from '@sinclair/typebox';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import type { FastifyRequest } from 'fastify';
import { evaluateTravelOptions } from '../evaluate-for-traveller.ts';
import type { TravelOption } from '../engine/index.ts';
import type { PolicyCaller } from '../policy-types.ts';
import { previewPolicy } from '../preview-policy.ts';
import { listReasonCodes } from '../read-reason-codes.ts';
import { replaceReasonCodes } from '../replace-reason-codes.ts';
import { resolveTravelPolicy } from '../resolve-travel-policy.ts';
import {
  EvaluateBody,
  EvaluateSchema,
  PreviewBody,
  PreviewSchema,
  ReasonCodesBody,
  ReasonCodeSchema,
  ResolveQuery,
  ResolveSchema,
} from './evaluation-schemas.ts';
import { actorOfRequest, can, principalOf, readScope, writeTenant } from '../../access/index.ts';

const tags = ['policies'];

/** Options the body schema (TravelOptionSchema) has checked; the type provider cannot infer its if/then branches. */
const validatedOptions = (options: unknown[]) => options as TravelOption[];

const callerOf = (req: FastifyRequest): PolicyCaller => ({ employeeId: principalOf(req).employeeId, canManage: can(req, 'policy.manage') });

/** Which policy applies to whom, what it answers for travel options, and the reason codes. */
export function evaluationRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/policies/resolve',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'resolvePolicy',
        tags,
        summary: 'The policy that applies to an employee, and why',
        description: 'The caller by default; another employee needs policy.manage.',
        querystring: ResolveQuery,
        response: { 200: ResolveSchema, ...errorResponses },
      },
    },
    async (req) =>
      resolveTravelPolicy(db, {
        tenantId: writeTenant(req),
        caller: callerOf(req),
        ...(req.query.employeeId === undefined ? {} : { employeeId: req.query.employeeId }),
      }),
  );
  app.post(
    '/api/v1/policies/preview',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'previewPolicy',
        tags,
        summary: 'Evaluate sample options for sample travellers against rules, a version or a policy',
        description:
          'At most 20 travellers × 200 options; every check explained in zh-CN and en. Employees other than the caller need policy.manage.',
        body: PreviewBody,
        response: { 200: PreviewSchema, ...errorResponses },
      },
    },
    async (req) =>
      previewPolicy(db, {
        tenantId: writeTenant(req),
        caller: callerOf(req),
        input: { ...req.body, options: validatedOptions(req.body.options) },
      }),
  );
  app.post(
    '/api/v1/policies/evaluate',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'evaluateTravelOptions',
        tags,
        summary: 'Evaluate options against a traveller’s published policy',
        description: 'The caller by default; another employee needs policy.manage. No evaluations when no policy applies.',
        body: EvaluateBody,
        response: { 200: EvaluateSchema, ...errorResponses },
      },
    },
    async (req) =>
      evaluateTravelOptions(db, {
        tenantId: writeTenant(req),
        caller: callerOf(req),
        input: { ...req.body, options: validatedOptions(req.body.options) },
      }),
  );
  app.get(
    '/api/v1/policies/reason-codes',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'listReasonCodes',
        tags,
        summary: 'Reason codes (超标原因)',
        response: { 200: Type.Object({ items: Type.Array(ReasonCodeSchema) }), ...errorResponses },
      },
    },
    async (req) => listReasonCodes(db, readScope(req)),
  );
  app.put(
    '/api/v1/policies/reason-codes',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'replaceReasonCodes',
        tags,
        summary: 'Replace the reason codes',
        description: 'Codes left out are removed; active: false retires one.',
        body: ReasonCodesBody,
        response: { 200: Type.Object({ items: Type.Array(ReasonCodeSchema) }), ...errorResponses },
      },
    },
    async (req) => replaceReasonCodes(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), items: req.body.items }),
  );
}
