/**
 * Browser journey of the support desk (客服工作台), in Chinese with one English screenshot: the
 * demo traveller books a flight inside their approved travel request (through the API, to have an
 * order of their own) and presses 联系客服 on the order's page; the demo agent lands on the desk,
 * finds the ticket under 未分配 and takes it, writes an internal note and replies with 待客户回复;
 * a change made behind the page's back meets CONCURRENT_UPDATE; the traveller sees the reply (not
 * the note) in 我的工单 and answers; the agent solves it, and the traveller reads 问题已解决.
 * Each new page passes axe's WCAG 2.1 AA rules on the way. Screenshots land in test-results/screenshots/desk-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, describeViolations } from './axe.ts';
import { apiGet, byTestId, useJourney } from './journey.ts';

const setup = useJourney('desk');
const loaded = (testId: string) => `${byTestId(testId)}[data-loading="false"]`;

interface FlightOption {
  bookable: boolean;
  offer: { supplierCode: string; offerId: string };
  policy: { compliant: boolean } | null;
  coverage: { covered: boolean };
}

/** POST from inside the page with its session cookie and CSRF token, as the console does. */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ url, payload }) => {
      const csrf = /(?:^|;\s*)td_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch(url, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${url} → ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { url: path, payload: body },
  );
}

/** The traveller's own order: a compliant flight on the first leg of their approved request. */
async function bookFlight(page: Page): Promise<{ id: string; trackingCode: string }> {
  const approved = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/travel-requests?scope=mine&status=approved');
  const requestId = approved.items[0]?.id;
  if (!requestId) throw new Error('the demo traveller has no approved request');
  const request = await apiGet<{ itinerary: { fromCity: string; toCity: string; departDate: string }[] }>(
    page,
    `/api/v1/travel-requests/${requestId}`,
  );
  const leg = request.itinerary[0];
  if (!leg) throw new Error('the approved request has no leg');
  // The request names its cities as written (上海); the search takes the directory's ids.
  const cityId = async (name: string) =>
    (await apiGet<{ items: { id: string }[] }>(page, `/api/v1/geo/cities?q=${encodeURIComponent(name)}&limit=1`)).items[0]?.id ?? name;
  const search = {
    category: 'flight',
    query: { originCityId: await cityId(leg.fromCity), destinationCityId: await cityId(leg.toCity), date: leg.departDate },
    travelRequestId: requestId,
  };
  const found = await apiPost<{ options: FlightOption[] }>(page, '/api/v1/booking/search', search);
  const option = found.options.find((o) => o.bookable && o.policy?.compliant === true && o.coverage.covered);
  if (!option) throw new Error('no compliant flight inside the request');
  const placed = await apiPost<{ order: { id: string; trackingCode: string } }>(page, '/api/v1/booking/orders', {
    search,
    supplierCode: option.offer.supplierCode,
    offerId: option.offer.offerId,
  });
  return placed.order;
}

test('a traveller asks about an order, the agent takes it, replies, hears back and solves it', { timeout: 90_000 }, async () => {
  const { page, signIn, signOut, shot, server } = setup();
  const a11y: string[] = [];
  /** Checks the page as it is now against WCAG 2.1 AA; the findings are asserted at the end. */
  const checkA11y = async (where: string) => a11y.push(describeViolations(where, await axeViolations(page)));
  const passwordOf = (email: string) => server.demoLogins.find((l) => l.email === email)?.password ?? '';
  /** Agents land on the desk, not on home: journey.signIn waits for home, so the agent signs in here. */
  const signInAgent = async () => {
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login`);
    await page.fill(byTestId('login-identifier'), 'agent@tripdesk.example.com');
    await page.fill(byTestId('login-password'), passwordOf('agent@tripdesk.example.com'));
    await page.click(byTestId('login-submit'));
    await page.waitForSelector(loaded('desk-table'));
    expect(new URL(page.url()).pathname).toBe('/desk');
    return (await apiGet<{ displayName: string }>(page, '/api/v1/me')).displayName;
  };

  // 1. The traveller's order page: 联系客服 opens the form with the order's tracking code.
  await signIn('traveller@huachen.example.com');
  const order = await bookFlight(page);
  await page.goto(`${server.baseUrl}/orders/${order.id}`);
  await page.waitForSelector(byTestId('page-order-detail'));
  await page.click(byTestId('contact-support'));
  await page.waitForSelector(byTestId('contact-support-dialog'));
  expect(await page.textContent(byTestId('contact-support-order'))).toBe(order.trackingCode);
  expect(await page.inputValue(byTestId('contact-support-subject'))).toContain(order.trackingCode);
  await page.selectOption(byTestId('contact-support-category'), 'change');
  await page.fill(byTestId('contact-support-body'), '会议提前了，想把这班机改到前一天晚上，有合适的航班吗？');
  await shot('01-contact-support');
  await checkA11y('contact-support-dialog');
  await page.click(byTestId('contact-support-submit'));
  await page.waitForSelector(`${byTestId('page-my-ticket')}[data-status="new"]`);
  await page.waitForSelector(byTestId('ticket-opened'));
  const ticketId = (await page.getAttribute(byTestId('page-my-ticket'), 'data-ticket-id')) ?? '';
  const number = (await page.getAttribute(byTestId('page-my-ticket'), 'data-number')) ?? '';
  expect(await page.textContent(byTestId('ticket-order-link'))).toBe(order.trackingCode);
  await shot('02-ticket-opened');
  await checkA11y('my-ticket');
  await signOut();

  // 2. The agent lands on the desk; the new ticket waits under 未分配, and 接单 takes it.
  const agent = await signInAgent();
  expect(await page.textContent(byTestId('nav-desk'))).toBe('客服工作台');
  await page.click(byTestId('desk-view-unassigned'));
  const row = `${byTestId('desk-row')}[data-ticket-id="${ticketId}"]`;
  await page.waitForSelector(row);
  expect(await page.textContent(`${row} td:first-child`)).toBe(`#${number}`);
  await shot('03-desk-unassigned');
  await checkA11y('desk');
  await page.click(`${row} ${byTestId('desk-take')}`);
  await page.waitForSelector(byTestId('desk-taken'));
  await page.waitForSelector(row, { state: 'detached' });
  await page.click(byTestId('desk-view-mine'));
  await page.waitForSelector(`${row} ${byTestId('desk-assignee')}:text-is("${agent}")`);
  await page.click(`${row} ${byTestId('desk-ticket-link')}`);

  // 3. The ticket: an internal note (Ctrl+Enter), then a reply that waits on the customer.
  await page.waitForSelector(`${byTestId('page-desk-ticket')}[data-ticket-id="${ticketId}"]`);
  await page.click(byTestId('desk-composer-note'));
  await page.fill(byTestId('desk-composer-body'), '查了东航前一晚 MU5138 有座，差价约 200 元，等客户确认。');
  await page.press(byTestId('desk-composer-body'), 'Control+Enter');
  await page.waitForSelector(`${byTestId('ticket-message')}[data-kind="note"] ${byTestId('ticket-message-note')}:text-is("内部备注")`);
  await page.click(byTestId('desk-composer-public'));
  await page.fill(byTestId('desk-composer-body'), '您好，前一晚 20:30 有东航 MU5138 可改签，差价约 200 元，请确认是否改签？');
  await page.click(byTestId('desk-composer-send-pending_customer'));
  await page.waitForSelector(`${byTestId('page-desk-ticket')}[data-status="pending_customer"]`);
  await page.waitForSelector(`${byTestId('ticket-timeline-words')}:has-text("状态 由 新建 改为 待客户回复")`);

  // Someone else changes the ticket behind the page's back: the page's next change is refused and reloaded.
  const version = Number(await page.getAttribute(byTestId('page-desk-ticket'), 'data-version'));
  await page.evaluate(
    async ({ id, v }) => {
      const csrf = /(?:^|;\s*)td_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch(`/api/v1/tickets/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({ version: v, tags: ['改签'] }),
      });
      if (!response.ok) throw new Error(`PATCH → ${response.status}`);
    },
    { id: ticketId, v: version },
  );
  await page.selectOption(byTestId('ticket-field-priority'), 'high');
  await page.waitForSelector(byTestId('ticket-concurrent'));
  await page.waitForSelector(`${byTestId('page-desk-ticket')}[data-version="${version + 1}"]`);
  expect(await page.inputValue(byTestId('ticket-field-priority'))).toBe('normal');
  await page.waitForSelector(`${byTestId('ticket-tags')}:has-text("改签")`);
  await shot('04-desk-concurrent');
  await page.selectOption(byTestId('ticket-field-priority'), 'high');
  await page.waitForSelector(`${byTestId('ticket-priority')}[data-priority="high"]`);
  await shot('05-desk-ticket');
  await checkA11y('desk-ticket');
  await signOut();

  // 4. The traveller reads the reply (never the note) in 我的工单 and answers.
  await signIn('traveller@huachen.example.com');
  await page.click(byTestId('nav-my-tickets'));
  await page.waitForSelector(`${byTestId('my-ticket-row')}[data-status="pending_customer"]`);
  await checkA11y('my-tickets');
  await shot('06-my-tickets');
  await page.click(`a[href="/tickets/${ticketId}"]`);
  await page.waitForSelector(byTestId('ticket-pending-you'));
  expect(await page.$$(`${byTestId('ticket-message')}[data-kind="note"]`)).toHaveLength(0);
  expect(await page.textContent(byTestId('page-my-ticket'))).not.toContain('差价约 200 元，等客户确认');
  await page.fill(byTestId('ticket-reply-body'), '可以，请帮我改签到 MU5138，谢谢！');
  await page.press(byTestId('ticket-reply-body'), 'Control+Enter');
  await page.waitForSelector(`${byTestId('page-my-ticket')}[data-status="open"]`);
  await shot('07-traveller-reply');
  await signOut();

  // 5. The agent solves it with the last reply; the history reads in words.
  await signInAgent();
  await page.click(`${byTestId('desk-row')}[data-ticket-id="${ticketId}"] ${byTestId('desk-ticket-link')}`);
  await page.waitForSelector(`${byTestId('page-desk-ticket')}[data-status="open"]`);
  await page.fill(byTestId('desk-composer-body'), '已为您改签至 MU5138，新行程单已发送至邮箱。');
  await page.click(byTestId('desk-composer-send-solved'));
  await page.waitForSelector(`${byTestId('page-desk-ticket')}[data-status="solved"]`);
  await page.waitForSelector(`${byTestId('ticket-timeline-event')}[data-type="ticket.solved"]`);
  const history = await page.$$eval(byTestId('ticket-timeline-words'), (items) => items.map((i) => i.textContent ?? ''));
  expect(history.join('\n')).toContain(`处理人 由 无 改为 ${agent}`);
  expect(history.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await shot('08-desk-solved');

  // One look at the desk in English.
  await page.click(byTestId('lang-en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click(byTestId('desk-back'));
  await page.click(byTestId('desk-view-all'));
  await page.waitForSelector(loaded('desk-table'));
  expect(await page.textContent(byTestId('nav-desk'))).toBe('Support desk');
  await shot('09-desk-en');
  await page.click(byTestId('lang-zh-CN'));
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await signOut();

  // 6. The traveller reads 问题已解决, and may still reply within the window.
  await signIn('traveller@huachen.example.com');
  await page.goto(`${server.baseUrl}/tickets/${ticketId}`);
  await page.waitForSelector(`${byTestId('page-my-ticket')}[data-status="solved"]`);
  expect(await page.textContent(byTestId('ticket-solved'))).toContain('问题已解决');
  expect(await page.isEnabled(byTestId('ticket-reply-body'))).toBe(true);
  await shot('10-traveller-solved');
  expect(a11y.filter(Boolean).join('\n')).toBe('');
});
