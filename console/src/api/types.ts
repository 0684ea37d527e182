/**
 * Names for the shapes of the Tripdesk API (v1) that the console uses: every one an alias of the
 * types generated from the server's OpenAPI document (./generated/openapi.ts, `npm run
 * api:generate`), none typed by hand, so a change of a route's schema shows in the console's type
 * check. The one exception is marked where it is.
 */
import type { paths } from './generated/openapi';

/* ---------- Reading the generated paths ---------- */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The paths that have an operation for `M`. */
type PathWith<M extends Method> = { [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never }[keyof paths];
type Operation<P extends PathWith<M>, M extends Method> = paths[P][M];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON a call answers with on success (200, or 201 for a creation). */
export type AnswerOf<P extends PathWith<M>, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer S }
      ? JsonOf<S>
      : R extends { 201: infer S }
        ? JsonOf<S>
        : never
    : never;
/** The JSON body a call takes. */
export type BodyOf<P extends PathWith<M>, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters a call takes. */
export type QueryOf<P extends PathWith<M>, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** One item of a list answer (`{items: […]}`). */
type ItemOf<L> = L extends { items: readonly (infer I)[] } ? I : never;

/* ---------- Session ---------- */

export type Me = AnswerOf<'/api/v1/me', 'get'>;
export type TenantRef = Me['tenants'][number];
export type Locale = Me['locale'];
export type LoginRequest = BodyOf<'/api/v1/auth/login', 'post'>;
/** The body of every failed call: `{code, message, details?, requestId}`. */
export type ApiErrorBody = JsonOf<Operation<'/api/v1/me', 'get'>['responses'][401]>;

/* ---------- Organisation ---------- */

export type Department = ItemOf<AnswerOf<'/api/v1/org/departments', 'get'>>;
export type DepartmentCreate = BodyOf<'/api/v1/org/departments', 'post'>;
export type DepartmentUpdate = BodyOf<'/api/v1/org/departments/{id}', 'patch'>;
export type Employee = AnswerOf<'/api/v1/org/employees/{id}', 'get'>;
export type EmployeeStatus = Employee['status'];
export type EmployeePage = AnswerOf<'/api/v1/org/employees', 'get'>;
export type EmployeeQuery = QueryOf<'/api/v1/org/employees', 'get'>;
export type EmployeeCreate = BodyOf<'/api/v1/org/employees', 'post'>;
export type EmployeeUpdate = BodyOf<'/api/v1/org/employees/{id}', 'patch'>;
export type EmployeePiiField = BodyOf<'/api/v1/org/employees/{id}/reveal', 'post'>['field'];
export type Rank = ItemOf<AnswerOf<'/api/v1/org/ranks', 'get'>>;
export type Project = ItemOf<AnswerOf<'/api/v1/org/projects', 'get'>>;
export type CostCentre = ItemOf<AnswerOf<'/api/v1/org/cost-centres', 'get'>>;
export type CostCentreCreate = BodyOf<'/api/v1/org/cost-centres', 'post'>;
export type CostCentreUpdate = BodyOf<'/api/v1/org/cost-centres/{id}', 'patch'>;
export type ImportResult = AnswerOf<'/api/v1/org/employees/import', 'post'>;

/* ---------- Audit, API keys, notifications, geo ---------- */

export type AuditPage = AnswerOf<'/api/v1/audit-log', 'get'>;
export type AuditEntry = ItemOf<AuditPage>;
export type AuditVerifyResult = AnswerOf<'/api/v1/audit-log/verify', 'get'>;
export type ApiKey = ItemOf<AnswerOf<'/api/v1/api-keys', 'get'>>;
export type ApiKeyCreate = BodyOf<'/api/v1/api-keys', 'post'>;
export type ApiKeyCreated = AnswerOf<'/api/v1/api-keys', 'post'>;
export type ApiKeyScope = ApiKeyCreate['scopes'][number];
export type NotificationPage = AnswerOf<'/api/v1/notifications', 'get'>;
export type AppNotification = ItemOf<NotificationPage>;
export type City = AnswerOf<'/api/v1/geo/cities/{id}', 'get'>;
export type CityQuery = QueryOf<'/api/v1/geo/cities', 'get'>;
export type CityTier = City['tier'];

/* ---------- Budgets ---------- */

export type BudgetView = ItemOf<AnswerOf<'/api/v1/budgets', 'get'>>;
export type BudgetScopeType = BudgetView['scopeType'];
export type BudgetPeriodType = BudgetView['periodType'];
export type BudgetControl = BudgetView['control'];
export type BudgetLevel = BudgetView['level'];
export type BudgetQuery = QueryOf<'/api/v1/budgets', 'get'>;
export type BudgetCreate = BodyOf<'/api/v1/budgets', 'post'>;
export type BudgetUpdate = BodyOf<'/api/v1/budgets/{id}', 'patch'>;
export type BudgetEntry = ItemOf<AnswerOf<'/api/v1/budgets/{id}/entries', 'get'>>;
export type BudgetAdjustment = ItemOf<AnswerOf<'/api/v1/budgets/{id}/adjustments', 'get'>>;
export type BudgetAdjustmentDetail = AnswerOf<'/api/v1/budget-adjustments/{id}', 'get'>;
export type BudgetAdjustmentRequest = BodyOf<'/api/v1/budgets/{id}/adjustments', 'post'>;
export type BudgetAdjustmentKind = BudgetAdjustment['kind'];
export type BudgetAdjustmentStatus = BudgetAdjustment['status'];
export type BudgetCheckRequest = BodyOf<'/api/v1/budgets/check', 'post'>;
export type BudgetCheck = AnswerOf<'/api/v1/budgets/check', 'post'>;
export type BudgetCheckLine = BudgetCheck['lines'][number];
export type CheckOutcome = BudgetCheck['outcome'];

/* ---------- Policies: rules, travel options, evaluations ---------- */

export type Rule = BodyOf<'/api/v1/policies/{id}/draft', 'put'>['rules'][number];
export type RuleKind = Rule['kind'];
export type RuleAction = Rule['action'];
export type RuleOfKind<K extends RuleKind> = Extract<Rule, { kind: K }>;
export type ParamsOf<K extends RuleKind> = RuleOfKind<K>['params'];
export type AppliesTo = NonNullable<Rule['appliesTo']>;
export type Cabin = ParamsOf<'flight_cabin'>['maxCabin'];
export type FlightPriceCapParams = ParamsOf<'flight_price_cap'>;
export type HotelCapBand = ParamsOf<'hotel_nightly_cap'>['bands'][number];
export type PeakSeason = NonNullable<ParamsOf<'hotel_nightly_cap'>['peakSeasons']>[number];
export type Seat = ParamsOf<'train_seat'>['maxSeat'];
export type Sleeper = ParamsOf<'train_seat'>['maxSleeper'];
export type TrainSeatException = NonNullable<ParamsOf<'train_seat'>['exception']>;
export type CarServiceLevel = ParamsOf<'car_service_level'>['maxLevel'];
export type CarPurposeWindows = ParamsOf<'car_hours'>['purposes'][number];
export type CarPurpose = CarPurposeWindows['purpose'];
export type TimeWindow = NonNullable<CarPurposeWindows['windows']>[number];

export type TravelOption = BodyOf<'/api/v1/policies/evaluate', 'post'>['options'][number];
export type Category = TravelOption['category'];
export type OptionOf<C extends Category> = Extract<TravelOption, { category: C }>;
export type TrainType = OptionOf<'train'>['trainType'];
export type SeatClass = OptionOf<'train'>['seatClass'];
export type Evaluation = AnswerOf<'/api/v1/policies/evaluate', 'post'>['evaluations'][number];
export type RuleCheck = Evaluation['checks'][number];
export type Explanation = RuleCheck['explanation'];

/* ---------- Policies ---------- */

export type PolicySummary = ItemOf<AnswerOf<'/api/v1/policies', 'get'>>;
export type PolicyCreate = BodyOf<'/api/v1/policies', 'post'>;
export type PolicyUpdate = BodyOf<'/api/v1/policies/{id}', 'patch'>;
export type PolicyAssignment = PolicySummary['assignments'][number];
export type AssignmentWrite = BodyOf<'/api/v1/policies/{id}/assignments', 'put'>['assignments'][number];
export type PolicyDetail = AnswerOf<'/api/v1/policies/{id}', 'get'>;
export type PolicyVersionSummary = PolicyDetail['versions'][number];
export type PolicyVersionDetail = AnswerOf<'/api/v1/policies/{id}/versions/{versionId}', 'get'>;
export type ResolvedPolicy = AnswerOf<'/api/v1/policies/resolve', 'get'>;
export type PreviewRequest = BodyOf<'/api/v1/policies/preview', 'post'>;
export type PreviewTraveller = PreviewRequest['travellers'][number];
export type PreviewResult = AnswerOf<'/api/v1/policies/preview', 'post'>;
export type ReasonCode = ItemOf<AnswerOf<'/api/v1/policies/reason-codes', 'get'>>;

/* ---------- Approval flows, approvals, delegations ---------- */

export type Flow = ItemOf<AnswerOf<'/api/v1/approval-flows', 'get'>>;
export type FlowWrite = BodyOf<'/api/v1/approval-flows', 'post'>;
export type FlowDefinition = Flow['definition'];
export type FlowCondition = FlowDefinition['conditions'][number];
export type FlowConditionKind = FlowCondition['kind'];
export type ApprovalCategory = Extract<FlowCondition, { kind: 'category_in' }>['categories'][number];
export type StageDefinition = FlowDefinition['stages'][number];
export type StageMode = StageDefinition['mode'];
export type ApproverRule = StageDefinition['approvers'];
export type ApproverRuleKind = ApproverRule['kind'];
export type EmptyStagePolicy = StageDefinition['onEmpty'];
export type FallbackRule = Extract<EmptyStagePolicy, { kind: 'fallback' }>['to'];
export type TimeoutRule = NonNullable<StageDefinition['timeout']>;
export type CcRecipient = NonNullable<StageDefinition['cc']>[number];
export type TimeoutAction = TimeoutRule['action'];

export type ApprovalActionRequest = BodyOf<'/api/v1/approvals/{instanceId}/actions', 'post'>;
export type ApprovalActionName = ApprovalActionRequest['action'];
export type ApprovalView = AnswerOf<'/api/v1/approvals/{instanceId}/actions', 'post'>;
export type ApprovalStageView = ApprovalView['stages'][number];
export type StageApprover = ApprovalStageView['approvers'][number];
export type ApprovalPreviewRequest = BodyOf<'/api/v1/approvals/preview', 'post'>;
export type ApprovalPreview = AnswerOf<'/api/v1/approvals/preview', 'post'>;
export type StagePreview = ApprovalPreview['stages'][number];
export type PersonRef = StagePreview['steps'][number][number];
export type InboxQuery = QueryOf<'/api/v1/approvals/inbox', 'get'>;
export type InboxState = NonNullable<InboxQuery['state']>;
/** Narrow an inbox page (the counts stay whole). */
export type InboxFilters = Pick<InboxQuery, 'q' | 'due'>;
export type InboxPage = AnswerOf<'/api/v1/approvals/inbox', 'get'>;
export type InboxItem = ItemOf<InboxPage>;
export type InboxCounts = InboxPage['counts'];
export type BulkApproveResult = AnswerOf<'/api/v1/approvals/bulk-approve', 'post'>;
export type Delegation = ItemOf<AnswerOf<'/api/v1/approvals/delegations', 'get'>>;
export type DelegationCreate = BodyOf<'/api/v1/approvals/delegations', 'post'>;

/* ---------- Travel requests (出差申请) and the check before booking ---------- */

export type TravelRequest = AnswerOf<'/api/v1/travel-requests/{id}', 'get'>;
export type TravelRequestSummary = ItemOf<AnswerOf<'/api/v1/travel-requests', 'get'>>;
export type TravelRequestPage = AnswerOf<'/api/v1/travel-requests', 'get'>;
export type TravelRequestQuery = QueryOf<'/api/v1/travel-requests', 'get'>;
export type RequestScope = NonNullable<TravelRequestQuery['scope']>;
export type RequestStatus = TravelRequest['status'];
export type TravelRequestWrite = BodyOf<'/api/v1/travel-requests', 'post'>;
export type TravelRequestUpdate = BodyOf<'/api/v1/travel-requests/{id}', 'patch'>;
export type ItineraryLeg = TravelRequestWrite['itinerary'][number];
export type CostEstimate = TravelRequestWrite['estimate'];
export type EstimateCategory = keyof CostEstimate;
export type TimelineEvent = TravelRequest['timeline'][number];
export type CostBearer = TravelRequest['costBearer'];
export type CostShare = TravelRequest['costShares'][number];
export type TravelChange = TravelRequest['changes'][number];
export type TravelChangeReason = TravelChange['reasons'][number];
export type TravelChangeBody = BodyOf<'/api/v1/travel-requests/{id}/changes', 'post'>;
export type TravelChangePlan = AnswerOf<'/api/v1/travel-requests/{id}/changes/preview', 'post'>;
export type OrderCheckRequest = BodyOf<'/api/v1/travel/order-check', 'post'>;
export type OrderCheck = AnswerOf<'/api/v1/travel/order-check', 'post'>;
export type CoverageCheckName = NonNullable<OrderCheck['coverage']>['checks'][number]['check'];

/* ---------- Policy: missing data, coverage, travel requests against the policy ---------- */

export type MissingDataMode = NonNullable<BodyOf<'/api/v1/policies/{id}/draft', 'put'>['missingData']>;
export type CoverageGap = AnswerOf<'/api/v1/policies/{id}/draft/coverage', 'get'>['warnings'][number];
export type RequestPolicyCheck = NonNullable<TravelRequest['policyCheck']>;

/* ---------- Enterprises, accounts and invitations ---------- */

export type Tenant = ItemOf<AnswerOf<'/api/v1/tenants', 'get'>>;
export type TenantOnboarding = BodyOf<'/api/v1/tenants', 'post'>;
export type TenantOnboarded = AnswerOf<'/api/v1/tenants', 'post'>;
export type TenantUpdate = BodyOf<'/api/v1/tenants/{id}', 'patch'>;
export type TenantTier = Tenant['tier'];
export type TenantOperator = ItemOf<AnswerOf<'/api/v1/tenants/{id}/operators', 'get'>>;
export type Account = ItemOf<AnswerOf<'/api/v1/accounts', 'get'>>;
export type Invitation = ItemOf<AnswerOf<'/api/v1/invitations', 'get'>>;
export type InvitationCreated = AnswerOf<'/api/v1/invitations', 'post'>;
export type OpenedInvitation = AnswerOf<'/api/v1/invitations/open', 'post'>;
export type EnterpriseRole = BodyOf<'/api/v1/invitations', 'post'>['roles'][number];
export type OperatorRole = BodyOf<'/api/v1/operator-invitations', 'post'>['roles'][number];

/* ---------- Suppliers (platform) ---------- */

export type SupplierListItem = ItemOf<AnswerOf<'/api/v1/suppliers', 'get'>>;
export type Supplier = AnswerOf<'/api/v1/suppliers/{id}', 'get'>;
export type SupplierUpdate = BodyOf<'/api/v1/suppliers/{id}', 'patch'>;
export type SupplierStatus = Supplier['status'];
export type SupplierCategory = Supplier['categories'][number];
export type SupplierKey = ItemOf<AnswerOf<'/api/v1/suppliers/{id}/keys', 'get'>>;
export type SupplierKeyRotated = AnswerOf<'/api/v1/suppliers/{id}/keys/rotate', 'post'>;
export type SupplierCallSummary = AnswerOf<'/api/v1/suppliers/{id}/calls/summary', 'get'>;
export type SupplierCallFigures = SupplierCallSummary['total'];
/* ---------- Webhooks ---------- */

export type WebhookEndpoint = ItemOf<AnswerOf<'/api/v1/webhooks/endpoints', 'get'>>;
export type WebhookEndpointCreate = BodyOf<'/api/v1/webhooks/endpoints', 'post'>;
export type WebhookEndpointCreated = AnswerOf<'/api/v1/webhooks/endpoints', 'post'>;
export type WebhookEndpointUpdate = BodyOf<'/api/v1/webhooks/endpoints/{id}', 'patch'>;
export type WebhookEventTypeChoice = WebhookEndpointCreate['eventTypes'][number];
export type WebhookDeliveryPage = AnswerOf<'/api/v1/webhooks/deliveries', 'get'>;
export type WebhookDelivery = ItemOf<WebhookDeliveryPage>;
export type WebhookDeliveryStatus = WebhookDelivery['status'];
export type WebhookDeliveryQuery = QueryOf<'/api/v1/webhooks/deliveries', 'get'>;

/* ---------- Orders, trips and tracking ---------- */

export type OrderPage = AnswerOf<'/api/v1/orders', 'get'>;
export type OrderSummary = ItemOf<OrderPage>;
export type OrderQuery = QueryOf<'/api/v1/orders', 'get'>;
export type OrderExportQuery = QueryOf<'/api/v1/orders/export.csv', 'get'>;
export type OrderDetail = AnswerOf<'/api/v1/orders/{id}', 'get'>;
export type OrderTimelineEntry = OrderDetail['timeline'][number];
export type OrderStatus = OrderSummary['status'];
export type OrderCategory = OrderSummary['category'];
export type OrderWords = OrderSummary['categoryWords'];
export type Trip = ItemOf<AnswerOf<'/api/v1/trips', 'get'>>;
export type TrackedOrder = AnswerOf<'/api/v1/track/{code}', 'get'>;

/* ---------- Simulator and ingestion (operations) ---------- */

export type SimulatorSettings = AnswerOf<'/api/v1/simulator/settings', 'get'>;
export type SimulatorFaultKind = keyof SimulatorSettings['rates'];
export type SimulatorCommand = BodyOf<'/api/v1/simulator/commands', 'post'>;
export type SimulatorCommandKind = SimulatorCommand['kind'];
export type SimulatorOutcome = ItemOf<AnswerOf<'/api/v1/simulator/commands', 'post'>>;
export type SimulatorBooking = ItemOf<AnswerOf<'/api/v1/simulator/bookings', 'get'>>;
export type DeadLetterPage = AnswerOf<'/api/v1/ingest/dead-letters', 'get'>;
export type DeadLetter = ItemOf<DeadLetterPage>;
export type DeadLetterQuery = QueryOf<'/api/v1/ingest/dead-letters', 'get'>;
export type DeadLetterReason = NonNullable<DeadLetterQuery['reason']>;
export type SupplierEventType = NonNullable<DeadLetterQuery['type']>;
export type ReplayResult = AnswerOf<'/api/v1/ingest/dead-letters/{seq}/replay', 'post'>;
export type ReplayBatchResult = AnswerOf<'/api/v1/ingest/dead-letters/replay', 'post'>;
export type IngestRejectPage = AnswerOf<'/api/v1/ingest/rejects', 'get'>;
export type IngestReject = ItemOf<IngestRejectPage>;
export type StoredEventPage = AnswerOf<'/api/v1/ingest/events', 'get'>;
export type StoredSupplierEvent = ItemOf<StoredEventPage>;
export type StoredEventQuery = QueryOf<'/api/v1/ingest/events', 'get'>;
