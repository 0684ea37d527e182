CREATE TABLE "supplier_event_outcomes" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"tenant_id" uuid,
	"order_id" uuid,
	"dead_reason" text,
	"dead_message" text,
	"attempts" integer NOT NULL,
	"settled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supplier_event_outcomes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "supplier_event_retries" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"order_ref" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"retry_at" timestamp with time zone
);
--> statement-breakpoint
-- Existing events keep what they came to: applied and dead ones get their outcome; stored ones are
-- held for the applier (each order's first is due at once), which now reads on from the last seq.
INSERT INTO "supplier_event_outcomes" ("seq", "status", "tenant_id", "order_id", "dead_reason", "dead_message", "attempts", "settled_at")
  SELECT "seq", "status", "tenant_id", "order_id", "dead_reason", "dead_message", "apply_attempts", coalesce("applied_at", "received_at")
    FROM "supplier_events" WHERE "status" <> 'stored';--> statement-breakpoint
INSERT INTO "supplier_event_retries" ("seq", "order_ref", "attempts", "retry_at")
  SELECT "seq", "order_ref", "apply_attempts", "retry_at" FROM "supplier_events" WHERE "status" = 'stored';--> statement-breakpoint
INSERT INTO "event_stream_consumers" ("name", "position")
  SELECT 'ingest.applier', coalesce(max("seq"), 0) FROM "supplier_events"
  ON CONFLICT ("name") DO NOTHING;--> statement-breakpoint
DROP POLICY "tenant_isolation" ON "supplier_events" CASCADE;--> statement-breakpoint
DROP INDEX "supplier_events_stored_idx";--> statement-breakpoint
DROP INDEX "supplier_events_dead_idx";--> statement-breakpoint
CREATE INDEX "supplier_event_outcomes_dead_idx" ON "supplier_event_outcomes" USING btree ("seq") WHERE status = 'dead';--> statement-breakpoint
CREATE INDEX "supplier_event_retries_order_ref_idx" ON "supplier_event_retries" USING btree ("order_ref","seq");--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "tenant_id";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "order_id";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "dead_reason";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "dead_message";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "apply_attempts";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "retry_at";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "applied_at";--> statement-breakpoint
CREATE POLICY "applied_to_tenant" ON "supplier_events" AS PERMISSIVE FOR SELECT TO "tripdesk_app" USING (exists (select 1 from supplier_event_outcomes o where o.seq = supplier_events.seq));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "supplier_event_outcomes" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
-- Platform-level: the events are readable by tenant scopes only through the policy above (their
-- applied events); the held events are the system scope's; tenants read their outcomes only.
REVOKE ALL ON supplier_event_retries FROM tripdesk_app;--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON supplier_event_outcomes FROM tripdesk_app;
