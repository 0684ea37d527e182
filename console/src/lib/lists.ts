import { currentLanguage } from '../i18n';

const zh = () => currentLanguage() !== 'en';

/** 张三、李四 / Zhang San, Li Si */
export function listJoin(items: readonly string[]): string {
  return items.join(zh() ? '、' : ', ');
}

/** Clauses of one sentence: 甲；乙 / a; b */
export function clauseJoin(items: readonly string[]): string {
  return items.join(zh() ? '；' : '; ');
}

/** 甲，乙 / a, b */
export function commaJoin(items: readonly string[]): string {
  return items.join(zh() ? '，' : ', ');
}

/** 'label：' / 'label: ' */
export function withColon(label: string): string {
  return zh() ? `${label}：` : `${label}: `;
}
