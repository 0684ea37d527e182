import { parse } from 'csv-parse/sync';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { ImportError } from './import-error.ts';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; error: ImportError };

const notText = () => new AppError('INVALID_TEXT', 'The file is neither UTF-8 nor GBK/GB18030 text', { part: 'body', path: '' });

/**
 * Text of an uploaded file: UTF-8 (with or without Excel's byte-order mark), or — what Excel on a
 * Chinese Windows saves as plain "CSV" — GB18030/GBK, recognised because it is not valid UTF-8.
 * Bytes that are neither are refused (INVALID_TEXT) rather than decoded into U+FFFD.
 */
export function decodeCsv(body: Buffer | string, charset?: string): string {
  if (typeof body === 'string') return body;
  const declared = charset?.trim().toLowerCase();
  const gb18030 = (bytes: Buffer) => {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw notText();
    }
  };
  if (declared !== undefined && ['gbk', 'gb2312', 'gb18030'].includes(declared)) return gb18030(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return gb18030(body);
  }
}

/** Parses CSV text into records with their line numbers; blank lines are skipped. */
export function readCsv(text: string): CsvReadResult {
  // One line-ending convention, so line numbers count the way an editor shows them.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let parsed: string[][];
  const endLines: number[] = [];
  try {
    parsed = parse(normalised, {
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record: string[], context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (err) {
    const lines = typeof err === 'object' && err !== null && 'lines' in err && typeof err.lines === 'number' ? err.lines : 1;
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { row: lines, column: null, code: 'malformed', message: `The file is not valid CSV: ${reason}` } };
  }
  const records = parsed
    .map((cells, i) => {
      // The parser counts lines up to the record's end; quoted cells may span lines.
      const inner = cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: (endLines[i] ?? 0) - inner, cells };
    })
    // A line of only commas (Excel leaves those) is as blank as an empty one.
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { ok: true, records };
}
