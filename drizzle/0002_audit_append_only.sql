-- The audit log is append-only: the application role may only read and insert, and a trigger
-- refuses updates and deletes from anyone (a superuser must disable triggers to tamper, and
-- `tripdesk audit-verify` then finds the broken link).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM tripdesk_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tripdesk_audit_log_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION tripdesk_audit_log_immutable();
--> statement-breakpoint
-- Authentication state is reached only by the authentication layer (system scope), never from
-- a tenant-scoped transaction.
REVOKE ALL ON sessions, auth_throttle FROM tripdesk_app;
--> statement-breakpoint
-- Departments and employees refer to each other; this direction lives here because Drizzle's
-- schema types cannot express the cycle.
ALTER TABLE departments ADD CONSTRAINT departments_head_employee_fk
  FOREIGN KEY (tenant_id, head_employee_id) REFERENCES employees (tenant_id, id) ON DELETE SET NULL (head_employee_id);
