import type { Db } from '../../platform/db/database.ts';
import { listAudit, type AuditLabellers, type AuditQuery } from './list-audit.ts';
import { entityTypeName, type SentenceLang } from './sentences/index.ts';

/** Rows read per page while exporting: memory stays bounded whatever the size of the log. */
export const EXPORT_PAGE = 500;
/** Excel reads UTF-8 (and so Chinese) only when the file starts with this mark. */
export const UTF8_BOM = '\uFEFF';

const headers: Record<SentenceLang, string[]> = {
  'zh-CN': ['时间（北京时间）', '操作人', '事件', '对象类型', '对象', '操作编码', '请求编号'],
  en: ['Time (China)', 'Actor', 'Event', 'Entity type', 'Entity', 'Action code', 'Request id'],
};

/** A CSV field: quoted when it must be, and never read by a spreadsheet as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** "2026-12-07 18:30:05" in China time. */
export function chinaDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 60 * 60 * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The filtered audit log as CSV, newest first: a BOM, a header row, then one line per entry,
 * produced page by page (keyset pagination), so the export streams instead of loading every row.
 */
export async function* exportAuditCsv(
  db: Db,
  query: Omit<AuditQuery, 'cursor' | 'limit'> & { lang: SentenceLang },
  labellers: AuditLabellers = {},
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(headers[query.lang]);
  let cursor: string | undefined;
  do {
    const page = await listAudit(db, { ...query, cursor, limit: EXPORT_PAGE }, labellers);
    yield page.items
      .map((e) =>
        csvLine([
          chinaDateTime(e.at),
          e.actorName,
          e.sentence,
          entityTypeName(e.entityType, query.lang),
          e.entityLabel ?? '',
          e.action,
          e.requestId ?? '',
        ]),
      )
      .join('');
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
