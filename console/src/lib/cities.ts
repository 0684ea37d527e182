/**
 * Chinese cities for the city pickers, with the codes of the policy engine's city table
 * (src/modules/policy/engine/city-tiers.ts: lower-case pinyin; 一线, 新一线 and 二线 cities).
 */
import type { CityTier } from '../api/policyTypes';
import { zhEn } from './localized';

export interface CityEntry {
  code: string;
  zh: string;
  en: string;
  tier: Exclude<CityTier, 'other'>;
}

export const CITIES: readonly CityEntry[] = [
  { code: 'beijing', zh: '北京', en: 'Beijing', tier: 'tier1' },
  { code: 'shanghai', zh: '上海', en: 'Shanghai', tier: 'tier1' },
  { code: 'guangzhou', zh: '广州', en: 'Guangzhou', tier: 'tier1' },
  { code: 'shenzhen', zh: '深圳', en: 'Shenzhen', tier: 'tier1' },
  { code: 'chengdu', zh: '成都', en: 'Chengdu', tier: 'new_tier1' },
  { code: 'hangzhou', zh: '杭州', en: 'Hangzhou', tier: 'new_tier1' },
  { code: 'chongqing', zh: '重庆', en: 'Chongqing', tier: 'new_tier1' },
  { code: 'suzhou', zh: '苏州', en: 'Suzhou', tier: 'new_tier1' },
  { code: 'wuhan', zh: '武汉', en: 'Wuhan', tier: 'new_tier1' },
  { code: 'xian', zh: '西安', en: 'Xi\'an', tier: 'new_tier1' },
  { code: 'nanjing', zh: '南京', en: 'Nanjing', tier: 'new_tier1' },
  { code: 'changsha', zh: '长沙', en: 'Changsha', tier: 'new_tier1' },
  { code: 'tianjin', zh: '天津', en: 'Tianjin', tier: 'new_tier1' },
  { code: 'zhengzhou', zh: '郑州', en: 'Zhengzhou', tier: 'new_tier1' },
  { code: 'dongguan', zh: '东莞', en: 'Dongguan', tier: 'new_tier1' },
  { code: 'wuxi', zh: '无锡', en: 'Wuxi', tier: 'new_tier1' },
  { code: 'ningbo', zh: '宁波', en: 'Ningbo', tier: 'new_tier1' },
  { code: 'qingdao', zh: '青岛', en: 'Qingdao', tier: 'new_tier1' },
  { code: 'hefei', zh: '合肥', en: 'Hefei', tier: 'new_tier1' },
  { code: 'foshan', zh: '佛山', en: 'Foshan', tier: 'tier2' },
  { code: 'shenyang', zh: '沈阳', en: 'Shenyang', tier: 'tier2' },
  { code: 'kunming', zh: '昆明', en: 'Kunming', tier: 'tier2' },
  { code: 'jinan', zh: '济南', en: 'Jinan', tier: 'tier2' },
  { code: 'xiamen', zh: '厦门', en: 'Xiamen', tier: 'tier2' },
  { code: 'fuzhou', zh: '福州', en: 'Fuzhou', tier: 'tier2' },
  { code: 'wenzhou', zh: '温州', en: 'Wenzhou', tier: 'tier2' },
  { code: 'changzhou', zh: '常州', en: 'Changzhou', tier: 'tier2' },
  { code: 'dalian', zh: '大连', en: 'Dalian', tier: 'tier2' },
  { code: 'shijiazhuang', zh: '石家庄', en: 'Shijiazhuang', tier: 'tier2' },
  { code: 'nanning', zh: '南宁', en: 'Nanning', tier: 'tier2' },
  { code: 'harbin', zh: '哈尔滨', en: 'Harbin', tier: 'tier2' },
  { code: 'jinhua', zh: '金华', en: 'Jinhua', tier: 'tier2' },
  { code: 'nanchang', zh: '南昌', en: 'Nanchang', tier: 'tier2' },
  { code: 'changchun', zh: '长春', en: 'Changchun', tier: 'tier2' },
  { code: 'nantong', zh: '南通', en: 'Nantong', tier: 'tier2' },
  { code: 'quanzhou', zh: '泉州', en: 'Quanzhou', tier: 'tier2' },
  { code: 'guiyang', zh: '贵阳', en: 'Guiyang', tier: 'tier2' },
  { code: 'jiaxing', zh: '嘉兴', en: 'Jiaxing', tier: 'tier2' },
  { code: 'taiyuan', zh: '太原', en: 'Taiyuan', tier: 'tier2' },
  { code: 'huizhou', zh: '惠州', en: 'Huizhou', tier: 'tier2' },
  { code: 'xuzhou', zh: '徐州', en: 'Xuzhou', tier: 'tier2' },
  { code: 'shaoxing', zh: '绍兴', en: 'Shaoxing', tier: 'tier2' },
  { code: 'zhuhai', zh: '珠海', en: 'Zhuhai', tier: 'tier2' },
  { code: 'taizhou_zj', zh: '台州', en: 'Taizhou (Zhejiang)', tier: 'tier2' },
  { code: 'zhongshan', zh: '中山', en: 'Zhongshan', tier: 'tier2' },
  { code: 'yantai', zh: '烟台', en: 'Yantai', tier: 'tier2' },
  { code: 'weifang', zh: '潍坊', en: 'Weifang', tier: 'tier2' },
  { code: 'linyi', zh: '临沂', en: 'Linyi', tier: 'tier2' },
  { code: 'lanzhou', zh: '兰州', en: 'Lanzhou', tier: 'tier2' },
];

const byCode = new Map(CITIES.map((c) => [c.code, c]));

/** A city's name in the current language; unknown codes show as given. */
export function cityLabel(code: string): string {
  const city = byCode.get(code);
  return city ? zhEn(city.zh, city.en) : code;
}

export function cityByCode(code: string): CityEntry | undefined {
  return byCode.get(code);
}
