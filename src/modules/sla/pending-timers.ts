import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { slaTargetNames } from './engine/clock.ts';
import { ticketSla, ticketSlaFirings } from './schema.ts';
import type { SlaFiring } from './fire-sla-timer.ts';

/**
 * Every warning and breach instant the stored clocks hold that has not fired, past or future: what
 * a starting server arms again. A past one (the server was down, the demo was seeded) fires at once,
 * late, and says how late; one no longer due finds nothing to do when it fires.
 */
export async function pendingSlaTimers(tx: Tx): Promise<SlaFiring[]> {
  const rows = await tx
    .select()
    .from(ticketSla)
    .where(sql`${ticketSla.nextAt} is not null or ${ticketSla.breached}`);
  const fired = new Set((await tx.select().from(ticketSlaFirings)).map((f) => `${f.ticketId}/${f.target}/${f.kind}/${f.dueAt}`));
  const out: SlaFiring[] = [];
  for (const row of rows) {
    for (const target of slaTargetNames) {
      const clock = row.clock.targets[target];
      if (!clock || (clock.state !== 'running' && clock.state !== 'breached')) continue;
      const instants: [SlaFiring['kind'], number | null][] = [
        ['warning', clock.warningAt],
        ['breach', clock.dueAt],
      ];
      for (const [kind, at] of instants) {
        if (at === null || fired.has(`${row.ticketId}/${target}/${kind}/${at}`)) continue;
        out.push({ tenantId: row.tenantId, ticketId: row.ticketId, target, kind, at });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The firings of one ticket, oldest first (its SLA panel and tests). */
export async function firingsOf(tx: Tx, tenantId: string, ticketId: string) {
  return tx
    .select()
    .from(ticketSlaFirings)
    .where(and(eq(ticketSlaFirings.tenantId, tenantId), eq(ticketSlaFirings.ticketId, ticketId)))
    .orderBy(ticketSlaFirings.firedAt);
}
