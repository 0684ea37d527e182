/**
 * The console's copy of the geo directory (GET /geo/cities): every city's names and tier, loaded
 * once after sign-in, so lists and summaries can name a city by its id ('beijing' → 北京 /
 * Beijing). Searching goes to the server (CitySelect); this copy only names. Components that name
 * cities call useCityDirectory() so they re-render once the directory has arrived.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { geoApi } from '../api/geo';
import type { City } from '../api/types';
import { zhEn } from './localized';

export type CityTier = City['tier'];

/** What the console keeps of a city. */
export interface CityName {
  id: string;
  zh: string;
  en: string;
  tier: CityTier;
  province: string;
  provinceEn: string;
}

/** More than the 359 cities of the directory: the whole list in one page. */
const ALL = 400;

const byId = new Map<string, CityName>();
const listeners = new Set<() => void>();
let version = 0;
let loading: Promise<void> | null = null;

const nameOf = (c: City): CityName => ({ id: c.id, zh: c.zh, en: c.en, tier: c.tier, province: c.province.zh, provinceEn: c.province.en });

/** Adds cities to the copy (the directory's answers; search results on the way). */
export function rememberCities(cities: readonly City[]): void {
  let added = false;
  for (const c of cities) {
    if (!byId.has(c.id)) added = true;
    byId.set(c.id, nameOf(c));
  }
  if (added) {
    version += 1;
    for (const listener of listeners) listener();
  }
}

/** Loads the whole directory once (again after a failure). */
export function loadCityDirectory(): Promise<void> {
  loading ??= geoApi
    .cities({ limit: ALL })
    .then((list) => rememberCities(list.items))
    .catch(() => {
      loading = null;
    });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Subscribes the component to the directory (and starts loading it); returns a version that changes when it grows. */
export function useCityDirectory(): number {
  useEffect(() => {
    void loadCityDirectory();
  }, []);
  return useSyncExternalStore(subscribe, () => version);
}

export function cityById(id: string): CityName | undefined {
  return byId.get(id);
}

/** A city's name in the current language; an id the directory does not know shows as given. */
export function cityLabel(id: string): string {
  const city = byId.get(id);
  return city ? zhEn(city.zh, city.en) : id;
}

/**
 * The city id for a city as a request stores it: an id ('beijing'), a Chinese name with or
 * without 市 ('上海', '上海市') or an English name; the text itself when the directory does not
 * know it (the server resolves every spelling the same way).
 */
export function cityIdOf(text: string): string {
  const trimmed = text.trim();
  if (byId.has(trimmed)) return trimmed;
  const bare = trimmed.endsWith('市') && trimmed.length > 2 ? trimmed.slice(0, -1) : trimmed;
  const lower = trimmed.toLowerCase();
  for (const c of byId.values()) if (c.zh === bare || c.en.toLowerCase() === lower) return c.id;
  return trimmed;
}
