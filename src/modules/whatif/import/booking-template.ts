import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { csvLine, departments, employees, ranks } from '../../org/index.ts';
import { bookingColumns, chineseBookingHeader, type BookingColumn } from './booking-columns.ts';

const blank: Record<BookingColumn, string> = Object.fromEntries(bookingColumns.map((c) => [c, ''])) as Record<BookingColumn, string>;

/** One example row per category, with the tenant's codes where given. */
function examples(employeeNo: string, departmentCode: string, rank: string): Record<BookingColumn, string>[] {
  const common = { employeeNo, departmentCode: '', rank: '', supplier: '携程商旅' };
  return [
    {
      ...blank,
      ...common,
      reference: 'CT20250301001',
      bookedAt: '2025-03-01 10:15',
      category: '机票',
      amount: '1330',
      origin: '北京',
      destination: '上海',
      departureAt: '2025-03-10 08:00',
      arrivalAt: '2025-03-10 10:15',
      flightNo: 'CA1501',
      cabin: '经济舱',
      fare: '1280',
      fullEconomyFare: '1850',
      businessFare: '5200',
      lowestFare: '980',
    },
    {
      ...blank,
      ...common,
      reference: 'CT20250301002',
      bookedAt: '2025-03-01 10:20',
      category: '酒店',
      amount: '1160',
      city: '上海',
      hotelName: '全季酒店（上海人民广场店）',
      nightlyRate: '580',
      stars: '3',
      checkIn: '2025-03-10',
      checkOut: '2025-03-12',
    },
    {
      ...blank,
      ...common,
      employeeNo: '',
      rank,
      departmentCode,
      travellerName: '外部顾问',
      reference: 'CT20250302003',
      bookedAt: '2025-03-02 09:00',
      category: '火车',
      amount: '553',
      origin: '北京',
      destination: '上海',
      departureAt: '2025-03-11 09:00',
      arrivalAt: '2025-03-11 13:28',
      trainNo: 'G5',
      seatClass: '二等座',
      fare: '553',
    },
    {
      ...blank,
      ...common,
      reference: 'CT20250303004',
      bookedAt: '2025-03-03 21:40',
      category: '用车',
      amount: '86',
      departureAt: '2025-03-03 21:45',
      destination: '上海',
      carLevel: '舒适型',
      carPurpose: '加班',
      fare: '86',
    },
  ];
}

/**
 * The import template: Chinese header and one example row per category, with a byte-order mark so
 * that Excel opens it as UTF-8.
 */
export function bookingImportTemplateCsv(
  example: { employeeNo?: string | undefined; departmentCode?: string | undefined; rank?: string | undefined } = {},
): string {
  const rows = examples(example.employeeNo ?? 'E00001', example.departmentCode ?? 'RD', example.rank ?? 'P3');
  const lines = [csvLine(bookingColumns.map((c) => chineseBookingHeader[c])), ...rows.map((r) => csvLine(bookingColumns.map((c) => r[c])))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The template for the tenant in scope, its first employee, department and most junior rank as the examples. */
export async function bookingImportTemplate(db: Db, tenantIds: readonly string[]): Promise<string> {
  const [tenantId] = tenantIds;
  if (tenantIds.length !== 1 || tenantId === undefined) return bookingImportTemplateCsv();
  const example = await inTenantScope(db, [tenantId], async (tx) => {
    const [employee] = await tx
      .select({ no: employees.employeeNo })
      .from(employees)
      .where(eq(employees.tenantId, tenantId))
      .orderBy(asc(employees.employeeNo))
      .limit(1);
    const [department] = await tx
      .select({ code: departments.code })
      .from(departments)
      .where(eq(departments.tenantId, tenantId))
      .orderBy(asc(departments.code))
      .limit(1);
    const [rank] = await tx.select({ code: ranks.code }).from(ranks).where(eq(ranks.tenantId, tenantId)).orderBy(asc(ranks.level)).limit(1);
    return { employeeNo: employee?.no, departmentCode: department?.code, rank: rank?.code };
  });
  return bookingImportTemplateCsv(example);
}
