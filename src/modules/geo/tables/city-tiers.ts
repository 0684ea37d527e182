/**
 * City tiers (城市等级): 第一财经·新一线城市研究所《2024 城市商业魅力排行榜》(published
 * 2024-05-30) — 4 一线, 15 新一线 and 30 二线 cities; every other city is 'other'. The lists and
 * ids are exactly those the policy engine's former table used (testing/policy-city-table.ts; a test holds them equal).
 * Review them when a new ranking comes out, and change TIER_RANKING.year with them.
 */
export const TIER_RANKING = { year: 2024, name: '第一财经·新一线城市研究所《2024 城市商业魅力排行榜》' } as const;

/** [city id, Chinese name] per tier, in the ranking's order. */
export type TierRow = readonly [id: string, zh: string];

export const TIER1: readonly TierRow[] = [
  ['beijing', '北京'],
  ['shanghai', '上海'],
  ['guangzhou', '广州'],
  ['shenzhen', '深圳'],
];

export const NEW_TIER1: readonly TierRow[] = [
  ['chengdu', '成都'],
  ['hangzhou', '杭州'],
  ['chongqing', '重庆'],
  ['suzhou', '苏州'],
  ['wuhan', '武汉'],
  ['xian', '西安'],
  ['nanjing', '南京'],
  ['changsha', '长沙'],
  ['tianjin', '天津'],
  ['zhengzhou', '郑州'],
  ['dongguan', '东莞'],
  ['wuxi', '无锡'],
  ['ningbo', '宁波'],
  ['qingdao', '青岛'],
  ['hefei', '合肥'],
];

export const TIER2: readonly TierRow[] = [
  ['foshan', '佛山'],
  ['shenyang', '沈阳'],
  ['kunming', '昆明'],
  ['jinan', '济南'],
  ['xiamen', '厦门'],
  ['fuzhou', '福州'],
  ['wenzhou', '温州'],
  ['changzhou', '常州'],
  ['dalian', '大连'],
  ['shijiazhuang', '石家庄'],
  ['nanning', '南宁'],
  ['harbin', '哈尔滨'],
  ['jinhua', '金华'],
  ['nanchang', '南昌'],
  ['changchun', '长春'],
  ['nantong', '南通'],
  ['quanzhou', '泉州'],
  ['guiyang', '贵阳'],
  ['jiaxing', '嘉兴'],
  ['taiyuan', '太原'],
  ['huizhou', '惠州'],
  ['xuzhou', '徐州'],
  ['shaoxing', '绍兴'],
  ['zhuhai', '珠海'],
  ['taizhou_zj', '台州'],
  ['zhongshan', '中山'],
  ['yantai', '烟台'],
  ['weifang', '潍坊'],
  ['linyi', '临沂'],
  ['lanzhou', '兰州'],
];

/** Every ranked city id with its tier, 一线 first. */
export const RANKED: readonly (readonly [id: string, zh: string, tier: 'tier1' | 'new_tier1' | 'tier2'])[] = [
  ...TIER1.map(([id, zh]) => [id, zh, 'tier1'] as const),
  ...NEW_TIER1.map(([id, zh]) => [id, zh, 'new_tier1'] as const),
  ...TIER2.map(([id, zh]) => [id, zh, 'tier2'] as const),
];
