/**
 * Checks incoming supplier events against the wire format (SupplierEventSchema), compiled once.
 * A date-time must be one PostgreSQL stores as given (a real calendar date, hours 0–23), so a
 * valid event can never fail its insert and take the batch down with it.
 */
import { FormatRegistry } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { SupplierEventSchema, type SupplierEvent } from '../suppliers/index.ts';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time with a real date and a time within the day (no leap second, no 24:00). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
  if (year === undefined || month === undefined || day === undefined) return false;
  if (year < 1970 || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59 || (offH ?? 0) > 23 || (offM ?? 0) > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// TypeBox's compiler refuses unknown formats; this is its only use in the application.
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isDateTime);

const check = TypeCompiler.Compile(SupplierEventSchema);

export interface EventError {
  path: string;
  message: string;
}

export type EventCheck = { ok: true; event: SupplierEvent } | { ok: false; errors: EventError[] };

/** At most this many errors are kept per rejected event. */
const MAX_ERRORS = 10;

export function checkEvent(value: unknown): EventCheck {
  if (check.Check(value)) return { ok: true, event: value };
  const errors: EventError[] = [];
  for (const e of check.Errors(value)) {
    errors.push({ path: e.path === '' ? '/' : e.path, message: e.message });
    if (errors.length >= MAX_ERRORS) break;
  }
  return { ok: false, errors };
}

/** The eventId a rejected event claims, when it has a readable one (for finding it among the rejects). */
export function claimedEventId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('eventId' in value)) return null;
  const id = value.eventId;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
}
