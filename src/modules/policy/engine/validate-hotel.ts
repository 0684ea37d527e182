/**
 * Checks of a hotel nightly cap's params: rank bands (every tier capped, no two bands for the same
 * level) and peak seasons (real dates, no two overlapping in the same city).
 */
import { dayNumberOfDate } from '../../../platform/time/china-time.ts';
import { CITY_TIERS } from '../../geo/index.ts';
import type { Obj, Problems } from './validate-fields.ts';

interface Range {
  from: number;
  to: number;
}

function overlaps(a: Range, b: Range): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function bands(p: Obj, at: string, out: Problems): void {
  if (Array.isArray(p.bands) && p.bands.length === 0) out.add(`${at}.bands`, 'needs at least one band');
  const ranges: (Range | null)[] = [];
  out.listOf(p.bands, `${at}.bands`, false, (band, path) => {
    ranges.push(null);
    if (!out.obj(band, path)) return;
    const minOk = band.minRankLevel === undefined || out.int(band.minRankLevel, `${path}.minRankLevel`, 1);
    const maxOk = band.maxRankLevel === undefined || out.int(band.maxRankLevel, `${path}.maxRankLevel`, 1);
    const from = typeof band.minRankLevel === 'number' ? band.minRankLevel : -Infinity;
    const to = typeof band.maxRankLevel === 'number' ? band.maxRankLevel : Infinity;
    if (minOk && maxOk && from > to) out.add(path, 'minRankLevel is above maxRankLevel');
    else if (minOk && maxOk) ranges[ranges.length - 1] = { from, to };
    if (out.obj(band.tierCapsFen, `${path}.tierCapsFen`)) {
      const caps = band.tierCapsFen;
      for (const tier of CITY_TIERS) out.fen(caps[tier], `${path}.tierCapsFen.${tier}`);
      for (const key of Object.keys(caps))
        if (!(CITY_TIERS as readonly string[]).includes(key))
          out.add(`${path}.tierCapsFen.${key}`, `unknown city tier; one of ${CITY_TIERS.join(', ')}`);
    }
    if (band.cityCapsFen !== undefined && out.obj(band.cityCapsFen, `${path}.cityCapsFen`)) {
      for (const [city, cap] of Object.entries(band.cityCapsFen)) {
        if (city.trim() === '') out.add(`${path}.cityCapsFen`, 'has an empty city code');
        out.fen(cap, `${path}.cityCapsFen.${city}`);
      }
    }
  });
  ranges.forEach((r, j) => {
    const i = r === null ? -1 : ranges.findIndex((q, k) => k < j && q !== null && overlaps(q, r));
    if (i >= 0) out.add(`${at}.bands.${j}`, `covers rank levels that band ${i} already covers (the first matching band wins)`);
  });
}

interface Season extends Range {
  name: string;
  cities: Set<string> | null;
}

function seasons(p: Obj, at: string, out: Problems): void {
  const valid: (Season | null)[] = [];
  out.listOf(p.peakSeasons, `${at}.peakSeasons`, true, (s, path) => {
    valid.push(null);
    if (!out.obj(s, path)) return;
    out.text(s.name, `${path}.name`);
    const from = typeof s.from === 'string' ? dayNumberOfDate(s.from) : Number.NaN;
    const to = typeof s.to === 'string' ? dayNumberOfDate(s.to) : Number.NaN;
    if (Number.isNaN(from)) out.add(`${path}.from`, 'must be a date YYYY-MM-DD');
    if (Number.isNaN(to)) out.add(`${path}.to`, 'must be a date YYYY-MM-DD');
    if (from > to) out.add(path, 'from is after to');
    if (typeof s.upliftPercent !== 'number' || !(s.upliftPercent > 0 && s.upliftPercent <= 1000)) {
      out.add(`${path}.upliftPercent`, 'must be a percentage above 0 and at most 1000');
    }
    out.listOf(s.cityCodes, `${path}.cityCodes`, true, (c, cPath) => out.text(c, cPath));
    const cities = Array.isArray(s.cityCodes) && s.cityCodes.length > 0 ? new Set(s.cityCodes.map(String)) : null;
    if (from <= to) valid[valid.length - 1] = { from, to, name: typeof s.name === 'string' ? s.name : '', cities };
  });
  valid.forEach((s, j) => {
    if (s === null) return;
    valid.forEach((q, i) => {
      if (i >= j || q === null || !overlaps(q, s)) return;
      const shared = s.cities === null ? q.cities : q.cities === null ? s.cities : new Set([...s.cities].filter((c) => q.cities?.has(c)));
      if (shared !== null && shared.size === 0) return;
      const where = shared === null ? 'every city' : [...shared].join(', ');
      out.add(`${at}.peakSeasons.${j}`, `overlaps peak season ${i} (${q.name}) in ${where}`);
    });
  });
}

export function validateHotelCap(p: Obj, at: string, out: Problems): void {
  bands(p, at, out);
  seasons(p, at, out);
}
