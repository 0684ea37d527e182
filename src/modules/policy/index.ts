/**
 * Travel policy (差旅标准): the pure policy engine (rules, evaluation with zh/en explanations,
 * resolution of which policy applies), and the policies themselves — versions, publication,
 * assignments, reason codes (超标原因), previews and evaluation for a traveller.
 */
export * from './engine/index.ts';
export { evaluateForTraveller, type TravellerEvaluation } from './evaluate-for-traveller.ts';
export { checkTravelRequest, type RequestPolicyCheck, type RequestTravellerCheck } from './check-travel-request.ts';
export { RequestPolicyCheckSchema } from './routes/request-check-schemas.ts';
export { subjectEmployeeId, subjectTraveller } from './policy-subject.ts';
export type { PolicyCaller } from './policy-types.ts';
export type { TravellerFacts } from './load-traveller.ts';
export { EvaluationSchema, ExplanationSchema } from './routes/evaluation-schemas.ts';
export { TravelOptionSchema } from './routes/option-schemas.ts';
export { seedSamplePolicies, type SamplePoliciesInput } from './sample-policies.ts';
export { policyModuleRoutes } from './routes.ts';
export { policyLabels } from './audit-labels.ts';
export { publishedPolicyCount } from './setup-facts.ts';
export { loadWhatIfPolicies, type WhatIfPolicies } from './what-if-policies.ts';
export { VersionParams } from './routes/policy-schemas.ts';
