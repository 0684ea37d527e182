import { currentLanguage } from '../i18n';

/** The current language's text of a {'zh-CN', en} pair sent by the server. */
export function localized(text: { 'zh-CN': string; en: string } | null | undefined): string {
  if (!text) return '';
  return currentLanguage() === 'en' ? text.en || text['zh-CN'] : text['zh-CN'] || text.en;
}

/** A Chinese / English name pair. */
export function zhEn(zh: string, en: string | null | undefined): string {
  return currentLanguage() === 'en' && en ? en : zh;
}
