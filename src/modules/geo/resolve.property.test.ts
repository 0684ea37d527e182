import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES } from './directory.ts';
import { ambiguousSpellings, resolveCity } from './resolve.ts';
import type { City } from './types.ts';

/** Full-width forms of ASCII letters and digits (what NFKC folds back). */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const spaces = fc.constantFrom('', ' ', '  ', '\t', '\u3000', '\n');

/**
 * Every spelling of a city that must name it alone. Its pinyin is left out when the pinyin is
 * one of the documented ambiguous spellings (then it names the more prominent city: resolve.test.ts).
 */
function spellingsOf(city: City): string[] {
  const ambiguous = ambiguousSpellings();
  const pinyin = city.pinyin.replaceAll(' ', '');
  return [
    city.id,
    city.zh,
    city.zhFull,
    `${city.zh}市`,
    city.en,
    city.en.toUpperCase(),
    city.en.toLowerCase(),
    city.divisionCode,
    ...(ambiguous.has(pinyin) ? [] : [pinyin, city.pinyin]),
    ...city.stations.map((s) => s.name),
    ...city.airports.map((a) => a.iata).filter((code) => !ambiguous.has(code)),
  ];
}

describe('resolveCity (properties)', () => {
  it('takes every spelling of every city, padded and in full-width forms, to that city', () => {
    const cases = fc.constantFrom(...CITIES).chain((city) =>
      fc.record({
        city: fc.constant(city),
        spelling: fc.constantFrom(...spellingsOf(city)),
        before: spaces,
        after: spaces,
        wide: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(cases, ({ city, spelling, before, after, wide }) => {
        const text = `${before}${wide ? fullWidth(spelling) : spelling}${after}`;
        expect(resolveCity(text)?.id, JSON.stringify(text)).toBe(city.id);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for every city and every spelling, not just a sample', () => {
    const wrong: string[] = [];
    for (const city of CITIES)
      for (const s of spellingsOf(city))
        if (resolveCity(s)?.id !== city.id) wrong.push(`${s} → ${resolveCity(s)?.id ?? 'null'} (${city.id})`);
    expect(wrong).toEqual([]);
  });

  it('never throws, and answers a city or null, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }), (a, b) => {
        for (const text of [a, b, a + b]) {
          const city = resolveCity(text);
          expect(city === null || CITIES.includes(city)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
