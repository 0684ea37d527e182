/**
 * The city table the policy engine kept until the geo directory replaced it (December 2026),
 * frozen: stored policies name cities by these ids, so the geo tests prove that every one still
 * resolves to itself with the same tier and names. Not used by production code.
 *
 * City tiers for hotel caps (城市等级). The table follows 第一财经·新一线城市研究所
 * 《2024 城市商业魅力排行榜》(published 2024-05-30): 4 一线, 15 新一线 and 30 二线 cities;
 * every other city is 'other'. It is a maintained table: review it when a new ranking comes out
 * (the ranking moves a few cities every year; policies can pin a city with a per-city cap).
 *
 * Codes are lower-case toneless pinyin of the prefecture-level city ('beijing', 'xian'), stable and
 * also available for cities without an airport; where two cities share a pinyin, the province's
 * abbreviation is appended ('taizhou_zj' is 台州, Zhejiang, not 泰州, Jiangsu). `iata` is the IATA
 * city (or main airport) code where the city has one, so flight results can be mapped.
 */

export const CITY_TIERS = ['tier1', 'new_tier1', 'tier2', 'other'] as const;
export type CityTier = (typeof CITY_TIERS)[number];

export interface City {
  code: string;
  zh: string;
  en: string;
  tier: Exclude<CityTier, 'other'>;
  iata: string | null;
}

type Row = readonly [code: string, zh: string, en: string, iata: string | null];

const TIER1: readonly Row[] = [
  ['beijing', '北京', 'Beijing', 'BJS'],
  ['shanghai', '上海', 'Shanghai', 'SHA'],
  ['guangzhou', '广州', 'Guangzhou', 'CAN'],
  ['shenzhen', '深圳', 'Shenzhen', 'SZX'],
];

const NEW_TIER1: readonly Row[] = [
  ['chengdu', '成都', 'Chengdu', 'CTU'],
  ['hangzhou', '杭州', 'Hangzhou', 'HGH'],
  ['chongqing', '重庆', 'Chongqing', 'CKG'],
  ['suzhou', '苏州', 'Suzhou', null],
  ['wuhan', '武汉', 'Wuhan', 'WUH'],
  ['xian', '西安', "Xi'an", 'SIA'],
  ['nanjing', '南京', 'Nanjing', 'NKG'],
  ['changsha', '长沙', 'Changsha', 'CSX'],
  ['tianjin', '天津', 'Tianjin', 'TSN'],
  ['zhengzhou', '郑州', 'Zhengzhou', 'CGO'],
  ['dongguan', '东莞', 'Dongguan', null],
  ['wuxi', '无锡', 'Wuxi', 'WUX'],
  ['ningbo', '宁波', 'Ningbo', 'NGB'],
  ['qingdao', '青岛', 'Qingdao', 'TAO'],
  ['hefei', '合肥', 'Hefei', 'HFE'],
];

const TIER2: readonly Row[] = [
  ['foshan', '佛山', 'Foshan', 'FUO'],
  ['shenyang', '沈阳', 'Shenyang', 'SHE'],
  ['kunming', '昆明', 'Kunming', 'KMG'],
  ['jinan', '济南', 'Jinan', 'TNA'],
  ['xiamen', '厦门', 'Xiamen', 'XMN'],
  ['fuzhou', '福州', 'Fuzhou', 'FOC'],
  ['wenzhou', '温州', 'Wenzhou', 'WNZ'],
  ['changzhou', '常州', 'Changzhou', 'CZX'],
  ['dalian', '大连', 'Dalian', 'DLC'],
  ['shijiazhuang', '石家庄', 'Shijiazhuang', 'SJW'],
  ['nanning', '南宁', 'Nanning', 'NNG'],
  ['harbin', '哈尔滨', 'Harbin', 'HRB'],
  ['jinhua', '金华', 'Jinhua', null],
  ['nanchang', '南昌', 'Nanchang', 'KHN'],
  ['changchun', '长春', 'Changchun', 'CGQ'],
  ['nantong', '南通', 'Nantong', 'NTG'],
  ['quanzhou', '泉州', 'Quanzhou', 'JJN'],
  ['guiyang', '贵阳', 'Guiyang', 'KWE'],
  ['jiaxing', '嘉兴', 'Jiaxing', null],
  ['taiyuan', '太原', 'Taiyuan', 'TYN'],
  ['huizhou', '惠州', 'Huizhou', 'HUZ'],
  ['xuzhou', '徐州', 'Xuzhou', 'XUZ'],
  ['shaoxing', '绍兴', 'Shaoxing', null],
  ['zhuhai', '珠海', 'Zhuhai', 'ZUH'],
  ['taizhou_zj', '台州', 'Taizhou (Zhejiang)', 'HYN'],
  ['zhongshan', '中山', 'Zhongshan', null],
  ['yantai', '烟台', 'Yantai', 'YNT'],
  ['weifang', '潍坊', 'Weifang', 'WEF'],
  ['linyi', '临沂', 'Linyi', 'LYI'],
  ['lanzhou', '兰州', 'Lanzhou', 'LHW'],
];

function rows(tier: City['tier'], list: readonly Row[]): City[] {
  return list.map(([code, zh, en, iata]) => ({ code, zh, en, tier, iata }));
}

/** Every city of the table, 一线 first. */
export const CITIES: readonly City[] = [...rows('tier1', TIER1), ...rows('new_tier1', NEW_TIER1), ...rows('tier2', TIER2)];
