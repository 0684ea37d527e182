/**
 * The geo directory (城市目录): the one home for the cities of mainland China — ids, names in
 * Chinese, English and pinyin, division codes, tiers, airports and railway stations — and the one
 * resolver from whatever a person or a supplier writes to a city. Pure and in memory: the data is
 * built once when this module loads. See README.md.
 */
export type { Airport, City, CityLevel, CityTier, Province, Station } from './types.ts';
export { CITY_TIERS } from './types.ts';
export { CITIES, cityById, listCities } from './directory.ts';
export type { ResolveOptions } from './resolve.ts';
export { ambiguousSpellings, resolveCity, resolveCityId, tierOf } from './resolve.ts';
export type { SearchOptions } from './search.ts';
export { searchCities } from './search.ts';
export { TIER_RANKING } from './tables/city-tiers.ts';
export { DIVISION_SOURCE } from './division-data.ts';
export { geoRoutes } from './routes.ts';
export type { LatLon } from './location.ts';
export { airportLocation, cityLocation, distanceKm, locatedCityIds } from './location.ts';
