/**
 * The desk's SLA set-up on a fresh installation, so tickets have deadlines from the first one:
 * 工作日 09:00–18:00 (Asia/Shanghai, with China's holidays and 调休) and 7×24, and three policies —
 * urgent (7×24: first response 15 min, resolution 4 h), high (business hours: 30 min, next response
 * 1 h, resolution 8 h) and the default (business hours: 2 h, next response 4 h, resolution 3
 * working days), each warning at 80 %. Operators change them; nothing is added when any exist.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { CalendarInput } from './engine/calendar.ts';
import { slaCalendars, slaPolicies } from './schema.ts';

const WORKDAY: CalendarInput = {
  kind: 'business_hours',
  timeZone: 'Asia/Shanghai',
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '18:00' }]])),
  chinaHolidays: true,
};

export async function ensureDefaultSla(tx: Tx): Promise<boolean> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(slaPolicies);
  if ((row?.n ?? 0) > 0) return false;
  const workday = newId();
  const allDay = newId();
  await tx.insert(slaCalendars).values([
    { id: workday, name: '工作日 09:00–18:00（含法定节假日与调休）', definition: WORKDAY },
    { id: allDay, name: '7×24', definition: { kind: '24x7' } },
  ]);
  const all = 'any' as const;
  await tx.insert(slaPolicies).values([
    {
      id: newId(),
      name: '紧急 7×24',
      position: 10,
      conditions: { enterpriseTiers: all, categories: all, priorities: ['urgent'], channels: all },
      targets: {
        firstResponseMinutes: 15,
        nextResponseMinutes: 30,
        periodicUpdateMinutes: 60,
        resolutionMinutes: 240,
        warningFraction: 0.8,
      },
      calendarId: allDay,
      pausingStatuses: ['pending_customer'],
    },
    {
      id: newId(),
      name: '高优先级（工作时间）',
      position: 20,
      conditions: { enterpriseTiers: all, categories: all, priorities: ['high'], channels: all },
      targets: {
        firstResponseMinutes: 30,
        nextResponseMinutes: 60,
        periodicUpdateMinutes: null,
        resolutionMinutes: 480,
        warningFraction: 0.8,
      },
      calendarId: workday,
      pausingStatuses: ['pending_customer'],
    },
    {
      id: newId(),
      name: '默认（工作时间）',
      position: 1000,
      conditions: null,
      targets: {
        firstResponseMinutes: 120,
        nextResponseMinutes: 240,
        periodicUpdateMinutes: null,
        resolutionMinutes: 3 * 540,
        warningFraction: 0.8,
      },
      calendarId: workday,
      pausingStatuses: ['pending_customer'],
    },
  ]);
  return true;
}
