import { cityById, type CityTier, resolveCity, resolveCityId } from '../../geo/index.ts';

/**
 * Cities as the policy engine reads them, through the geo directory: an option may name its city
 * any way a person or supplier writes it (北京, 北京市, Beijing, BJS, PEK, 110000 …) and rules name
 * cities by geo id ('beijing'); both come to the same key here. Unknown cities keep their text.
 */
export const cityKeyOf = (text: string): string => resolveCityId(text) ?? text;

export const CITY_TIER_NAMES: Readonly<Record<CityTier, { zh: string; en: string }>> = {
  tier1: { zh: '一线城市', en: 'tier-1 city' },
  new_tier1: { zh: '新一线城市', en: 'new tier-1 city' },
  tier2: { zh: '二线城市', en: 'tier-2 city' },
  other: { zh: '其他城市', en: 'other city' },
};

/** A city's name for explanations: the directory's, or the text itself for a city it does not know. */
export function cityName(text: string): { zh: string; en: string } {
  const city = cityById(text) ?? resolveCity(text);
  return city ? { zh: city.zh, en: city.en } : { zh: text, en: text };
}
