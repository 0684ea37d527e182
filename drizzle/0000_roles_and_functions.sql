-- The role tenant-scoped transactions run as (SET LOCAL ROLE). Roles are cluster-wide, so it
-- may already exist (another database on the same server); creating it twice is not an error.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tripdesk_app') THEN
    CREATE ROLE tripdesk_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
-- The tenants visible to the current transaction, set per transaction by the application
-- (set_config('app.tenant_ids', '<uuid>,<uuid>', true)). Unset or empty: no tenant at all.
CREATE OR REPLACE FUNCTION tripdesk_tenant_ids() RETURNS uuid[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[], '{}'::uuid[])
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tripdesk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tripdesk_tenant_ids() TO tripdesk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tripdesk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tripdesk_app;
