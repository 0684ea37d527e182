/**
 * The geo directory's public types: a city as the API and the other modules see it.
 */

/** 城市等级 from the ranking in tables/city-tiers.ts; every city it does not rank is 'other'. */
export const CITY_TIERS = ['tier1', 'new_tier1', 'tier2', 'other'] as const;
export type CityTier = (typeof CITY_TIERS)[number];

/**
 * The kind of division a city is: a municipality (直辖市), a prefecture-level division (地级市,
 * 地区, 自治州, 盟) or a county-level city administered directly by its province (省直辖县级市, and
 * 神农架林区).
 */
export type CityLevel = 'municipality' | 'prefecture' | 'county';

export interface Province {
  /** Division code of the province, six digits: '330000'. */
  code: string;
  /** Short name: '浙江', '内蒙古', '广西'. */
  zh: string;
  en: string;
}

export interface Airport {
  /** IATA airport code: 'PEK'. */
  iata: string;
  zh: string;
  en: string;
  /**
   * True for the airports that serve the city itself (those of its IATA city code, e.g. PEK and PKX
   * for BJS); false for other airports in its territory (万州 WXN in 重庆).
   */
  main: boolean;
}

export interface Station {
  /** The station's name as 12306 writes it: '北京南'. */
  name: string;
  /** 12306 telegraph code (电报码): 'VNP'. */
  telegraphCode: string;
}

export interface City {
  /**
   * Stable id: lower-case toneless pinyin ('beijing', 'xian'); where two cities share a pinyin,
   * the province's ISO 3166-2 code is appended ('taizhou_zj', 'taizhou_js'). A few ids predate
   * this module and are kept as stored policies use them ('harbin', 'suzhou', 'fuzhou').
   */
  id: string;
  /** Short Chinese name: '北京', '恩施', '海南州'. */
  zh: string;
  /** Official name of the division: '北京市', '恩施土家族苗族自治州'. */
  zhFull: string;
  /** Usual English name: 'Beijing', "Xi'an", 'Harbin', 'Taizhou (Zhejiang)'. */
  en: string;
  /** Toneless pinyin of `zh`, syllables separated by spaces: 'bei jing', 'lü liang'. */
  pinyin: string;
  /** Division code, six digits (GB/T 2260 as published by 国家统计局): '110000', '330100'. */
  divisionCode: string;
  level: CityLevel;
  province: Province;
  tier: CityTier;
  /** Year of the ranking the tier comes from. */
  tierYear: number;
  /** IATA city code flights to the city are sold under ('BJS', 'SHA', 'CTU', 'SIA', 'CAN'), or null. */
  iataCity: string | null;
  /** Airports in the city's territory with scheduled passenger flights, the main ones first. */
  airports: readonly Airport[];
  /** The city's main railway stations (those named for it), the main station first. */
  stations: readonly Station[];
}
