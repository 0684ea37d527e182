/**
 * For the console's unit tests: the language the code under test sees, and a real i18next `t` over
 * the console's own messages. The app's i18n module sets itself up in a browser (detection,
 * <html lang>), so tests replace it with this one:
 *
 *   vi.mock('../../i18n', async () => (await import('../../testing/language')).i18nModule);
 */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../api/types';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

export const testLanguage: { current: Locale } = { current: 'zh-CN' };

/** What the mocked '../i18n' module exports. */
export const i18nModule = {
  currentLanguage: (): Locale => testLanguage.current,
};

const translators = new Map<Locale, TFunction>();

/** `t` in `lang` (and the code under test formats in `lang` too). */
export function inLanguage(lang: Locale): TFunction {
  testLanguage.current = lang;
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    t = instance.t;
    translators.set(lang, t);
  }
  return t;
}
