import i18n from 'i18next';
import LanguageDetector, { type CustomDetector } from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { localeForBrowser } from './browserLanguage';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: Locale = 'zh-CN';
/** Where the user's own choice (LanguageSwitch) is remembered. */
const STORAGE_KEY = 'tripdesk.lang';

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** The browser's preferred language, as one of ours (see localeForBrowser). */
const browserLanguage: CustomDetector = {
  name: 'tripdeskBrowser',
  lookup: () => {
    if (typeof navigator === 'undefined') return undefined;
    return localeForBrowser(navigator.languages?.length ? navigator.languages : [navigator.language]);
  },
};

const detector = new LanguageDetector();
detector.addDetector(browserLanguage);

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice: from now on it wins over the browser's language. */
export async function changeLanguage(lang: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode); the switch still applies to this tab
  }
  await i18n.changeLanguage(lang);
}

// <html lang> follows the language, from the first one chosen on.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n
  .use(detector)
  .use(initReactI18next)
  .init({
    resources: {
      'zh-CN': { translation: zhCN },
      en: { translation: en },
    },
    // The user's remembered choice first (a value that is not one of ours is passed over), then the
    // browser's language; with neither, zh-CN.
    detection: {
      order: ['localStorage', browserLanguage.name],
      lookupLocalStorage: STORAGE_KEY,
      // Only an explicit switch is remembered (changeLanguage), never what was detected: a first
      // visit in an English browser must not pin English once the browser says otherwise.
      caches: [],
    },
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

document.documentElement.lang = currentLanguage();

export default i18n;
