import airportData from 'airport-data-js';
import { AIRPORTS, IATA_CITIES } from '../tables/airports.ts';

/**
 * Airports away from passenger service that OurAirports (airport-data-js) places in a city the
 * airport table leaves without one: their position stands for the city's. Checked by hand — the
 * airport is in the city's territory (苏州光福 SZV is 苏州 of 江苏, not 宿州).
 */
const STAND_INS: Readonly<Record<string, string>> = {
  suzhou: 'SZV',
  xingtai: 'XNT',
  shuozhou: 'SZH',
  jilin: 'JIL',
  zhenjiang: 'AZJ',
  bengbu: 'BFU',
  binzhou: 'CBZ',
  leshan: 'LSG',
  tumushuke: 'TWC',
};

type Point = readonly [lat: number, lon: number];

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

async function pointOf(iata: string): Promise<Point> {
  const found = await airportData.getAirportByIata(iata);
  const airport = Array.isArray(found) ? found[0] : found;
  if (!airport || airport.country_code !== 'CN') throw new Error(`airport-data-js has no Chinese airport ${iata}`);
  return [round4(airport.latitude), round4(airport.longitude)];
}

/**
 * The generated file's text: every airport of the table with its position, and each city's
 * position — the mean of its main airports (PEK and PKX for 北京: near enough to the centre for
 * distances between cities), else its first airport, else a stand-in airport; cities with none
 * are left out.
 */
export async function generateCoordinatesText(): Promise<{ text: string; cities: number }> {
  const airports: Record<string, Point> = {};
  for (const [, iata] of AIRPORTS) airports[iata] = await pointOf(iata);
  const byCity = new Map<string, string[]>();
  for (const [cityId, iata] of AIRPORTS) byCity.set(cityId, [...(byCity.get(cityId) ?? []), iata]);
  const mainOf = new Map(Object.values(IATA_CITIES).map((c) => [c.cityId, c.airports]));
  const cities: Record<string, Point> = {};
  for (const [cityId, list] of [...byCity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const main = mainOf.get(cityId) ?? [list[0] ?? ''];
    const points = main.map((iata) => airports[iata]).filter((p): p is Point => p !== undefined);
    cities[cityId] = [round4(mean(points.map((p) => p[0]))), round4(mean(points.map((p) => p[1])))];
  }
  for (const [cityId, iata] of Object.entries(STAND_INS)) cities[cityId] = await pointOf(iata);
  const sorted = Object.fromEntries(Object.entries(cities).sort(([a], [b]) => a.localeCompare(b)));
  const data = {
    source: { package: 'airport-data-js', data: 'OurAirports positions of the airports in tables/airports.ts (WGS 84, degrees)' },
    airports: Object.fromEntries(Object.entries(airports).sort(([a], [b]) => a.localeCompare(b))),
    cities: sorted,
  };
  const text = `{\n  "source": ${JSON.stringify(data.source)},\n  "airports": {\n${lines(data.airports)}\n  },\n  "cities": {\n${lines(data.cities)}\n  }\n}\n`;
  return { text, cities: Object.keys(sorted).length };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function lines(rows: Record<string, Point>): string {
  return Object.entries(rows)
    .map(([key, [lat, lon]]) => `    ${JSON.stringify(key)}: [${lat}, ${lon}]`)
    .join(',\n');
}
