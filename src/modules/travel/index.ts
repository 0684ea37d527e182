/**
 * Travel requests (出差申请): drafts, submission with the budget check and occupation, approval
 * through the tenant's flows (as the approval subject `travel_request`), withdrawal, cancellation
 * and completion; and the check of an order against the traveller's approved requests and policy
 * (request coverage), which booking will call before it books.
 */
export { travelRequestSubject } from './follow-approval.ts';
export { checkOrderIn, type OrderCheck, type OrderCheckInput } from './coverage/check-order.ts';
export { orderCoverageFor, type CoveringRequest, type OptionCoverage, type OrderCoverage } from './coverage/order-coverage.ts';
export type { Coverage, CoverageCheck, CoverageCheckKind } from './coverage/request-coverage.ts';
export { completionSweepJob, sweepOnStart } from './completion/completion-job.ts';
export { seedSampleTravelRequests, type SampleRequestsInput } from './sample-requests.ts';
export { travelRoutes } from './routes.ts';
export { travelRequestLabels } from './audit-labels.ts';
export { travelFiguresByTenant, type TravelFigures } from './tenant-figures.ts';
export { travelHome } from './travel-home.ts';
