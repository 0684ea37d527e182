ALTER TABLE "approval_instances" ADD COLUMN "subject_code" text;--> statement-breakpoint
ALTER TABLE "approval_instances" ADD COLUMN "subject_title" text;--> statement-breakpoint
-- The inbox lists and searches the subject's reference and title from the approval itself (the
-- approval module no longer joins its subjects' tables); fill them for approvals already stored.
UPDATE "approval_instances" i SET "subject_code" = r."code", "subject_title" = r."purpose"
  FROM "travel_requests" r
 WHERE i."subject_type" = 'travel_request' AND r."tenant_id" = i."tenant_id" AND r."id" = i."subject_id";
