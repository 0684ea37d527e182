import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { idCardCheckDigit } from '../rules/id-card.ts';
import { departments, ranks } from '../schema.ts';
import { chineseHeader, importColumns, type ImportColumn } from './csv-columns.ts';

/** One CSV line; cells with a comma, quote or line break are quoted. */
export const csvLine = (cells: readonly string[]): string =>
  cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

const exampleIdCard = (() => {
  const first17 = '11010519900307123';
  return first17 + idCardCheckDigit(first17);
})();

/**
 * The import template: Chinese header and one example row, with a byte-order mark so that Excel
 * opens it as UTF-8. The example uses one of the tenant's real rank and department codes when given.
 */
export function importTemplateCsv(example: { rank?: string; departmentCode?: string } = {}): string {
  const row: Record<ImportColumn, string> = {
    employeeNo: 'E00001',
    name: '张三',
    email: 'zhangsan@example.com',
    phone: '13800138000',
    rank: example.rank ?? 'P3',
    departmentCode: example.departmentCode ?? 'RD',
    managerEmployeeNo: '',
    costCentreCode: '',
    projectCodes: '',
    idCardNo: exampleIdCard,
    passportNo: 'E12345678',
    status: '在职',
  };
  return `\uFEFF${csvLine(importColumns.map((c) => chineseHeader[c]))}\r\n${csvLine(importColumns.map((c) => row[c]))}\r\n`;
}

/** The template for the tenants read: with one tenant in scope, its most junior rank and first department as the example. */
export async function employeeImportTemplate(db: Db, tenantIds: readonly string[]): Promise<string> {
  const [tenantId] = tenantIds;
  if (tenantIds.length !== 1 || tenantId === undefined) return importTemplateCsv();
  const example = await inTenantScope(db, [tenantId], async (tx) => {
    const [rank] = await tx
      .select({ code: ranks.code })
      .from(ranks)
      .where(eq(ranks.tenantId, tenantId))
      .orderBy(asc(ranks.level), asc(ranks.code))
      .limit(1);
    const [department] = await tx
      .select({ code: departments.code })
      .from(departments)
      .where(eq(departments.tenantId, tenantId))
      .orderBy(asc(departments.code))
      .limit(1);
    return { rank: rank?.code, departmentCode: department?.code };
  });
  return importTemplateCsv(example);
}
