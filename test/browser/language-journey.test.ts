/**
 * Browser journey for the console's language: a first visit follows the browser's language (any
 * Chinese → 中文, anything else → English); the user's own switch is remembered and wins over the
 * browser's language from then on; <html lang> always says which.
 * Screenshots land in test-results/screenshots/language-*.png.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchBrowser, type BrowserSession } from './browser.ts';
import { byTestId } from './journey.ts';

let server: TestServer | undefined;
/** Browsers still open, closed after the tests whatever happened. */
const open = new Set<BrowserSession>();

beforeAll(async () => {
  server = await startTestServer();
}, 240_000);

afterAll(async () => {
  for (const browser of open) await browser.close();
  await server?.close();
});

/** A fresh browser (no stored choice) in `locale`, on the sign-in page. */
async function firstVisit(locale: string): Promise<BrowserSession> {
  if (!server) throw new Error('setup failed');
  const browser = await launchBrowser({ locale });
  open.add(browser);
  await browser.page.goto(`${server.baseUrl}/login`);
  await browser.page.waitForSelector(byTestId('login-form'));
  return browser;
}

const SIGN_IN = { 'zh-CN': '登录', en: 'Sign in' } as const;

test('a first visit takes the browser language: Chinese of any region → 中文, others → English', { timeout: 120_000 }, async () => {
  for (const [locale, expected] of [
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['ja-JP', 'en'],
  ] as const) {
    const browser = await firstVisit(locale);
    const { page } = browser;
    expect(await page.getAttribute('html', 'lang'), locale).toBe(expected);
    expect(await page.textContent(byTestId('login-submit')), locale).toBe(SIGN_IN[expected]);
    expect(await page.getAttribute(byTestId(`lang-${expected}`), 'aria-pressed'), locale).toBe('true');
    // Nothing is remembered until the user chooses.
    expect(await page.evaluate(() => localStorage.getItem('tripdesk.lang')), locale).toBeNull();
    open.delete(browser);
    await browser.close();
  }
});

test('the switch is remembered and wins over the browser language', { timeout: 120_000 }, async () => {
  const browser = await firstVisit('en-US');
  const { page, screenshot } = browser;
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await screenshot('language-01-english-browser');

  await page.click(byTestId('lang-zh-CN'));
  await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
  expect(await page.textContent(byTestId('login-submit'))).toBe(SIGN_IN['zh-CN']);
  expect(await page.evaluate(() => localStorage.getItem('tripdesk.lang'))).toBe('zh-CN');

  // The English browser does not take over again: not on reload, not on a new page.
  await page.reload();
  await page.waitForSelector(byTestId('login-form'));
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.textContent(byTestId('login-submit'))).toBe(SIGN_IN['zh-CN']);
  await screenshot('language-02-chosen-chinese-after-reload');

  // A stored value that is none of ours is passed over: the browser decides again.
  await page.evaluate(() => localStorage.setItem('tripdesk.lang', 'xx'));
  await page.reload();
  await page.waitForSelector(byTestId('login-form'));
  expect(await page.getAttribute('html', 'lang')).toBe('en');

  // And back to English by choice.
  await page.click(byTestId('lang-en'));
  await page.waitForSelector('html[lang="en"]', { state: 'attached' });
  expect(await page.evaluate(() => localStorage.getItem('tripdesk.lang'))).toBe('en');
});
