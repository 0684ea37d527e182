/**
 * Sentence patterns shared by the explanations: a value against a cap (money, stars) and a class
 * against the highest class allowed (cabins, seats, car service levels). zh-CN writes numbers with
 * a space either side, as in "机票价格 ¥1,580.00 超过…上限 ¥1,260.00，超出 ¥320.00".
 */
import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import { formatFen } from '../../../../platform/format/money.ts';
import { plural } from '../format.ts';

export interface Amounts {
  zh(n: number): string;
  en(n: number): string;
}

export const MONEY: Amounts = { zh: formatFen, en: formatFen };
export const STARS: Amounts = { zh: (n) => `${n} 星`, en: (n) => plural(n, 'star') };

export function num(value: RuleCheckData['limit']): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** How a cap reads: '机票价格' … '全价经济舱 7 折上限'; 'Fare' … (limit) => 'the cap of 70% of … (¥1,260.00)'. */
export interface CapWording {
  zhSubject: string;
  zhCap: string;
  enSubject: string;
  enCap: (limit: string) => string;
}

export function capSentence(
  check: RuleCheckData,
  w: CapWording,
  amounts: Amounts = MONEY,
  suffix: Explanation = { 'zh-CN': '', en: '' },
): Explanation {
  const actual = num(check.actual);
  const limit = num(check.limit);
  const gap = Math.abs(actual - limit);
  const aZh = amounts.zh(actual);
  const lZh = amounts.zh(limit);
  const dZh = amounts.zh(gap);
  // Money reads the same in both languages: format it once.
  const same = amounts.en === amounts.zh;
  const aEn = same ? aZh : amounts.en(actual);
  const lEn = same ? lZh : amounts.en(limit);
  const dEn = same ? dZh : amounts.en(gap);
  if (!check.passed) {
    return {
      'zh-CN': `${w.zhSubject} ${aZh} 超过${w.zhCap} ${lZh}，超出 ${dZh}${suffix['zh-CN']}`,
      en: `${w.enSubject} ${aEn} is above ${w.enCap(lEn)} by ${dEn}${suffix.en}`,
    };
  }
  const atCap = actual === limit;
  return {
    'zh-CN': `${w.zhSubject} ${aZh} 符合${w.zhCap} ${lZh}，${atCap ? '与上限持平' : `低于上限 ${dZh}`}${suffix['zh-CN']}`,
    en: `${w.enSubject} ${aEn} is within ${w.enCap(lEn)}, ${atCap ? 'exactly at it' : `${dEn} below it`}${suffix.en}`,
  };
}

type Names = Readonly<Record<string, { zh: string; en: string }>>;

function nameOf(names: Names, code: RuleCheckData['limit']): { zh: string; en: string } {
  const key = String(code);
  return Object.hasOwn(names, key) ? (names[key] ?? { zh: key, en: key }) : { zh: key, en: key };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** '所选舱位为公务舱，高于上限经济舱，超出 2 级' / 'Business is above the highest cabin allowed (economy) by 2 classes'. */
export function classSentence(
  check: RuleCheckData,
  names: Names,
  what: { zh: string; en: string },
  suffix: Explanation = { 'zh-CN': '', en: '' },
): Explanation {
  const actual = nameOf(names, check.actual);
  const limit = nameOf(names, check.limit);
  const steps = check.difference ?? Number.NaN;
  if (!check.passed) {
    return {
      'zh-CN': `所选${what.zh}为${actual.zh}，高于上限${limit.zh}，超出 ${steps} 级${suffix['zh-CN']}`,
      en: `${capitalised(actual.en)} is above the highest ${what.en} allowed (${limit.en}) by ${plural(steps, 'class', 'classes')}${suffix.en}`,
    };
  }
  return {
    'zh-CN': `所选${what.zh}为${actual.zh}，符合上限${limit.zh}，${steps < 0 ? `低 ${-steps} 级` : '与上限相同'}${suffix['zh-CN']}`,
    en: `${capitalised(actual.en)} is within the highest ${what.en} allowed (${limit.en}), ${steps < 0 ? `${plural(-steps, 'class', 'classes')} below it` : 'exactly at it'}${suffix.en}`,
  };
}

/** 'flights and hotels', 'flights, hotels and trains'. */
export function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function sentence(zh: string, en: string): Explanation {
  return { 'zh-CN': zh, en };
}
