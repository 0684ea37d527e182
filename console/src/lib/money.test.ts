import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { inLanguage } from '../testing/language';
import { fenToYuanText, formatFen, yuanToFen } from './money';

vi.mock('../i18n', async () => (await import('../testing/language')).i18nModule);

/** Amounts up to ¥10 billion: well past any trip, well inside exact doubles. */
const fen = fc.integer({ min: 0, max: 1_000_000_000_000 });

describe('yuanToFen (what the user types)', () => {
  it('reads yuan with a symbol, thousands separators, spaces and up to two decimals', () => {
    expect(yuanToFen('1580')).toBe(158000);
    expect(yuanToFen('1,580.5')).toBe(158050);
    expect(yuanToFen('¥1580')).toBe(158000);
    expect(yuanToFen('￥ 1 580.05')).toBe(158005);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('5.')).toBe(500);
    expect(yuanToFen('0')).toBe(0);
  });

  it('refuses what is not an amount ≥ 0 with at most two decimals', () => {
    for (const text of ['', '  ', 'abc', '-5', '1.234', '.5', '1.2.3', '1e3', '¥', '12元']) {
      expect(yuanToFen(text), text).toBeNull();
    }
  });
});

describe('fenToYuanText (what an input shows)', () => {
  it('shows plain yuan without trailing zeros, and nothing for no amount', () => {
    expect(fenToYuanText(158000)).toBe('1580');
    expect(fenToYuanText(158050)).toBe('1580.5');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(fenToYuanText(null)).toBe('');
    expect(fenToYuanText(undefined)).toBe('');
    expect(fenToYuanText(Number.NaN)).toBe('');
  });

  it('reads back as the same fen', () => {
    fc.assert(fc.property(fen, (f) => yuanToFen(fenToYuanText(f)) === f));
  });
});

describe('formatFen (amounts on screen)', () => {
  it('shows whole yuan without decimals and other amounts with two, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      inLanguage(lang);
      expect(formatFen(158000), lang).toBe('¥1,580');
      expect(formatFen(158050), lang).toBe('¥1,580.50');
      expect(formatFen(5), lang).toBe('¥0.05');
      expect(formatFen(-250000), lang).toBe('-¥2,500');
      expect(formatFen(null), lang).toBe('');
      expect(formatFen(Number.POSITIVE_INFINITY), lang).toBe('');
    }
  });

  it('can be typed back in as the same amount', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      inLanguage(lang);
      fc.assert(fc.property(fen, (f) => yuanToFen(formatFen(f)) === f));
    }
  });
});
