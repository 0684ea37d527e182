CREATE TABLE "sla_calendars" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_calendars" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"conditions" jsonb,
	"targets" jsonb NOT NULL,
	"calendar_id" uuid NOT NULL,
	"pausing_statuses" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ticket_sla" (
	"tenant_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"policy_name" text NOT NULL,
	"clock" jsonb NOT NULL,
	"next_at" timestamp with time zone,
	"breached" boolean NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_sla_tenant_id_ticket_id_pk" PRIMARY KEY("tenant_id","ticket_id")
);
--> statement-breakpoint
ALTER TABLE "ticket_sla" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ticket_sla_firings" (
	"tenant_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"target" text NOT NULL,
	"kind" text NOT NULL,
	"due_at" bigint NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"late_ms" integer NOT NULL,
	CONSTRAINT "ticket_sla_firings_tenant_id_ticket_id_target_kind_due_at_pk" PRIMARY KEY("tenant_id","ticket_id","target","kind","due_at")
);
--> statement-breakpoint
ALTER TABLE "ticket_sla_firings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_calendar_id_sla_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."sla_calendars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_position_key" ON "sla_policies" USING btree ("position");--> statement-breakpoint
CREATE INDEX "ticket_sla_next_idx" ON "ticket_sla" USING btree ("next_at") WHERE next_at is not null;--> statement-breakpoint
CREATE POLICY "readable_by_all" ON "sla_calendars" AS PERMISSIVE FOR SELECT TO "tripdesk_app" USING (true);--> statement-breakpoint
CREATE POLICY "readable_by_all" ON "sla_policies" AS PERMISSIVE FOR SELECT TO "tripdesk_app" USING (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ticket_sla" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ticket_sla_firings" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
-- The operator's SLA calendars and policies: read by every tenant scope (the policy above), written by the system scope only.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON sla_calendars, sla_policies FROM tripdesk_app;
