import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appRole, createdAt, tenantId, tenantIsolation, updatedAt } from '../../platform/db/tenant-policy.ts';
import type { CalendarInput } from './engine/calendar.ts';
import type { SlaPolicyConditions } from './engine/match-policy.ts';
import type { SlaClock, SlaTargets } from './engine/clock.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The operator's set-up, read by every tenant's transactions (a ticket's SLA is computed in the
 * change's tenant scope) and written only by the system scope: not tenant data, nothing secret.
 */
const readableByAll = () => pgPolicy('readable_by_all', { as: 'permissive', for: 'select', to: appRole, using: sql`true` });

/** Business calendars the desk's SLAs count in (the operator's: platform-level). */
export const slaCalendars = pgTable(
  'sla_calendars',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** The calendar as written (validateCalendar checks it on every save and load). */
    definition: jsonb('definition').$type<CalendarInput>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [readableByAll()],
);

/**
 * SLA policies (the operator's): targets in business minutes of a calendar, for the tickets their
 * conditions match, the first in `position` order winning; the default (no conditions) comes last.
 */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    conditions: jsonb('conditions').$type<SlaPolicyConditions | null>(),
    targets: jsonb('targets').$type<SlaTargets>().notNull(),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => slaCalendars.id),
    pausingStatuses: text('pausing_statuses').array().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('sla_policies_position_key').on(t.position), readableByAll()],
);

/**
 * A ticket's SLA as last computed: the policy that applies, each target's clock (due and warning
 * instants, state), and the next instant a timer must fire. Recomputed on every change of the
 * ticket and when a timer fires, so a changed policy or calendar reaches open tickets.
 */
export const ticketSla = pgTable(
  'ticket_sla',
  {
    tenantId: tenantId(),
    ticketId: uuid('ticket_id').notNull(),
    policyId: uuid('policy_id').notNull(),
    policyName: text('policy_name').notNull(),
    clock: jsonb('clock').$type<SlaClock>().notNull(),
    /** The earliest future warning or breach (null: nothing running). */
    nextAt: ts('next_at'),
    /** Any target breached in its current cycle. */
    breached: boolean('breached').notNull(),
    computedAt: ts('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ticketId] }),
    index('ticket_sla_next_idx')
      .on(t.nextAt)
      .where(sql`next_at is not null`),
    tenantIsolation(),
  ],
);

/**
 * Warnings and breaches that fired: one row per (ticket, target, kind, due instant), so a timer
 * that fires twice (two instances, a retry) acts once.
 */
export const ticketSlaFirings = pgTable(
  'ticket_sla_firings',
  {
    tenantId: tenantId(),
    ticketId: uuid('ticket_id').notNull(),
    target: text('target').notNull(),
    kind: text('kind', { enum: ['warning', 'breach'] }).notNull(),
    /** The instant it was due (epoch ms). */
    dueAt: bigint('due_at', { mode: 'number' }).notNull(),
    firedAt: ts('fired_at').notNull(),
    /** How late it fired (ms after due). */
    lateMs: integer('late_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ticketId, t.target, t.kind, t.dueAt] }), tenantIsolation()],
);
