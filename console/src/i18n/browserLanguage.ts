import type { Locale } from '../api/types';

/**
 * The console language for a browser's preferred languages (navigator.languages, most preferred
 * first): Chinese of any region or script (zh, zh-CN, zh-TW, zh-Hant-HK …) → zh-CN, anything else
 * → en. Undefined when the browser names none, so the fallback (zh-CN) applies.
 */
export function localeForBrowser(languages: readonly string[]): Locale | undefined {
  const preferred = languages.map((l) => l.trim()).find((l) => l !== '');
  if (preferred === undefined) return undefined;
  return /^zh(?:[-_]|$)/i.test(preferred) ? 'zh-CN' : 'en';
}
