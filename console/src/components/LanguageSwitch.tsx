import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';
import { LANGUAGES, changeLanguage, currentLanguage } from '../i18n';

const LABEL_KEYS = { 'zh-CN': 'language.zhCN', en: 'language.en' } as const satisfies Record<Locale, string>;

/** 中文 / English toggle; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation(); // re-renders on language change
  const active = currentLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')} data-testid="lang-switch">
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={lang === active ? 'segmented-item active' : 'segmented-item'}
          aria-pressed={lang === active}
          data-testid={`lang-${lang}`}
          onClick={() => void changeLanguage(lang)}
        >
          {t(LABEL_KEYS[lang])}
        </button>
      ))}
    </div>
  );
}
