CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"tenant_id" uuid,
	"employee_id" uuid,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"roles" text[] NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"invited_by" uuid,
	"invited_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"account_id" uuid
);
--> statement-breakpoint
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sso_login_states" (
	"tenant_id" uuid NOT NULL,
	"id" text NOT NULL,
	"browser_hash" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sso_login_states_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "sso_login_states" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sso_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_enc" text,
	"scopes" text[] NOT NULL,
	"match_by" text DEFAULT 'email' NOT NULL,
	"employee_no_claim" text DEFAULT 'employee_no' NOT NULL,
	"jit_enabled" boolean DEFAULT false NOT NULL,
	"jit_roles" text[] NOT NULL,
	"password_sign_in_disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sso_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "budget_adjustments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"budget_id" uuid NOT NULL,
	"target_budget_id" uuid,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"approval_instance_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_adjustments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "budget_adjustments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "budget_settlements" (
	"tenant_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"released_fen" bigint NOT NULL,
	"spent_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_settlements_tenant_id_source_type_source_id_pk" PRIMARY KEY("tenant_id","source_type","source_id")
);
--> statement-breakpoint
ALTER TABLE "budget_settlements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "travel_request_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"status" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"note" text,
	"budget_check" jsonb,
	"over_budget_reason" text,
	"approval_instance_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "travel_request_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "travel_request_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "short_name" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "credit_code" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "tier" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "contact_phone_enc" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cost_centres" ADD COLUMN "owner_employee_id" uuid;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "missing_data" text DEFAULT 'fail' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "owner_employee_id" uuid;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "warned_at_percent" integer;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "cost_bearer" text DEFAULT 'traveller_department' NOT NULL;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "cost_shares" jsonb;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "approved_content" jsonb;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "policy_check" jsonb;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "policy_reason" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_login_states" ADD CONSTRAINT "sso_login_states_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_settings" ADD CONSTRAINT "sso_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_adjustments" ADD CONSTRAINT "budget_adjustments_tenant_id_budget_id_budgets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","budget_id") REFERENCES "public"."budgets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_adjustments" ADD CONSTRAINT "budget_adjustments_tenant_id_target_budget_id_budgets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","target_budget_id") REFERENCES "public"."budgets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_adjustments" ADD CONSTRAINT "budget_adjustments_tenant_id_requester_id_employees_tenant_id_id_fk" FOREIGN KEY ("tenant_id","requester_id") REFERENCES "public"."employees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_settlements" ADD CONSTRAINT "budget_settlements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_request_changes" ADD CONSTRAINT "travel_request_changes_tenant_id_request_id_travel_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."travel_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_tenant_idx" ON "invitations" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "sso_login_states_id_idx" ON "sso_login_states" USING btree ("id");--> statement-breakpoint
CREATE INDEX "sso_login_states_expires_idx" ON "sso_login_states" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_adjustments_code_key" ON "budget_adjustments" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "budget_adjustments_budget_idx" ON "budget_adjustments" USING btree ("tenant_id","budget_id");--> statement-breakpoint
CREATE INDEX "budget_adjustments_target_idx" ON "budget_adjustments" USING btree ("tenant_id","target_budget_id");--> statement-breakpoint
CREATE INDEX "travel_request_changes_request_idx" ON "travel_request_changes" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_request_changes_open_key" ON "travel_request_changes" USING btree ("tenant_id","request_id") WHERE status = 'approving';--> statement-breakpoint
CREATE INDEX "travel_request_changes_instance_idx" ON "travel_request_changes" USING btree ("tenant_id","approval_instance_id");--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_tenant_id_owner_employee_id_employees_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_employee_id") REFERENCES "public"."employees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_credit_code_key" ON "tenants" USING btree ("credit_code");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "invitations" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sso_login_states" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sso_settings" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "budget_adjustments" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "budget_settlements" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "travel_request_changes" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));
--> statement-breakpoint
-- i8-approval-org: the owner of a cost centre (负责人, the approver of the rule cost_centre_owner)
-- must be an employee of the same tenant. Drizzle cannot type this foreign key (cost_centres and
-- employees reference each other), as with departments.head_employee_id in 0002; append after the
-- generated "ALTER TABLE cost_centres ADD COLUMN owner_employee_id uuid".
ALTER TABLE "cost_centres" ADD CONSTRAINT "cost_centres_owner_fk"
  FOREIGN KEY ("tenant_id", "owner_employee_id") REFERENCES "employees"("tenant_id", "id") ON DELETE SET NULL ("owner_employee_id");

--> statement-breakpoint
-- i8-offboarding: offboarding ends an employee's sessions in the same (tenant-scoped) transaction
-- that deactivates them. tripdesk_app is granted nothing on sessions (0002), so these two functions
-- run as their owner, and reach only accounts of the tenants the calling transaction may see
-- (tripdesk_tenant_ids()). Append to the combined migration 0006 as written.
CREATE OR REPLACE FUNCTION tripdesk_end_sessions(account_ids uuid[]) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH ended AS (
    DELETE FROM sessions s USING accounts a
    WHERE s.account_id = a.id AND a.id = ANY(account_ids) AND a.tenant_id = ANY(tripdesk_tenant_ids())
    RETURNING 1
  )
  SELECT count(*)::int FROM ended
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tripdesk_count_sessions(account_ids uuid[], at timestamptz) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::int FROM sessions s JOIN accounts a ON a.id = s.account_id
  WHERE a.id = ANY(account_ids) AND a.tenant_id = ANY(tripdesk_tenant_ids()) AND s.expires_at > at
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tripdesk_end_sessions(uuid[]) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tripdesk_count_sessions(uuid[], timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tripdesk_end_sessions(uuid[]) TO tripdesk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tripdesk_count_sessions(uuid[], timestamptz) TO tripdesk_app;

--> statement-breakpoint
-- i8-policy-closed: policy_versions.missing_data (what a rule lacking its data does).
-- The column is added NOT NULL DEFAULT 'fail' (fail closed), which is right for every new version
-- and for drafts (the admin reviews them before publishing). Versions that were already published
-- or superseded were approved when missing data silently passed: keep that behaviour for them, but
-- visibly (pass_flagged shows 数据缺失，按设置放行 in every explanation), so that publishing this
-- release does not start blocking travellers under a policy nobody changed. The next draft of such
-- a policy starts from its published version's setting; the editor shows it and admins switch to
-- 'fail' deliberately.
UPDATE policy_versions SET missing_data = 'pass_flagged' WHERE status IN ('published', 'superseded');

--> statement-breakpoint
-- i8-budget-ledger (budgets settle, adjustments with approval, warning lines). Append after the
-- generated DDL of 0006 (tables budget_adjustments, budget_settlements; columns
-- budget_entries.cause, budgets.owner_employee_id, budgets.warned_at_percent).

-- 1. Trips completed before settlement existed still occupy their budgets: settle them now
--    (release what they occupy; no orders exist yet, so no spend), and record the settlement so
--    the application never settles them again.
--> statement-breakpoint
insert into budget_entries (tenant_id, id, budget_id, source_type, source_id, kind, amount_fen, cause)
select e.tenant_id, gen_random_uuid(), e.budget_id, 'travel_request', e.source_id, 'released', -sum(e.amount_fen), 'settlement'
from budget_entries e
join travel_requests r on r.tenant_id = e.tenant_id and r.id = e.source_id
where e.source_type = 'travel_request' and e.kind in ('occupied', 'released') and r.status = 'completed'
group by e.tenant_id, e.budget_id, e.source_id
having sum(e.amount_fen) <> 0;
--> statement-breakpoint
insert into budget_settlements (tenant_id, source_type, source_id, released_fen, spent_fen)
select r.tenant_id, 'travel_request', r.id,
  coalesce((select -sum(e.amount_fen) from budget_entries e
            where e.tenant_id = r.tenant_id and e.source_type = 'travel_request' and e.source_id = r.id and e.cause = 'settlement'), 0),
  0
from travel_requests r
where r.status = 'completed'
on conflict do nothing;

-- 2. Budgets already past a warning line: remember the highest line reached, so that the first
--    change after the upgrade does not notify owners of crossings that happened before.
--> statement-breakpoint
update budgets b set warned_at_percent = (
  select max(w.p) from unnest(b.warn_at_percent) w(p), (
    select coalesce(sum(e.amount_fen) filter (where e.kind in ('occupied', 'released', 'spent')), 0) as used,
           b.amount_fen + coalesce(sum(e.amount_fen) filter (where e.kind = 'adjusted'), 0) as amount
    from budget_entries e where e.tenant_id = b.tenant_id and e.budget_id = b.id
  ) u
  where u.used * 100 >= w.p::bigint * u.amount
);

-- 3. Every tenant gets the flow for budget adjustments (预算调整审批: finance, else the travel
--    administrators) unless it already has a flow for that category; without one a tenant cannot
--    request adjustments (NO_APPROVAL_FLOW). The demo seed inserts it through insertDefaultFlows.
--> statement-breakpoint
insert into approval_flows (tenant_id, id, name, priority, definition, active)
select t.id, gen_random_uuid(), '预算调整审批', 300,
  '{"conditions":[{"kind":"category_in","categories":["budget_adjustment"]}],"stages":[{"id":"finance","name":"财务审批","approvers":{"kind":"role","role":"finance"},"mode":"any","onEmpty":{"kind":"fallback","to":{"kind":"role","role":"travel_admin"}}}]}'::jsonb,
  true
from tenants t
where not exists (
  select 1 from approval_flows f
  where f.tenant_id = t.id and f.definition::text like '%budget_adjustment%'
);
