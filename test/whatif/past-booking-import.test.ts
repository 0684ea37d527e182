import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, historyCsv, people, type People } from './history.ts';
import { ok, refused, uploadCsv, whatIfKit, type WhatIfKit } from './what-if-kit.ts';

let k: WhatIfKit;
let p: People;
beforeAll(async () => {
  k = await whatIfKit();
  p = await people(k);
});
afterAll(async () => {
  await k?.close();
});

interface RowError {
  row: number;
  column: string | null;
  code: string;
}
const count = async () =>
  (await k.one<{ n: number }>('select count(*)::int as n from imported_bookings where tenant_id = $1', [k.huachen])).n;
const errorsOf = (body: { details?: Record<string, unknown> }) => (body.details?.errors ?? []) as RowError[];

describe('past bookings by CSV', () => {
  it('refuses a file with errors as a whole, listing them by line and column', async () => {
    const good = historyCsv(p).split('\r\n');
    const csv = [
      HEADER,
      good[1],
      // line 3: no such employee and no rank to fall back on; line 4: a hotel without its nightly rate and a bad amount.
      `Z1,2025-03-01 10:00,酒店,100,NOSUCH,,,,,,,,,,,,,,,,上海,300,3,2025-03-10,2025-03-11,,`,
      `Z2,2025-03-01 10:00,酒店,abc,${p.staffNo},,,,,,,,,,,,,,,,上海,,3,2025-03-10,2025-03-11,,`,
      good[2],
      // line 6: the same reference as line 2; an arrival before the departure.
      good[1]?.replace('2025-03-13', '2025-03-09'),
      `F9,2025-03-01 10:00,机票,100,${p.staffNo},,,,,上海,火星,2025-03-10 08:00,2025-03-10 07:00,经济舱,100,1850,,,,,,,,,,,`,
    ].join('\n');
    const before = await count();
    const body = refused(await uploadCsv(k.admin, csv), 422, 'IMPORT_INVALID');
    expect(errorsOf(body).map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '工号', 'unknown_employee'],
      [4, '金额', 'invalid'],
      [4, '每晚房价', 'required'],
      [6, '离店日期', 'invalid'],
      [6, '外部单号', 'duplicate_in_file'],
      [7, '到达城市', 'unknown_city'],
    ]);
    expect(await count()).toBe(before);
  });

  it('checks the header: unknown and missing columns on line 1', async () => {
    const body = refused(await uploadCsv(k.admin, '外部单号,类别,金额,颜色\nA,机票,1\n'), 422, 'IMPORT_INVALID');
    expect(errorsOf(body).map((e) => [e.row, e.code, e.column])).toEqual([
      [1, 'unknown_column', '颜色'],
      [1, 'missing_column', '预订时间'],
    ]);
    refused(await uploadCsv(k.admin, `${HEADER}\n`), 422, 'IMPORT_INVALID');
  });

  it('imports with English headers too, once: a second import of the same orders is refused; a batch deleted is gone', async () => {
    const english =
      'external_reference,booked_at,category,amount,employee_no,car_level,fare,departure_at\nE-1,2025-03-01T02:00:00Z,car,50,' +
      `${p.staffNo},comfort,50,2025-03-01 10:30\n`;
    const dry = ok<{ batchId: string | null; imported: number; dryRun: boolean }>(await uploadCsv(k.admin, english, '?dryRun=true'));
    expect(dry).toEqual({ batchId: null, imported: 1, totalFen: 5_000, dryRun: true });
    const first = ok<{ batchId: string; imported: number }>(await uploadCsv(k.admin, english));
    expect(first.imported).toBe(1);
    const again = refused(await uploadCsv(k.admin, english), 422, 'IMPORT_INVALID');
    expect(errorsOf(again).map((e) => [e.row, e.code])).toEqual([[2, 'duplicate']]);

    const batches = ok<{ items: { id: string; rowCount: number; totalFen: number }[] }>(await k.admin.get('/api/v1/what-if/imports')).items;
    expect(batches.find((b) => b.id === first.batchId)).toMatchObject({ rowCount: 1, totalFen: 5_000 });
    const events = await k.t.db.database.query<{ type: string }>('select type from timeline_events where entity_id = $1 order by seq', [
      first.batchId,
    ]);
    expect(events.map((e) => e.type)).toEqual(['whatif.bookings_imported']);
    expect((await k.admin.del(`/api/v1/what-if/imports/${first.batchId}`)).statusCode).toBe(204);
    refused(await k.admin.del(`/api/v1/what-if/imports/${first.batchId}`), 404, 'NOT_FOUND');
    const audit = await k.t.db.database.query<{ action: string }>('select action from audit_log where entity_id = $1 order by seq', [
      first.batchId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['whatif.bookings_imported', 'whatif.bookings_import_deleted']);
    // The orders may be imported again once their batch is gone.
    ok(await uploadCsv(k.admin, english));
  });

  it('serves a template that imports as it is', async () => {
    const res = await k.admin.get('/api/v1/what-if/imports/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body.startsWith('\uFEFF外部单号,预订时间,类别,金额')).toBe(true);
    const dry = ok<{ imported: number }>(await uploadCsv(k.admin, res.body, '?dryRun=true'));
    expect(dry.imported).toBe(4);
  });
});
