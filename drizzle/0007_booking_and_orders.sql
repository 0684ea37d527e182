CREATE TABLE "supplier_calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supplier_id" uuid NOT NULL,
	"category" text NOT NULL,
	"operation" text NOT NULL,
	"outcome" text NOT NULL,
	"error_code" text,
	"attempts" smallint NOT NULL,
	"latency_ms" integer NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supplier_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"secret_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"categories" text[] NOT NULL,
	"adapter" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ranking_weight" integer DEFAULT 50 NOT NULL,
	"credentials_enc" text,
	"credentials_hint" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppliers_ranking_weight_range" CHECK ("suppliers"."ranking_weight" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "simulator_bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"supplier_code" text NOT NULL,
	"category" text NOT NULL,
	"offer_id" text NOT NULL,
	"inventory_key" text NOT NULL,
	"order_ref" text NOT NULL,
	"request_key" text NOT NULL,
	"booking_ref" text,
	"book_key" text,
	"parent_booking_ref" text,
	"status" text NOT NULL,
	"plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"confirmation" text,
	"service_state" text,
	"price_fen" integer NOT NULL,
	"fare_difference_fen" integer,
	"change_fee_fen" integer,
	"refund_fen" integer,
	"fee_fen" integer,
	"cancel_key" text,
	"passengers" jsonb NOT NULL,
	"offer" jsonb NOT NULL,
	"hold_expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "simulator_outbox" (
	"event_id" text PRIMARY KEY NOT NULL,
	"supplier_code" text NOT NULL,
	"booking_ref" text,
	"order_ref" text NOT NULL,
	"type" text NOT NULL,
	"event" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_stream_consumers" (
	"name" text PRIMARY KEY NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_event_rejects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supplier_id" uuid NOT NULL,
	"supplier_code" text NOT NULL,
	"event_id" text,
	"raw" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"dismissed_at" timestamp with time zone,
	"dismissed_by" text,
	"dismiss_reason" text
);
--> statement-breakpoint
CREATE TABLE "supplier_events" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supplier_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"supplier_id" uuid NOT NULL,
	"supplier_code" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"order_ref" text NOT NULL,
	"booking_ref" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"data" jsonb,
	"status" text DEFAULT 'stored' NOT NULL,
	"tenant_id" uuid,
	"order_id" uuid,
	"dead_reason" text,
	"dead_message" text,
	"apply_attempts" integer DEFAULT 0 NOT NULL,
	"retry_at" timestamp with time zone,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "supplier_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "imported_booking_batches" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"row_count" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"first_booked_at" timestamp with time zone NOT NULL,
	"last_booked_at" timestamp with time zone NOT NULL,
	"created_by" text,
	"created_by_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_booking_batches_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "imported_booking_batches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "imported_bookings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"external_reference" text NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"employee_id" uuid,
	"employee_no" text,
	"traveller_name" text DEFAULT '' NOT NULL,
	"rank_code" text,
	"department_id" uuid,
	"category" text NOT NULL,
	"option" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	"supplier_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_bookings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "imported_bookings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workflow_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"status" text NOT NULL,
	"step_index" integer NOT NULL,
	"context" jsonb NOT NULL,
	"step_log" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "workflow_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "order_travellers" (
	"tenant_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name_snapshot" text NOT NULL,
	CONSTRAINT "order_travellers_tenant_id_order_id_employee_id_pk" PRIMARY KEY("tenant_id","order_id","employee_id")
);
--> statement-breakpoint
ALTER TABLE "order_travellers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "orders" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"ticketing_delayed" boolean DEFAULT false NOT NULL,
	"parent_order_id" uuid,
	"original_order_id" uuid,
	"travel_request_id" uuid,
	"booker_employee_id" uuid NOT NULL,
	"bearer_kind" text NOT NULL,
	"bearer_id" uuid NOT NULL,
	"project_id" uuid,
	"policy_version_id" uuid,
	"policy_outcome" text,
	"compliant" boolean NOT NULL,
	"policy_verdict" jsonb,
	"reason_code" text,
	"reason_text" text,
	"personal_pay_fen" bigint DEFAULT 0 NOT NULL,
	"approval_instance_id" uuid,
	"payment_mode" text NOT NULL,
	"supplier_id" uuid,
	"supplier_code" text NOT NULL,
	"supplier_booking_ref" text,
	"hold_id" text,
	"offer" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	"fare_difference_fen" bigint DEFAULT 0 NOT NULL,
	"change_fee_fen" bigint DEFAULT 0 NOT NULL,
	"refund_fen" bigint DEFAULT 0 NOT NULL,
	"refund_fee_fen" bigint DEFAULT 0 NOT NULL,
	"service_start_at" timestamp with time zone NOT NULL,
	"service_end_at" timestamp with time zone NOT NULL,
	"origin_city_id" text,
	"destination_city_id" text NOT NULL,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "orders_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"address" text,
	"status_code" integer,
	"error" text,
	"response_ms" integer,
	"response_excerpt" text,
	CONSTRAINT "webhook_attempts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "webhook_attempts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"last_response_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"event_types" text[] NOT NULL,
	"secret_enc" text NOT NULL,
	"previous_secret_enc" text,
	"previous_secret_expires_at" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"disabled_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "budget_entries" ADD COLUMN "parent_source_id" uuid;--> statement-breakpoint
ALTER TABLE "supplier_keys" ADD CONSTRAINT "supplier_keys_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_booking_batches" ADD CONSTRAINT "imported_booking_batches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_bookings" ADD CONSTRAINT "imported_bookings_tenant_id_batch_id_imported_booking_batches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","batch_id") REFERENCES "public"."imported_booking_batches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_travellers" ADD CONSTRAINT "order_travellers_tenant_id_order_id_orders_tenant_id_id_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_travellers" ADD CONSTRAINT "order_travellers_tenant_id_employee_id_employees_tenant_id_id_fk" FOREIGN KEY ("tenant_id","employee_id") REFERENCES "public"."employees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_booker_employee_id_employees_tenant_id_id_fk" FOREIGN KEY ("tenant_id","booker_employee_id") REFERENCES "public"."employees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_parent_order_id_orders_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_original_order_id_orders_tenant_id_id_fk" FOREIGN KEY ("tenant_id","original_order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_tenant_id_delivery_id_webhook_deliveries_tenant_id_id_fk" FOREIGN KEY ("tenant_id","delivery_id") REFERENCES "public"."webhook_deliveries"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_endpoint_id_webhook_endpoints_tenant_id_id_fk" FOREIGN KEY ("tenant_id","endpoint_id") REFERENCES "public"."webhook_endpoints"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supplier_calls_supplier_at_idx" ON "supplier_calls" USING btree ("supplier_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_keys_supplier_key_id_key" ON "supplier_keys" USING btree ("supplier_id","key_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_code_key" ON "suppliers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "simulator_bookings_request_key" ON "simulator_bookings" USING btree ("supplier_code","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "simulator_bookings_booking_ref" ON "simulator_bookings" USING btree ("booking_ref");--> statement-breakpoint
CREATE INDEX "simulator_bookings_inventory_idx" ON "simulator_bookings" USING btree ("inventory_key");--> statement-breakpoint
CREATE INDEX "simulator_bookings_order_ref_idx" ON "simulator_bookings" USING btree ("order_ref");--> statement-breakpoint
CREATE INDEX "simulator_bookings_created_idx" ON "simulator_bookings" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "simulator_outbox_pending_idx" ON "simulator_outbox" USING btree ("next_attempt_at") WHERE delivered_at is null;--> statement-breakpoint
CREATE INDEX "simulator_outbox_booking_idx" ON "simulator_outbox" USING btree ("booking_ref");--> statement-breakpoint
CREATE INDEX "supplier_event_rejects_open_idx" ON "supplier_event_rejects" USING btree ("received_at","id") WHERE dismissed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_events_supplier_event_key" ON "supplier_events" USING btree ("supplier_id","event_id");--> statement-breakpoint
CREATE INDEX "supplier_events_stored_idx" ON "supplier_events" USING btree ("seq") WHERE status = 'stored';--> statement-breakpoint
CREATE INDEX "supplier_events_order_ref_idx" ON "supplier_events" USING btree ("order_ref","seq");--> statement-breakpoint
CREATE INDEX "supplier_events_dead_idx" ON "supplier_events" USING btree ("seq") WHERE status = 'dead';--> statement-breakpoint
CREATE UNIQUE INDEX "imported_bookings_reference_key" ON "imported_bookings" USING btree ("tenant_id","external_reference");--> statement-breakpoint
CREATE INDEX "imported_bookings_booked_at_idx" ON "imported_bookings" USING btree ("tenant_id","booked_at");--> statement-breakpoint
CREATE INDEX "imported_bookings_batch_idx" ON "imported_bookings" USING btree ("tenant_id","batch_id");--> statement-breakpoint
CREATE INDEX "workflow_runs_subject_idx" ON "workflow_runs" USING btree ("tenant_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "workflow_runs_status_idx" ON "workflow_runs" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "order_travellers_employee_idx" ON "order_travellers" USING btree ("tenant_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_tracking_code_key" ON "orders" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "orders_booker_idx" ON "orders" USING btree ("tenant_id","booker_employee_id");--> statement-breakpoint
CREATE INDEX "orders_request_idx" ON "orders" USING btree ("tenant_id","travel_request_id");--> statement-breakpoint
CREATE INDEX "orders_parent_idx" ON "orders" USING btree ("tenant_id","parent_order_id");--> statement-breakpoint
CREATE INDEX "orders_start_idx" ON "orders" USING btree ("tenant_id","service_start_at");--> statement-breakpoint
CREATE INDEX "orders_instance_idx" ON "orders" USING btree ("tenant_id","approval_instance_id");--> statement-breakpoint
CREATE INDEX "orders_supplier_ref_idx" ON "orders" USING btree ("tenant_id","supplier_code","supplier_booking_ref");--> statement-breakpoint
CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("tenant_id","delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_key" ON "webhook_deliveries" USING btree ("tenant_id","endpoint_id","event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE status in ('pending', 'failed');--> statement-breakpoint
CREATE INDEX "budget_entries_parent_idx" ON "budget_entries" USING btree ("tenant_id","parent_source_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "supplier_events" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "imported_booking_batches" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "imported_bookings" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "workflow_runs" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "order_travellers" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "orders" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_attempts" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_deliveries" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_endpoints" AS PERMISSIVE FOR ALL TO "tripdesk_app" USING (tenant_id = any (tripdesk_tenant_ids())) WITH CHECK (tenant_id = any (tripdesk_tenant_ids()));--> statement-breakpoint
REVOKE ALL ON suppliers, supplier_keys, supplier_calls FROM tripdesk_app;--> statement-breakpoint
REVOKE ALL ON simulator_bookings, simulator_outbox FROM tripdesk_app;--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON supplier_events FROM tripdesk_app;--> statement-breakpoint
REVOKE ALL ON supplier_event_rejects, event_stream_consumers FROM tripdesk_app;
