import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { createPolicy } from '../create-policy.ts';
import { discardDraft } from '../discard-draft.ts';
import { publishDraft } from '../publish-draft.ts';
import { getPolicy, getPolicyVersion, listPolicies } from '../read-policies.ts';
import { replaceAssignments } from '../replace-assignments.ts';
import { saveDraft } from '../save-draft.ts';
import { updatePolicy } from '../update-policy.ts';
import {
  AssignmentSchema,
  AssignmentsBody,
  DraftBody,
  PolicyCreateBody,
  PolicyDetailSchema,
  PolicySummarySchema,
  PolicyUpdateBody,
  PublishBody,
  VersionParams,
  VersionSchema,
  CoverageSchema,
  PublishedSchema,
} from './policy-schemas.ts';
import { draftCoverage } from '../policy-coverage.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['policies'];

/** Policies, their versions (draft → published → superseded) and their assignments. */
export function policyRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/policies',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'listPolicies',
        tags,
        summary: 'Travel policies (差旅标准) with their published and draft versions and assignments',
        response: { 200: Type.Object({ items: Type.Array(PolicySummarySchema) }), ...errorResponses },
      },
    },
    async (req) => listPolicies(db, readScope(req)),
  );
  app.post(
    '/api/v1/policies',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'createPolicy',
        tags,
        summary: 'Create a policy',
        description: 'Version 1 is a draft: no rules, or a copy of copyFromPolicyId’s rules (its published version, else its draft).',
        body: PolicyCreateBody,
        response: { 201: PolicySummarySchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createPolicy(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), input: req.body })),
  );
  app.get(
    '/api/v1/policies/:id',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'getPolicy',
        tags,
        summary: 'One policy with its version history',
        params: IdParams,
        response: { 200: PolicyDetailSchema, ...errorResponses },
      },
    },
    async (req) => getPolicy(db, readScope(req), req.params.id),
  );
  app.patch(
    '/api/v1/policies/:id',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'updatePolicy',
        tags,
        summary: 'Rename, describe, archive or reactivate a policy',
        description: 'An archived policy applies to nobody.',
        params: IdParams,
        body: PolicyUpdateBody,
        response: { 200: PolicySummarySchema, ...errorResponses },
      },
    },
    async (req) => updatePolicy(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), id: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/policies/:id/versions/:versionId',
    {
      config: { access: 'policy.read' },
      schema: {
        operationId: 'getPolicyVersion',
        tags,
        summary: 'One version of a policy with its rules',
        params: VersionParams,
        response: { 200: VersionSchema, ...errorResponses },
      },
    },
    async (req) => getPolicyVersion(db, readScope(req), req.params.id, req.params.versionId),
  );
  app.put(
    '/api/v1/policies/:id/draft',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'savePolicyDraft',
        tags,
        summary: 'Save the draft’s rules',
        description:
          'Replaces the draft’s rules, or starts the next version as a draft. The engine validates the rules: 422 with paths such as rules.3.params.maxDiscount.',
        params: IdParams,
        body: DraftBody,
        response: { 200: VersionSchema, ...errorResponses },
      },
    },
    async (req) => saveDraft(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), policyId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/policies/:id/draft',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'discardPolicyDraft',
        tags,
        summary: 'Discard the draft',
        description: '409 INVALID_STATE without a draft, or when the policy was never published.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await discardDraft(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), policyId: req.params.id });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/policies/:id/publish',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'publishPolicyDraft',
        tags,
        summary: 'Publish the draft',
        description:
          'The published version becomes superseded. 409 INVALID_STATE without a draft. The answer lists coverage warnings: ranks the policy reaches with no rule for a category, or no hotel band.',
        params: IdParams,
        body: PublishBody,
        response: { 200: PublishedSchema, ...errorResponses },
      },
    },
    async (req) =>
      publishDraft(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        policyId: req.params.id,
        ...(req.body.note === undefined ? {} : { note: req.body.note }),
      }),
  );
  app.get(
    '/api/v1/policies/:id/draft/coverage',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'policyDraftCoverage',
        tags,
        summary: 'What publishing the draft would warn about',
        description:
          'For every rank the policy reaches (by its assignments) and category (flight, hotel, train, car): no_rule when no rule applies, no_hotel_band when no nightly-cap band holds the rank. 409 INVALID_STATE without a draft.',
        params: IdParams,
        response: { 200: CoverageSchema, ...errorResponses },
      },
    },
    async (req) => draftCoverage(db, { tenantId: writeTenant(req), policyId: req.params.id }),
  );
  app.put(
    '/api/v1/policies/:id/assignments',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'replacePolicyAssignments',
        tags,
        summary: 'Replace whom the policy applies to',
        description:
          'By department (with its sub-departments), rank codes or a rank-level range, both, or neither (the default). Most specific wins.',
        params: IdParams,
        body: AssignmentsBody,
        response: { 200: Type.Array(AssignmentSchema), ...errorResponses },
      },
    },
    async (req) =>
      replaceAssignments(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        policyId: req.params.id,
        assignments: req.body.assignments,
      }),
  );
}
