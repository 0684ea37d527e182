import { describe, expect, it } from 'vitest';
import { localeForBrowser } from './browserLanguage';

describe('localeForBrowser (the first visit’s language)', () => {
  it('takes any Chinese as zh-CN', () => {
    for (const zh of ['zh', 'zh-CN', 'zh-cn', 'zh-TW', 'zh-HK', 'zh-Hans', 'zh-Hant-TW', 'ZH', 'zh_CN']) {
      expect(localeForBrowser([zh]), zh).toBe('zh-CN');
    }
  });

  it('takes anything else as English', () => {
    for (const other of ['en', 'en-US', 'en-GB', 'fr-FR', 'ja-JP', 'de', 'zu', 'zha']) {
      expect(localeForBrowser([other]), other).toBe('en');
    }
  });

  it('goes by the most preferred language', () => {
    expect(localeForBrowser(['fr-FR', 'zh-CN'])).toBe('en');
    expect(localeForBrowser(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(localeForBrowser(['', ' ', 'zh'])).toBe('zh-CN');
  });

  it('says nothing when the browser names no language, so the fallback applies', () => {
    expect(localeForBrowser([])).toBeUndefined();
    expect(localeForBrowser([''])).toBeUndefined();
  });
});
