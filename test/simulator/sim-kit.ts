import { eq } from 'drizzle-orm';
import { inSystemScope } from '../../src/platform/db/scope.ts';
import { createSimulator, simulatorOutbox, type EventSink, type SimulatorSettings } from '../../src/modules/simulator/index.ts';
import type { Offer, SupplierAdapter, SupplierCategory, SupplierEvent } from '../../src/modules/suppliers/index.ts';
import type { TestDb } from '../support/db.ts';

/** A simulator on a test database with a settable clock and a sink that records what it is sent. */
export function simulatorKit(t: TestDb, settings: Partial<SimulatorSettings> = {}, sink?: EventSink) {
  const clock = { now: new Date('2026-03-02T00:00:00Z') };
  const sent: { supplierCode: string; events: SupplierEvent[] }[] = [];
  const sim = createSimulator({
    db: t.database.db,
    clock: () => clock.now,
    sink:
      sink ??
      (async (supplierCode, events) => {
        sent.push({ supplierCode, events });
      }),
    settings: { latencyMs: 0, ...settings },
  });
  const ctx = { signal: new AbortController().signal };
  const adapter = <C extends SupplierCategory>(code: string, category: C) => {
    const found = sim.adapters.find((a) => a.supplierCode === code && a.category === category);
    if (!found) throw new Error(`no adapter ${code} ${category}`);
    return found as unknown as SupplierAdapter<C>;
  };
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const outbox = (bookingRef?: string) =>
    inSystemScope(t.database.db, (tx) =>
      (bookingRef
        ? tx.select().from(simulatorOutbox).where(eq(simulatorOutbox.bookingRef, bookingRef))
        : tx.select().from(simulatorOutbox)
      ).orderBy(simulatorOutbox.dueAt, simulatorOutbox.eventId),
    );
  return { sim, clock, sent, ctx, adapter, advance, outbox };
}

export const beijingShanghai = { originCityId: 'beijing', destinationCityId: 'shanghai', date: '2026-03-10' };

export async function firstOffer<C extends SupplierCategory>(
  adapter: SupplierAdapter<C>,
  query: Parameters<SupplierAdapter<C>['search']>[0],
  pick: (o: Offer) => boolean = () => true,
) {
  const offers = await adapter.search(query, { signal: new AbortController().signal });
  const offer = offers.find(pick);
  if (!offer) throw new Error('no offer');
  return offer;
}

export const passenger = [{ name: '张伟', phone: '13800000000' }];
