import data from './generated/coordinates.generated.json' with { type: 'json' };

/**
 * Where cities and airports are (WGS 84 degrees), from the generated table
 * (scripts/generate-geo-coordinates.ts: OurAirports via airport-data-js). A city's position is the
 * mean of its main airports — within a few tens of kilometres of its centre, which is what
 * distances between cities need; a city with no airport nearby has none (null).
 */
export interface LatLon {
  lat: number;
  lon: number;
}

type Table = Readonly<Record<string, readonly number[]>>;

function pointsOf(table: Table): ReadonlyMap<string, LatLon> {
  const out = new Map<string, LatLon>();
  for (const [key, [lat, lon]] of Object.entries(table)) {
    if (lat === undefined || lon === undefined) throw new Error(`coordinates.generated.json: ${key} has no position`);
    out.set(key, Object.freeze({ lat, lon }));
  }
  return out;
}

const CITY_POINTS = pointsOf(data.cities);
const AIRPORT_POINTS = pointsOf(data.airports);

/** The city's position, or null when the directory has none for it. */
export function cityLocation(cityId: string): LatLon | null {
  return CITY_POINTS.get(cityId) ?? null;
}

/** The airport's position by IATA code, or null. */
export function airportLocation(iata: string): LatLon | null {
  return AIRPORT_POINTS.get(iata) ?? null;
}

/** Ids of the cities that have a position. */
export function locatedCityIds(): readonly string[] {
  return [...CITY_POINTS.keys()];
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
