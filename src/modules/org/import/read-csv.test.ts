import { describe, expect, it } from 'vitest';
import { decodeCsv, readCsv } from './read-csv.ts';

describe('readCsv', () => {
  it('numbers records by the line they start on, skipping blank lines, with any line ending and a BOM', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = '\uFEFF' + ['工号,姓名', 'A1,张三', '', 'A2,"李', '四"', ',', 'A3,王五'].join(nl);
      const read = readCsv(text);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.records.map((r) => [r.line, r.cells[0]])).toEqual([
        [1, '工号'],
        [2, 'A1'],
        [4, 'A2'],
        [7, 'A3'],
      ]);
      expect(read.records[2]?.cells[1]).toBe('李\n四');
    }
  });

  it('reports a broken file with its line', () => {
    const read = readCsv('工号,姓名\nA1,"张三\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({ code: 'malformed', row: 2, column: null });
  });

  it('decodes UTF-8 and, failing that, GBK (Excel’s plain "CSV" on Chinese Windows)', () => {
    const utf8 = Buffer.from('\uFEFF工号,姓名\n', 'utf8');
    // The decoder drops the byte-order mark (readCsv would, too).
    expect(decodeCsv(utf8)).toBe('工号,姓名\n');
    const gbk = Buffer.from([0xb9, 0xa4, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb]); // 工号,姓名 in GBK
    expect(decodeCsv(gbk)).toBe('工号,姓名');
    expect(decodeCsv(gbk, 'GBK')).toBe('工号,姓名');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 instead of decoding them to U+FFFD', () => {
    const neither = Buffer.from([0x41, 0xff, 0xff, 0xff]);
    expect(() => decodeCsv(neither)).toThrow(expect.objectContaining({ code: 'INVALID_TEXT' }));
    expect(() => decodeCsv(neither, 'gbk')).toThrow(expect.objectContaining({ code: 'INVALID_TEXT' }));
  });
});
