CREATE TABLE "supplier_event_dead_letters" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"message" text NOT NULL,
	"attempts" integer NOT NULL,
	"dead_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_event_retries" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"order_ref" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"retry_at" timestamp with time zone
);
--> statement-breakpoint
-- Existing events keep what they came to: dead ones go on the dead-letter list; stored ones are held
-- for the applier (each order's first is due at once), which now reads on from the last seq; applied
-- ones need nothing (their effect is on their orders).
INSERT INTO "supplier_event_dead_letters" ("seq", "reason", "message", "attempts", "dead_at")
  SELECT "seq", coalesce("dead_reason", 'apply_error'), coalesce("dead_message", ''), "apply_attempts", "received_at"
    FROM "supplier_events" WHERE "status" = 'dead';--> statement-breakpoint
INSERT INTO "supplier_event_retries" ("seq", "order_ref", "attempts", "retry_at")
  SELECT "seq", "order_ref", "apply_attempts", "retry_at" FROM "supplier_events" WHERE "status" = 'stored';--> statement-breakpoint
INSERT INTO "event_stream_consumers" ("name", "position")
  SELECT 'ingest.applier', coalesce(max("seq"), 0) FROM "supplier_events"
  ON CONFLICT ("name") DO NOTHING;--> statement-breakpoint
DROP POLICY "tenant_isolation" ON "supplier_events" CASCADE;--> statement-breakpoint
ALTER TABLE "supplier_events" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "supplier_events_stored_idx";--> statement-breakpoint
DROP INDEX "supplier_events_dead_idx";--> statement-breakpoint
CREATE INDEX "supplier_event_retries_order_ref_idx" ON "supplier_event_retries" USING btree ("order_ref","seq");--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "tenant_id";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "order_id";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "dead_reason";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "dead_message";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "apply_attempts";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "retry_at";--> statement-breakpoint
ALTER TABLE "supplier_events" DROP COLUMN "applied_at";--> statement-breakpoint
-- Platform-level: the events, the dead letters and the held events are the system scope's.
REVOKE ALL ON supplier_events, supplier_event_dead_letters, supplier_event_retries FROM tripdesk_app;
