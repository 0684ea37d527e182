import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { Calendar } from './engine/calendar.ts';
import { calendarOf } from './engine/calendar-validate.ts';
import type { SlaTicketStatus } from './engine/clock.ts';
import { slaTicketStatuses } from './engine/clock.ts';
import type { SlaPolicy } from './engine/match-policy.ts';
import { slaCalendars, slaPolicies } from './schema.ts';

export interface SlaSetup {
  policies: SlaPolicy[];
  calendars: Map<string, Calendar>;
}

const isStatus = (s: string): s is SlaTicketStatus => (slaTicketStatuses as readonly string[]).includes(s);

/** The active policies and their calendars, checked (a stored calendar that no longer validates throws). */
export async function loadSlaSetup(tx: Tx): Promise<SlaSetup> {
  const rows = await tx.select().from(slaPolicies).where(eq(slaPolicies.active, true));
  const calendars = new Map<string, Calendar>();
  for (const c of await tx.select().from(slaCalendars)) calendars.set(c.id, calendarOf(c.definition));
  const policies: SlaPolicy[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    conditions: r.conditions,
    targets: r.targets,
    calendarId: r.calendarId,
    pausingStatuses: r.pausingStatuses.filter(isStatus),
  }));
  return { policies, calendars };
}
