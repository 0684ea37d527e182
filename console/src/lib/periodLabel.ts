import { currentLanguage } from '../i18n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A budget period's label in the current language: the server's English label when it sends one,
 * else the Chinese one ('2026年11月', '2026年第4季度', '2026年') read into 'Nov 2026', 'Q4 2026', '2026'.
 */
export function periodText(zh: string, en?: string | null): string {
  if (currentLanguage() !== 'en') return zh;
  if (en) return en;
  let m = /^(\d{4})年(\d{1,2})月$/.exec(zh);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})年第?([1-4])季度$/.exec(zh);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})年$/.exec(zh);
  if (m) return m[1] ?? zh;
  return zh;
}
