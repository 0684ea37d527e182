import type { CityLevel } from '../types.ts';

/** One province as the generated data holds it. */
export interface ProvinceRow {
  /** Six digits: '330000'. */
  code: string;
  zhFull: string;
  zh: string;
  en: string;
}

/** One city as the generated data holds it (see types.ts City for the meaning of the fields). */
export interface DivisionRow {
  code: string;
  zhFull: string;
  zh: string;
  id: string;
  /** Toneless syllables separated by spaces: 'bei jing'. */
  pinyin: string;
  en: string;
  level: CityLevel;
  /** Other city-level codes the package gives the city, space-separated ('110100' for 北京). */
  cityCodes: string;
  /** Codes of the county-level divisions inside it (districts, counties), space-separated. */
  counties: string;
}
