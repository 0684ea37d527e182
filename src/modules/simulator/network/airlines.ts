/**
 * The simulated airlines: real carriers with their real hubs, bases and fleets (2025). A base
 * airport says which of a city's airports the airline flies from where there are two (国航 at 首都
 * PEK and 天府 TFU, 东航 and 南航 at 大兴 PKX, 川航 at 双流 CTU).
 */
export interface Airline {
  carrier: string;
  supplierCode: string;
  zh: string;
  en: string;
  /** City ids, the main hub first. */
  hubs: readonly string[];
  /** Which airport of a multi-airport city the airline uses, when it prefers one. */
  bases: Readonly<Record<string, string>>;
  /** Airline designator on its tickets (三字结算码): tickets read 999-xxxxxxxxxx. */
  ticketPrefix: string;
  narrowBody: readonly string[];
  wideBody: readonly string[];
  /** Regional jets without a business cabin; empty when the airline flies none. */
  regional: readonly string[];
}

export const AIRLINES: readonly Airline[] = [
  {
    carrier: 'CA',
    supplierCode: 'sim-ca',
    zh: '中国国际航空',
    en: 'Air China',
    hubs: ['beijing', 'chengdu', 'shanghai', 'chongqing', 'hangzhou', 'tianjin'],
    bases: { beijing: 'PEK', chengdu: 'TFU' },
    ticketPrefix: '999',
    narrowBody: ['A320neo', 'A321', 'B737-800', 'B737 MAX 8', 'C919'],
    wideBody: ['A330-300', 'B777-300ER', 'B787-9', 'A350-900'],
    regional: ['ARJ21-700'],
  },
  {
    carrier: 'MU',
    supplierCode: 'sim-mu',
    zh: '中国东方航空',
    en: 'China Eastern Airlines',
    hubs: ['shanghai', 'kunming', 'xian', 'beijing', 'nanjing', 'wuhan', 'qingdao', 'hefei'],
    bases: { beijing: 'PKX', chengdu: 'TFU' },
    ticketPrefix: '781',
    narrowBody: ['A320neo', 'A321neo', 'B737-800', 'C919'],
    wideBody: ['A330-300', 'A350-900', 'B787-9'],
    regional: ['ARJ21-700'],
  },
  {
    carrier: 'CZ',
    supplierCode: 'sim-cz',
    zh: '中国南方航空',
    en: 'China Southern Airlines',
    hubs: ['guangzhou', 'beijing', 'shenzhen', 'chongqing', 'wulumuqi', 'shenyang', 'changsha', 'wuhan', 'zhengzhou'],
    bases: { beijing: 'PKX', chengdu: 'TFU' },
    ticketPrefix: '784',
    narrowBody: ['A320neo', 'A321neo', 'B737-800', 'B737 MAX 8'],
    wideBody: ['A330-300', 'B787-9', 'A350-900', 'B777-300ER'],
    regional: ['ARJ21-700', 'E190'],
  },
  {
    carrier: 'HU',
    supplierCode: 'sim-hu',
    zh: '海南航空',
    en: 'Hainan Airlines',
    hubs: ['haikou', 'beijing', 'taiyuan', 'xian', 'dalian', 'shenzhen'],
    bases: { beijing: 'PEK', chengdu: 'TFU' },
    ticketPrefix: '880',
    narrowBody: ['B737-800', 'B737 MAX 8'],
    wideBody: ['B787-9', 'A330-300', 'A350-900'],
    regional: [],
  },
  {
    carrier: '3U',
    supplierCode: 'sim-3u',
    zh: '四川航空',
    en: 'Sichuan Airlines',
    hubs: ['chengdu', 'chongqing', 'kunming', 'harbin', 'hangzhou', 'xian'],
    bases: { chengdu: 'CTU', beijing: 'PKX' },
    ticketPrefix: '876',
    narrowBody: ['A320neo', 'A321neo', 'A319'],
    wideBody: ['A330-300', 'A350-900'],
    regional: [],
  },
  {
    carrier: 'MF',
    supplierCode: 'sim-mf',
    zh: '厦门航空',
    en: 'Xiamen Airlines',
    hubs: ['xiamen', 'fuzhou', 'hangzhou', 'quanzhou', 'changsha', 'beijing'],
    bases: { beijing: 'PEK', chengdu: 'TFU' },
    ticketPrefix: '731',
    narrowBody: ['B737-800', 'B737 MAX 8'],
    wideBody: ['B787-9'],
    regional: [],
  },
];

export function airlineBySupplier(code: string): Airline | undefined {
  return AIRLINES.find((a) => a.supplierCode === code);
}

export function airlineByCarrier(carrier: string): Airline | undefined {
  return AIRLINES.find((a) => a.carrier === carrier);
}

/** Wide-body aircraft carry a first cabin on trunk routes (国航 A330 / B777, 东航 A350 …). */
export const hasFirstCabin = (aircraft: string): boolean => /^(B777|A350|A330|B787)/.test(aircraft);
