import { api } from './client';
import type { City, ItemList } from './types';

export interface CityQuery {
  /** Chinese, pinyin, initials, English or a code; every city when absent. */
  q?: string;
  tier?: City['tier'];
  limit?: number;
}

/** The geo directory: cities of mainland China (reference data, the same for every enterprise). */
export const geoApi = {
  cities: (query: CityQuery = {}, signal?: AbortSignal) => api.get<ItemList<City>>('/geo/cities', { query: { ...query }, signal }),
  city: (id: string) => api.get<City>(`/geo/cities/${encodeURIComponent(id)}`),
};
