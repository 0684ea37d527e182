import { answer, client } from './client';
import type { CityQuery } from './types';

/** The geo directory: cities of mainland China (reference data, the same for every enterprise). */
export const geoApi = {
  cities: (query: CityQuery = {}, signal?: AbortSignal) => answer(client.GET('/api/v1/geo/cities', { params: { query }, signal })),
  city: (id: string) => answer(client.GET('/api/v1/geo/cities/{id}', { params: { path: { id } } })),
};
