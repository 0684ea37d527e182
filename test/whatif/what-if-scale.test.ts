import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CarOption, FlightOption, HotelOption, TrainOption } from '../../src/modules/policy/index.ts';
import { runWhatIf, type PastBooking, type PastBookingSource } from '../../src/modules/whatif/index.ts';
import { saveStricterDraft } from './history.ts';
import { uploadCsv, ok, whatIfKit, type WhatIfKit } from './what-if-kit.ts';

/**
 * 10,000 past orders of the tenant's employees (an in-memory source standing in for orders) and
 * 2,000 imported by CSV, replayed under a draft: the figures are printed for the report.
 */

let k: WhatIfKit;
beforeAll(async () => {
  k = await whatIfKit();
});
afterAll(async () => {
  await k?.close();
});

const MARCH = Date.parse('2025-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function optionOf(i: number, at: number): FlightOption | HotelOption | TrainOption | CarOption {
  const departure = at + 6 * 86_400_000;
  switch (i % 4) {
    case 0:
      return {
        category: 'flight',
        cabin: i % 17 === 0 ? 'business' : 'economy',
        fareFen: 80_000 + (i % 13) * 10_000,
        fullEconomyFareFen: 185_000,
        businessFareFen: 520_000,
        lowestFareInWindowFen: 80_000,
        departureAt: iso(departure),
        arrivalAt: iso(departure + 135 * 60_000),
        durationMinutes: 135,
        bookingAt: iso(at),
        origin: 'shanghai',
        destination: 'beijing',
      };
    case 1:
      return {
        category: 'hotel',
        cityCode: i % 3 === 0 ? 'shanghai' : 'chengdu',
        nightlyRateFen: 30_000 + (i % 11) * 5_000,
        stars: 3 + (i % 3),
        checkIn: '2025-03-10',
        checkOut: '2025-03-12',
      };
    case 2:
      return {
        category: 'train',
        trainType: 'G',
        seatClass: i % 5 === 0 ? 'first' : 'second',
        fareFen: 55_300,
        departureAt: iso(departure),
        durationMinutes: 268,
        overnight: false,
        origin: 'beijing',
        destination: 'shanghai',
      };
    default:
      return {
        category: 'car',
        serviceLevel: 'comfort',
        estimatedFareFen: 5_000 + (i % 9) * 5_000,
        pickupAt: iso(at),
        purpose: 'business_trip',
      };
  }
}

it('replays 10,000 orders and 2,000 imported bookings and reports how long it took', async () => {
  const draft = await saveStricterDraft(k);
  const staff = await k.t.db.database.query<{ id: string; employee_no: string }>(
    'select id, employee_no from employees where tenant_id = $1 order by employee_no',
    [k.huachen],
  );
  const orders: PastBooking[] = Array.from({ length: 10_000 }, (_, i) => {
    const at = MARCH + (i % 28) * 86_400_000 + (i % 600) * 60_000;
    const option = optionOf(i, at);
    return {
      id: `o${i}`,
      reference: `HT${i}`,
      source: 'order',
      bookedAt: new Date(at),
      traveller: { employeeId: staff[i % staff.length]?.id ?? null, rankCode: null, departmentId: null },
      category: option.category,
      option,
      amountFen: 10_000 + (i % 50) * 1_000,
      departmentId: null,
      recorded: { policyVersionId: draft.publishedId, outcome: 'allow', compliant: true },
    };
  });
  // Chunks, as a database-backed source yields them.
  const source: PastBookingSource = async function* () {
    for (let i = 0; i < orders.length; i += 2_000) yield orders.slice(i, i + 2_000);
  };
  const header = '外部单号,预订时间,类别,金额,工号,用车等级,票价,出发时间';
  const rows = Array.from(
    { length: 2_000 },
    (_, i) =>
      `IMP${i},2025-03-${String((i % 28) + 1).padStart(2, '0')} 09:00,用车,${50 + (i % 400)},${staff[i % staff.length]?.employee_no ?? ''},舒适型,${50 + (i % 400)},2025-03-${String((i % 28) + 1).padStart(2, '0')} 09:30`,
  );
  const importStarted = performance.now();
  ok(await uploadCsv(k.admin, [header, ...rows].join('\n')));
  const importMs = performance.now() - importStarted;

  const started = performance.now();
  const report = await runWhatIf(k.t.db.database.db, {
    tenantId: k.huachen,
    policyId: draft.policyId,
    draftPolicyVersionId: draft.draftId,
    from: '2025-03-01',
    to: '2025-03-31',
    sources: [source, (await import('../../src/modules/whatif/index.ts')).importedBookingSource],
  });
  const wallMs = performance.now() - started;
  expect(report.bookings.read).toBe(12_000);
  expect(report.bookings.replayed + report.bookings.outOfScope + report.bookings.skipped).toBe(12_000);
  expect(report.changedCount).toBeGreaterThan(0);
  // About 0.5 s alone on this 2-core machine; generous, as other test files share the cores.
  expect(report.timing.replayMs).toBeLessThan(5_000);
  console.log(
    JSON.stringify({
      bench: 'what-if',
      bookings: report.bookings.read,
      replayed: report.bookings.replayed,
      changed: report.changedCount,
      replay_ms: report.timing.replayMs,
      total_ms: report.timing.totalMs,
      wall_ms: Math.round(wallMs),
      csv_import_2000_rows_ms: Math.round(importMs),
    }),
  );
});
