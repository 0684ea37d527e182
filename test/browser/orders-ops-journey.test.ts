/**
 * Browser journey for the order and operations pages: the operations user opens the simulator's
 * fault panel (and sends a command that finds no booking) and the ingestion page; the travel admin
 * opens the admin order list; nobody signed in tracks an unknown code typed in lower case without
 * dashes (from the login page's link) and sees a friendly "no such code", then once more in
 * English. Screenshots land in test-results/screenshots/orders-ops-*.png.
 */
import { expect, test } from 'vitest';
import { byTestId, useJourney } from './journey.ts';

const setup = useJourney('orders-ops');
const loaded = (testId: string) => `${byTestId(testId)}[data-loading="false"]`;

test('operations see the simulator and ingestion, a travel admin the orders, anyone the tracking page', { timeout: 90_000 }, async () => {
  const { page, signIn, signOut, shot } = setup();

  await signIn('ops@tripdesk.example.com');
  await page.click('a[href="/simulator"]');
  await page.waitForSelector(byTestId('simulator-settings'));
  await page.waitForSelector(`${byTestId('simulator-bookings')} table[data-loading="false"]`);
  expect(await page.inputValue(byTestId('simulator-latency'))).toMatch(/^\d+$/);
  // A command naming an order no simulated supplier holds: the panel says nothing was acted on.
  await page.fill(byTestId('simulator-command-order-ref'), 'f7km3qx9k');
  await page.click(byTestId('simulator-command-run'));
  await page.waitForSelector(byTestId('simulator-command-none'));
  await shot('simulator');

  await page.click('a[href="/ingest"]');
  await page.waitForSelector(loaded('dead-table'));
  await shot('ingest');
  await page.click(byTestId('ingest-tabs-events'));
  await page.waitForSelector(loaded('events-table'));
  await shot('ingest-events');
  await signOut();

  await signIn('admin@huachen.example.com');
  await page.click('a[href="/orders"]');
  await page.waitForSelector(loaded('orders-table'));
  expect(await page.getAttribute(byTestId('orders-export'), 'href')).toContain('scope=all');
  await page.selectOption(byTestId('order-filter-status'), 'ticketed');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="orders-export"]')?.getAttribute('href')?.includes('status=ticketed'),
  );
  await page.waitForSelector(loaded('orders-table'));
  await shot('orders');
  await signOut();

  // Not signed in: the login page links to tracking; a code typed in lower case, without dashes.
  await page.click(byTestId('login-track-link'));
  await page.waitForSelector(byTestId('track-form'));
  await page.fill(byTestId('track-code'), 'abcd2345x');
  await page.click(byTestId('track-submit'));
  await page.waitForURL(/\/track\/ABCD-2345-X$/);
  await page.waitForSelector(byTestId('track-not-found'));
  expect(await page.textContent(byTestId('track-not-found'))).toContain('ABCD-2345-X');
  await shot('track-not-found');

  await page.click(byTestId('lang-en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await page.textContent(byTestId('track-not-found'))).toContain('No order has the tracking code');
  await shot('track-not-found-en');
  // Back to Chinese for whoever runs next.
  await page.click(byTestId('lang-zh-CN'));
});
