/**
 * The simulated hotel groups and their brands (2025), with each brand's stars, its price level in a
 * first-tier city on a weekday (元 per night, room only) and how widely it is spread by city tier.
 */
export type BrandLevel = 'economy' | 'midscale' | 'upscale' | 'luxury';

export interface Brand {
  key: string;
  zh: string;
  en: string;
  /** The hotel's name before the branch: '全季酒店'. */
  nameZh: string;
  nameEn: string;
  level: BrandLevel;
  stars: number;
  baseYuan: number;
}

export interface HotelGroup {
  supplierCode: string;
  chain: string;
  chainEn: string;
  brands: readonly Brand[];
}

const b = (
  key: string,
  zh: string,
  en: string,
  nameZh: string,
  nameEn: string,
  level: BrandLevel,
  stars: number,
  baseYuan: number,
): Brand => ({
  key,
  zh,
  en,
  nameZh,
  nameEn,
  level,
  stars,
  baseYuan,
});

export const HOTEL_GROUPS: readonly HotelGroup[] = [
  {
    supplierCode: 'sim-jinjiang',
    chain: '锦江',
    chainEn: 'Jin Jiang',
    brands: [
      b('jinjiang-inn', '锦江之星', 'Jinjiang Inn', '锦江之星', 'Jinjiang Inn', 'economy', 2, 260),
      b('lavande', '麗枫', 'Lavande', '麗枫酒店', 'Lavande Hotel', 'midscale', 3, 420),
      b('vienna', '维也纳', 'Vienna', '维也纳酒店', 'Vienna Hotel', 'midscale', 3, 380),
      b('jinjiang-hotel', '锦江酒店', 'Jin Jiang Hotel', '锦江酒店', 'Jin Jiang Hotel', 'upscale', 4, 680),
    ],
  },
  {
    supplierCode: 'sim-huazhu',
    chain: '华住',
    chainEn: 'H World',
    brands: [
      b('hanting', '汉庭', 'Hanting', '汉庭酒店', 'Hanting Hotel', 'economy', 2, 280),
      b('ji', '全季', 'JI Hotel', '全季酒店', 'JI Hotel', 'midscale', 3, 480),
      b('crystal-orange', '桔子水晶', 'Crystal Orange', '桔子水晶酒店', 'Crystal Orange Hotel', 'upscale', 4, 680),
      b('joya', '禧玥', 'Joya', '禧玥酒店', 'Joya Hotel', 'luxury', 5, 1100),
    ],
  },
  {
    supplierCode: 'sim-btg',
    chain: '首旅如家',
    chainEn: 'BTG Homeinns',
    brands: [
      b('homeinn', '如家', 'Home Inn', '如家酒店', 'Home Inn', 'economy', 2, 260),
      b('yitel', '和颐', 'Yitel', '和颐酒店', 'Yitel Hotel', 'midscale', 3, 500),
      b('jianguo', '建国饭店', 'Jianguo Hotel', '建国饭店', 'Jianguo Hotel', 'upscale', 4, 720),
    ],
  },
  {
    supplierCode: 'sim-atour',
    chain: '亚朵',
    chainEn: 'Atour',
    brands: [
      b('atour-x', '亚朵X', 'Atour X', '亚朵X酒店', 'Atour X Hotel', 'midscale', 3, 460),
      b('atour', '亚朵', 'Atour', '亚朵酒店', 'Atour Hotel', 'upscale', 4, 620),
    ],
  },
  {
    supplierCode: 'sim-marriott',
    chain: '万豪',
    chainEn: 'Marriott',
    brands: [
      b('courtyard', '万怡', 'Courtyard', '万怡酒店', 'Courtyard by Marriott', 'upscale', 4, 820),
      b('sheraton', '喜来登', 'Sheraton', '喜来登酒店', 'Sheraton', 'luxury', 5, 1100),
      b('westin', '威斯汀', 'Westin', '威斯汀酒店', 'The Westin', 'luxury', 5, 1400),
      b('jw', 'JW万豪', 'JW Marriott', 'JW万豪酒店', 'JW Marriott', 'luxury', 5, 2000),
    ],
  },
  {
    supplierCode: 'sim-hilton',
    chain: '希尔顿',
    chainEn: 'Hilton',
    brands: [
      b('hampton', '希尔顿欢朋', 'Hampton by Hilton', '希尔顿欢朋酒店', 'Hampton by Hilton', 'midscale', 3, 450),
      b('garden-inn', '希尔顿花园', 'Hilton Garden Inn', '希尔顿花园酒店', 'Hilton Garden Inn', 'upscale', 4, 700),
      b('hilton', '希尔顿', 'Hilton', '希尔顿酒店', 'Hilton', 'luxury', 5, 1300),
    ],
  },
];

export const hotelGroupBySupplier = (code: string): HotelGroup | undefined => HOTEL_GROUPS.find((g) => g.supplierCode === code);

/**
 * Branch names by neighbourhood: real districts and landmarks of the largest cities; elsewhere the
 * names every Chinese city has (火车站, 市政府, 万达广场 …).
 */
export const DISTRICTS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  beijing: [
    ['国贸', 'Guomao'],
    ['望京', 'Wangjing'],
    ['中关村', 'Zhongguancun'],
    ['王府井', 'Wangfujing'],
    ['三里屯', 'Sanlitun'],
    ['亦庄', 'Yizhuang'],
    ['北京南站', 'Beijing South Railway Station'],
    ['首都机场', 'Capital Airport'],
    ['金融街', 'Financial Street'],
  ],
  shanghai: [
    ['陆家嘴', 'Lujiazui'],
    ['人民广场', "People's Square"],
    ['静安寺', "Jing'an Temple"],
    ['虹桥枢纽', 'Hongqiao Hub'],
    ['徐家汇', 'Xujiahui'],
    ['五角场', 'Wujiaochang'],
    ['张江', 'Zhangjiang'],
    ['外滩', 'the Bund'],
  ],
  guangzhou: [
    ['珠江新城', 'Zhujiang New Town'],
    ['天河体育中心', 'Tianhe Sports Center'],
    ['北京路', 'Beijing Road'],
    ['琶洲会展中心', 'Pazhou Expo'],
    ['广州南站', 'Guangzhou South Railway Station'],
    ['白云机场', 'Baiyun Airport'],
  ],
  shenzhen: [
    ['福田CBD', 'Futian CBD'],
    ['南山科技园', 'Nanshan Science Park'],
    ['罗湖口岸', 'Luohu Port'],
    ['深圳北站', 'Shenzhen North Station'],
    ['宝安机场', "Bao'an Airport"],
    ['华强北', 'Huaqiangbei'],
  ],
  hangzhou: [
    ['西湖', 'West Lake'],
    ['钱江新城', 'Qianjiang New Town'],
    ['杭州东站', 'Hangzhou East Station'],
    ['滨江', 'Binjiang'],
    ['武林广场', 'Wulin Square'],
  ],
  chengdu: [
    ['春熙路', 'Chunxi Road'],
    ['天府广场', 'Tianfu Square'],
    ['高新区', 'High-tech Zone'],
    ['成都东站', 'Chengdu East Station'],
    ['宽窄巷子', 'Kuanzhai Alley'],
  ],
};

export const GENERIC_DISTRICTS: readonly (readonly [string, string])[] = [
  ['火车站', 'Railway Station'],
  ['市政府', 'City Hall'],
  ['万达广场', 'Wanda Plaza'],
  ['高新区', 'High-tech Zone'],
  ['会展中心', 'Convention Center'],
  ['步行街', 'Pedestrian Street'],
  ['开发区', 'Development Zone'],
  ['机场', 'Airport'],
  ['人民广场', "People's Square"],
  ['大学城', 'University Town'],
];
