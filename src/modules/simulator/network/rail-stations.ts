import type { City, LatLon } from '../../geo/index.ts';

/**
 * Which of a city's stations (12306 names, from the geo directory) a train uses: high-speed trains
 * leave from the high-speed station (北京南 for 京沪, 北京西 for 京广, 北京朝阳 for 京哈; 上海虹桥,
 * 广州南 …), conventional trains from the old main station.
 */
const HIGH_SPEED: Readonly<Record<string, string>> = {
  shanghai: '上海虹桥',
  guangzhou: '广州南',
  shenzhen: '深圳北',
  hangzhou: '杭州东',
  nanjing: '南京南',
  wuhan: '武汉',
  chengdu: '成都东',
  chongqing: '重庆北',
  xian: '西安北',
  tianjin: '天津西',
  zhengzhou: '郑州东',
  changsha: '长沙南',
  jinan: '济南西',
  hefei: '合肥南',
  suzhou: '苏州北',
  shenyang: '沈阳北',
  harbin: '哈尔滨西',
  kunming: '昆明南',
  guiyang: '贵阳北',
  nanning: '南宁东',
  xiamen: '厦门北',
  fuzhou: '福州南',
  qingdao: '青岛北',
  dalian: '大连北',
  taiyuan: '太原南',
  shijiazhuang: '石家庄',
  nanchang: '南昌西',
  ningbo: '宁波',
  wuxi: '无锡东',
  changzhou: '常州北',
  xuzhou: '徐州东',
};

function named(city: City, name: string): string | null {
  return city.stations.some((s) => s.name === name) ? name : null;
}

/** 北京 has a station per direction. */
function beijingStation(toward: LatLon, highSpeed: boolean): string {
  if (toward.lat > 40.5 && toward.lon > 117.5) return highSpeed ? '北京朝阳' : '北京';
  if (toward.lon >= 116.9) return highSpeed ? '北京南' : '北京';
  return '北京西';
}

export function stationFor(city: City, toward: LatLon, highSpeed: boolean): string | null {
  if (city.stations.length === 0) return null;
  const main = city.stations[0]?.name ?? null;
  if (city.id === 'beijing') return named(city, beijingStation(toward, highSpeed)) ?? main;
  if (!highSpeed) return main;
  const listed = HIGH_SPEED[city.id];
  if (listed) return named(city, listed) ?? main;
  for (const suffix of ['东', '南', '北', '西']) {
    const found = named(city, `${city.zh}${suffix}`);
    if (found) return found;
  }
  return main;
}
