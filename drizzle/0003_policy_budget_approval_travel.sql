CREATE TABLE "policies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "policy_assignments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"department_id" uuid,
	"rank_codes" text[] DEFAULT '{}' NOT NULL,
	"min_rank_level" integer,
	"max_rank_level" integer,
	"priority" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_assignments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "policy_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "policy_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "policy_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reason_codes" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reason_codes_tenant_id_code_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "reason_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "budget_entries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "budget_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "budgets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"scope_type" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"warn_at_percent" integer[] NOT NULL,
	"control" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "budgets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approval_delegations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"delegator_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_delegations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "approval_delegations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approval_flows" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"definition" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_flows_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "approval_flows" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approval_instances" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"flow_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"status" text NOT NULL,
	"state" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "approval_instances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "approval_instances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approval_tasks" (
	"tenant_id" uuid NOT NULL,
	"instance_id" uuid NOT NULL,
	"approver_id" uuid NOT NULL,
	"stage_id" text NOT NULL,
	"on_behalf_of" uuid,
	"since" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	CONSTRAINT "approval_tasks_tenant_id_instance_id_approver_id_stage_id_pk" PRIMARY KEY("tenant_id","instance_id","approver_id","stage_id")
);
--> statement-breakpoint
ALTER TABLE "approval_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "travel_requests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"traveller_ids" uuid[] NOT NULL,
	"itinerary" jsonb NOT NULL,
	"estimate" jsonb NOT NULL,
	"estimated_total_fen" bigint NOT NULL,
	"project_id" uuid,
	"cost_centre_id" uuid,
	"budget_check" jsonb,
	"over_budget_reason" text,
	"approval_instance_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "travel_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "travel_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "timeline_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "timeline_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"template" text NOT NULL,
	"data" jsonb NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_assignments" ADD CONSTRAINT "policy_assignments_tenant_id_policy_id_policies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","policy_id") REFERENCES "public"."policies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_tenant_id_policy_id_policies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","policy_id") REFERENCES "public"."policies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reason_codes" ADD CONSTRAINT "reason_codes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD CONSTRAINT "budget_entries_tenant_id_budget_id_budgets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","budget_id") REFERENCES "public"."budgets"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_delegations" ADD CONSTRAINT "approval_delegations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_flows" ADD CONSTRAINT "approval_flows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_instances" ADD CONSTRAINT "approval_instances_tenant_id_flow_id_approval_flows_tenant_id_id_fk" FOREIGN KEY ("tenant_id","flow_id") REFERENCES "public"."approval_flows"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_tasks" ADD CONSTRAINT "approval_tasks_tenant_id_instance_id_approval_instances_tenant_id_id_fk" FOREIGN KEY ("tenant_id","instance_id") REFERENCES "public"."approval_instances"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_assignments_policy_idx" ON "policy_assignments" USING btree ("tenant_id","policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_number_key" ON "policy_versions" USING btree ("tenant_id","policy_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_one_draft" ON "policy_versions" USING btree ("tenant_id","policy_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_one_published" ON "policy_versions" USING btree ("tenant_id","policy_id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "budget_entries_budget_idx" ON "budget_entries" USING btree ("tenant_id","budget_id");--> statement-breakpoint
CREATE INDEX "budget_entries_source_idx" ON "budget_entries" USING btree ("tenant_id","source_type","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_scope_period_key" ON "budgets" USING btree ("tenant_id","scope_type","scope_id","period_type","period_start");--> statement-breakpoint
CREATE INDEX "approval_delegations_delegator_idx" ON "approval_delegations" USING btree ("tenant_id","delegator_id");--> statement-breakpoint
CREATE INDEX "approval_instances_subject_idx" ON "approval_instances" USING btree ("tenant_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "approval_tasks_inbox_idx" ON "approval_tasks" USING btree ("tenant_id","approver_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_requests_code_key" ON "travel_requests" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "travel_requests_requester_idx" ON "travel_requests" USING btree ("tenant_id","requester_id");--> statement-breakpoint
CREATE INDEX "timeline_events_entity_idx" ON "timeline_events" USING btree ("tenant_id","entity_type","entity_id","seq");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("tenant_id","recipient_id","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "policies" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "policy_assignments" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "policy_versions" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "reason_codes" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "budget_entries" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "budgets" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approval_delegations" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approval_flows" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approval_instances" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approval_tasks" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "travel_requests" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "timeline_events" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "notifications" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));