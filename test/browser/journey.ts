/**
 * What the browser journeys share: test-id selectors, signing in and out as a demo log-in, reading
 * the API inside the page (with its session cookie) and full-page screenshots from the top.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/server.ts';
import { launchBrowser, type BrowserSession } from './browser.ts';

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Picks a city in a CitySelect: types what a user would (北京, beij, bj, PEK) and chooses the city by its id. */
export async function pickCity(page: Page, testId: string, typed: string, cityId: string): Promise<void> {
  await page.fill(byTestId(testId), typed);
  await page.click(`${byTestId(`${testId}-option`)}[data-city-id="${cityId}"]`);
  await page.waitForSelector(`${byTestId(testId)}[data-city-id="${cityId}"]`);
}

/** The id of the city a CitySelect holds ('' for none). */
export async function cityOf(page: Page, testId: string): Promise<string> {
  return (await page.getAttribute(byTestId(testId), 'data-city-id')) ?? '';
}

/** GET from the API inside the page, so the session cookie is used. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url} → ${response.status}`);
    const type = response.headers.get('Content-Type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }, path);
}

export interface Journey {
  /** Signs in from no session at all as a demo log-in, and returns the display name. */
  signIn: (email: string) => Promise<string>;
  signOut: () => Promise<void>;
  /** A full-page screenshot named `${prefix}-${name}`, taken from the top (sticky bars would otherwise show mid-page). */
  shot: (name: string) => Promise<string>;
}

export function journey(server: TestServer, browser: BrowserSession, prefix: string): Journey {
  const { page } = browser;
  const passwordOf = (email: string) => {
    const login = server.demoLogins.find((l) => l.email === email);
    if (!login) throw new Error(`no demo log-in ${email}`);
    return login.password;
  };
  return {
    signIn: async (email) => {
      // Start from no session at all, whatever an earlier (failed) step left behind.
      await page.context().clearCookies();
      await page.goto(`${server.baseUrl}/login`);
      await page.waitForSelector(byTestId('login-form'));
      await page.fill(byTestId('login-identifier'), email);
      await page.fill(byTestId('login-password'), passwordOf(email));
      await page.click(byTestId('login-submit'));
      try {
        await page.waitForSelector(byTestId('page-home'));
      } catch (err) {
        await browser.screenshot(`${prefix}-failed-sign-in-${email.split('@')[0] ?? ''}`);
        throw err;
      }
      const me = await apiGet<{ displayName: string }>(page, '/api/v1/me');
      return me.displayName;
    },
    signOut: async () => {
      await page.click(byTestId('logout'));
      await page.waitForURL(/\/login$/);
    },
    shot: async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      return browser.screenshot(`${prefix}-${name}`);
    },
  };
}

export interface JourneySetup extends Journey {
  page: Page;
  server: TestServer;
}

/**
 * Registers a test file's server and zh-CN browser (started before its tests, closed after) and
 * returns what a test takes from them; calling it before the setup has run throws.
 */
export function useJourney(prefix: string, serverOptions: TestServerOptions = {}): () => JourneySetup {
  let server: TestServer | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startTestServer(serverOptions);
    browser = await launchBrowser({ locale: 'zh-CN' });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!server || !browser) throw new Error('setup failed');
    return { ...journey(server, browser, prefix), page: browser.page, server };
  };
}
