/**
 * Browser journey for the console per role: a traveller, an approver, a travel admin and finance
 * each sign in and see their own work on the home page (zh-CN, then once more in English); the
 * audit log reads in sentences and filters; the inbox shows itinerary and flags.
 * Screenshots land in test-results/screenshots/role-home-*.png.
 */
import { expect, test } from 'vitest';
import { byTestId, useJourney } from './journey.ts';

const setup = useJourney('role-home');

const ROLES = [
  { email: 'traveller@huachen.example.com', name: 'traveller', sections: ['home-traveller'], absent: ['home-setup', 'home-finance'] },
  { email: 'approver@huachen.example.com', name: 'approver', sections: ['home-approver', 'home-traveller'], absent: ['home-setup'] },
  { email: 'admin@huachen.example.com', name: 'travel-admin', sections: ['home-setup', 'home-budget-warnings'], absent: ['home-finance'] },
  { email: 'finance@huachen.example.com', name: 'finance', sections: ['home-finance'], absent: ['home-setup'] },
] as const;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

test('each role’s home shows its work, in zh-CN and in English', { timeout: 300_000 }, async () => {
  const { page, signIn, shot } = setup();
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const role of ROLES) {
      await signIn(role.email);
      if (lang === 'en' && (await page.getAttribute('html', 'lang')) !== 'en') {
        await page.click(byTestId('lang-en'));
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      try {
        for (const section of role.sections) await page.waitForSelector(byTestId(section));
      } catch (err) {
        await shot(`${role.name}-${lang}-failed`);
        throw err;
      }
      for (const section of role.absent) expect(await page.$(byTestId(section)), `${role.name}: ${section}`).toBeNull();
      await page.waitForLoadState('networkidle');
      if (role.name === 'approver') {
        await page.waitForSelector(byTestId('home-pending-item'));
        expect(await page.$$(`${byTestId('home-pending-item')} ${byTestId('itinerary')}`)).not.toHaveLength(0);
      }
      if (role.name === 'finance') {
        await page.waitForSelector(byTestId('burn-chart'));
        expect((await page.$$(byTestId('burn-row'))).length).toBeGreaterThan(0);
      }
      if (role.name === 'traveller') {
        // No draft policies, no organisation maintenance in a traveller's navigation.
        expect(await page.$('a[href="/policies"]')).toBeNull();
        expect(await page.$('a[href="/org/employees"]')).toBeNull();
      }
      expect(await page.textContent(byTestId('page-home'))).not.toMatch(UUID);
      await shot(`${role.name}-${lang}`);
    }
  }
  // Back to Chinese for whoever runs next.
  await page.click(byTestId('lang-zh-CN'));
});

test('the audit log reads in sentences, filters on the server, and the inbox shows itinerary and flags', { timeout: 180_000 }, async () => {
  const { page, signIn, shot, server } = setup();
  await signIn('admin@huachen.example.com');
  await page.goto(`${server.baseUrl}/audit`);
  await page.waitForSelector(byTestId('audit-row'));
  const sentences = await page.$$eval(byTestId('audit-sentence'), (cells) => cells.map((c) => c.textContent ?? ''));
  expect(sentences.length).toBeGreaterThan(5);
  for (const s of sentences) expect(s).not.toMatch(UUID);
  await page.selectOption(byTestId('audit-filter-action'), 'travel_request.*');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="audit-row"]')].every((r) => r.getAttribute('data-action')?.startsWith('travel_request.')),
  );
  expect(await page.getAttribute(byTestId('audit-export'), 'href')).toContain('action=travel_request.*');
  await shot('audit-log');

  await signIn('approver@huachen.example.com');
  await page.goto(`${server.baseUrl}/approvals`);
  await page.waitForSelector(byTestId('inbox-row'));
  expect(await page.$$(`${byTestId('inbox-row')} ${byTestId('itinerary')}`)).not.toHaveLength(0);
  await shot('inbox');
});
