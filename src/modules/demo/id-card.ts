/**
 * Mainland China resident identity card numbers (GB 11643-1999):
 * 6-digit administrative region code, 8-digit birth date (YYYYMMDD),
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2
 * check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Check character (0-9 or X) for the first 17 digits of an ID card number. */
export function idCardCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Birth date (YYYY-MM-DD) encoded in an 18-character ID card number, or null if malformed. */
export function idCardBirthDate(idCardNo: string): string | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(idCardNo);
  if (match === null) return null;
  const [, y, m, d] = match;
  if (y === undefined || m === undefined || d === undefined) return null;
  if (!isValidDate(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m}-${d}`;
}

/** Structural validity: 18 chars, a real calendar birth date and a correct check character. */
export function isValidIdCardNo(idCardNo: string): boolean {
  if (idCardBirthDate(idCardNo) === null) return false;
  return idCardCheckDigit(idCardNo.slice(0, 17)) === idCardNo.charAt(17);
}

/**
 * Real county-level administrative division codes (GB/T 2260), used as the
 * "place of registration" part of generated ID numbers.
 */
export const REGION_CODES: readonly string[] = [
  '110101', // 北京市东城区
  '110102', // 北京市西城区
  '110105', // 北京市朝阳区
  '110108', // 北京市海淀区
  '120101', // 天津市和平区
  '130102', // 石家庄市长安区
  '140105', // 太原市小店区
  '210102', // 沈阳市和平区
  '230102', // 哈尔滨市道里区
  '310101', // 上海市黄浦区
  '310104', // 上海市徐汇区
  '310115', // 上海市浦东新区
  '320102', // 南京市玄武区
  '320106', // 南京市鼓楼区
  '320505', // 苏州市虎丘区
  '330102', // 杭州市上城区
  '330106', // 杭州市西湖区
  '340104', // 合肥市蜀山区
  '350102', // 福州市鼓楼区
  '360102', // 南昌市东湖区
  '370102', // 济南市历下区
  '370202', // 青岛市市南区
  '410105', // 郑州市金水区
  '420106', // 武汉市武昌区
  '430104', // 长沙市岳麓区
  '440106', // 广州市天河区
  '440304', // 深圳市福田区
  '440305', // 深圳市南山区
  '500103', // 重庆市渝中区
  '510104', // 成都市锦江区
  '510107', // 成都市武侯区
  '530102', // 昆明市五华区
  '610113', // 西安市雁塔区
];
