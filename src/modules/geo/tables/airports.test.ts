import { getAirportByCountryCode, getAirportByIata } from 'airport-data-js';
import { describe, expect, it } from 'vitest';
import { AIRPORTS } from './airports.ts';

/**
 * Airports that OurAirports marks as having scheduled service but the table leaves out, and why.
 * When airport-data-js is upgraded and lists a new one, the test below names it: add it to the
 * table (or here, with the reason).
 */
const NOT_LISTED: Readonly<Record<string, string>> = {
  BFY: '蚌埠滕湖: test flights in December 2025, not yet in service when the table was made',
  LSG: '乐山: calibration flights in January 2026, not yet in service when the table was made',
  DAX: '达州河市: closed, replaced by 达州金垭 DZH',
  CBZ: '滨州大高: general aviation',
  DFA: '丹凤商镇: general aviation',
  LFH: '兰坪丰华: general aviation',
  PFA: '哈尔滨平房: not a passenger airport',
  WHN: '武汉汉南: general aviation',
  YEH: '银川贺兰山: not a passenger airport',
  BKV: 'small regional airport (包头 达茂旗) not verified',
  DWS: 'small regional airport (呼伦贝尔 莫力达瓦旗) not verified',
  LXI: 'small regional airport (赤峰 林西) not verified',
  OTO: 'small regional airport (鄂尔多斯 鄂托克旗) not verified',
  OTQ: 'small regional airport (鄂尔多斯 鄂托克前旗) not verified',
  WSQ: 'small regional airport (鄂尔多斯 乌审旗) not verified',
  LCS: 'small regional airport (德宏 陇川) not verified',
  WRH: 'small regional airport (克拉玛依 乌尔禾) not verified',
};

describe('the airport table against OurAirports (airport-data-js)', () => {
  it('lists only airports in China', async () => {
    const missing: string[] = [];
    for (const [cityId, iata] of AIRPORTS) {
      const found = await getAirportByIata(iata);
      const airport = Array.isArray(found) ? found[0] : found;
      if (airport?.country_code !== 'CN') missing.push(`${cityId} ${iata}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists every Chinese airport with scheduled service there, or says why not', async () => {
    const ours = new Set(AIRPORTS.map(([, iata]) => iata));
    const scheduled = (await getAirportByCountryCode('CN')).filter((a) => a.scheduled_service === 'TRUE' && /^[A-Z]{3}$/.test(a.iata));
    expect(scheduled.length).toBeGreaterThan(250);
    expect(scheduled.filter((a) => !ours.has(a.iata) && !NOT_LISTED[a.iata]).map((a) => `${a.iata} ${a.airport}`)).toEqual([]);
  });
});
