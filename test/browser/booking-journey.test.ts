/**
 * Browser journey of booking, in Chinese (one page in English), over the built-in simulator with a
 * short latency: the demo traveller opens their approved travel request and clicks 预订; books a
 * hotel over the standard (and over the request's estimate) with a 超标原因, and sees it wait for
 * approval (待审批); their manager approves it in the 审批 inbox; the traveller sees the simulated
 * hotel confirm it and looks it up by tracking code on the public page; then books a flight inside
 * the request, sees it ticketed, changes it (改签) to another flight of the same airline and sees
 * the child order. On the way, 预订前校验 shows live fares. Screenshots land in test-results/screenshots/booking-*.png.
 */
import { expect, test } from 'vitest';
import { apiGet, byTestId, cityOf, useJourney } from './journey.ts';

const setup = useJourney('booking', { env: { TRIPDESK_SIMULATOR_LATENCY_MS: '300' }, supply: true });

const orderIdOf = (url: string) => /\/orders\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';

test(
  'traveller books from an approved request: a hotel over the standard through approval, a flight changed',
  { timeout: 120_000 },
  async () => {
    const { page, signIn, signOut, shot } = setup();

    // 1. The traveller's approved request: 预订 opens the booking page on its first leg (上海 → 广州).
    await signIn('traveller@huachen.example.com');
    const approved = await apiGet<{ items: { id: string; code: string }[] }>(page, '/api/v1/travel-requests?scope=mine&status=approved');
    const request = approved.items[0];
    if (!request) throw new Error('the demo traveller has no approved request');
    // 预订前校验 now asks the suppliers: live fares for the request's first leg, with the policy's marks.
    await page.click(byTestId('nav-my-policy'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="live-search-query-origin"]')?.getAttribute('data-city-id') === 'shanghai',
    );
    await page.click(byTestId('live-search-query-search'));
    await page.waitForSelector(`${byTestId('live-search-results')} ${byTestId('booking-option')}`);
    expect(await page.locator(`${byTestId('live-search-results')} ${byTestId('booking-book')}`).count()).toBe(0);
    await shot('00-my-policy-live-fares');

    await page.click(byTestId('nav-travel-requests'));
    await page.click(`a[href="/travel/requests/${request.id}"]`);
    await page.waitForSelector(`${byTestId('page-request')}[data-status="approved"]`);
    await page.click(byTestId('request-book'));
    await page.waitForSelector(`${byTestId('page-booking')}[data-request-id="${request.id}"]`);
    expect(await page.textContent(byTestId('booking-request'))).toContain(request.code);
    expect(await cityOf(page, 'booking-query-origin')).toBe('shanghai');
    expect(await cityOf(page, 'booking-query-destination')).toBe('guangzhou');

    // 2. Hotels in 广州 for the request's nights, marked against the policy.
    await page.click(byTestId('booking-category-hotel'));
    expect(await cityOf(page, 'booking-query-city')).toBe('guangzhou');
    await page.click(byTestId('booking-query-search'));
    await page.waitForSelector(byTestId('booking-results'));
    expect(await page.locator(`${byTestId('booking-mark')}[data-mark="compliant"]`).count()).toBeGreaterThan(0);
    expect(
      await page
        .locator(`${byTestId('booking-coverage')}[data-covered="true"]`)
        .first()
        .textContent(),
    ).toBe('在申请单范围内，无需再次审批');
    await shot('01-hotel-results');
    // Only those over the standard; one dear enough to pass the request's estimate too (it will need approval).
    await page.click(byTestId('booking-filter-over'));
    const over = page.locator(`${byTestId('booking-option')}[data-bookable="true"][data-compliant="false"][data-covered="false"]`).first();
    await over.waitFor();
    expect(await page.locator(`${byTestId('booking-option')}[data-compliant="true"]`).count()).toBe(0);
    expect(await over.locator(byTestId('booking-failed-check')).count()).toBeGreaterThan(0);

    // 3. Over the standard: the dialog asks for a 超标原因 before it books.
    await over.locator(byTestId('booking-book')).click();
    await page.waitForSelector(`${byTestId('booking-confirm')}[data-needs-reason="true"]`);
    await page.click(byTestId('booking-confirm-ok'));
    await page.waitForSelector(byTestId('booking-reason-missing'));
    // The policy's reason codes are offered, with words beside them.
    expect(await page.locator(`${byTestId('booking-reason-code')} option[value="HOTEL_FULL"]`).textContent()).toBe('协议酒店满房');
    await page.selectOption(byTestId('booking-reason-code'), 'HOTEL_FULL');
    await page.fill(byTestId('booking-reason-text'), '会议酒店，协议酒店已满');
    await shot('02-hotel-reason');
    await page.click(byTestId('booking-confirm-ok'));
    await page.waitForSelector(`${byTestId('page-order-detail')}[data-order-status="pending_approval"]`);
    const hotelId = orderIdOf(page.url());
    const hotelCode = (await page.textContent(byTestId('order-tracking-code'))) ?? '';
    expect(hotelCode).toMatch(/^H[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(await page.textContent(byTestId('order-status'))).toBe('待审批');
    await shot('03-hotel-pending-approval');
    await signOut();

    // 4. The manager approves it in the 审批 inbox.
    await signIn('approver@huachen.example.com');
    await page.click(byTestId('nav-approvals'));
    const row = page.locator(`${byTestId('inbox-row')}[data-subject-id="${hotelId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(hotelCode);
    await row.locator(byTestId('inbox-select')).check();
    await shot('04-inbox');
    await page.click(byTestId('inbox-bulk-approve'));
    await page.click(byTestId('confirm-ok'));
    await page.waitForSelector(byTestId('inbox-bulk-summary'));
    await signOut();

    // 5. The traveller sees the simulated hotel confirm it (the page refreshes while the supplier works).
    await signIn('traveller@huachen.example.com');
    await page.click(byTestId('nav-my-trips'));
    await page.click(`a[href="/orders/${hotelId}"]`);
    await page.waitForSelector(`${byTestId('page-order-detail')}[data-order-status="confirmed"]`, { timeout: 20_000 });
    expect(await page.textContent(byTestId('order-status'))).toBe('已确认');
    await shot('05-hotel-confirmed');

    // 6. Anyone with the code can follow it on the public tracking page.
    await page.goto(page.url().replace(/\/orders\/.*$/, '/track'));
    await page.fill(byTestId('track-code'), hotelCode.toLowerCase().replaceAll('-', ''));
    await page.click(byTestId('track-submit'));
    await page.waitForSelector(`${byTestId('track-result')}[data-status="confirmed"]`);
    expect(await page.textContent(byTestId('track-result-code'))).toBe(hotelCode);
    await shot('06-track');

    // 7. A flight inside the request books at once and the airline tickets it.
    await page.goto(page.url().replace(/\/track\/.*$/, `/book?request=${request.id}`));
    await page.waitForSelector(`${byTestId('page-booking')}[data-request-id="${request.id}"][data-category="flight"]`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="booking-query-origin"]')?.getAttribute('data-city-id') === 'shanghai',
    );
    await page.click(byTestId('booking-query-search'));
    await page.waitForSelector(byTestId('booking-results'));
    await shot('07-flight-results');
    // The results in English: the marks and the failed checks' explanations follow the language.
    await page.click(byTestId('lang-en'));
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    expect(
      await page
        .locator(`${byTestId('booking-mark')}[data-mark="compliant"]`)
        .first()
        .textContent(),
    ).toBe('In policy');
    expect(await page.locator(byTestId('booking-failed-check')).first().textContent()).toMatch(/[A-Za-z]/);
    await shot('07-flight-results-en');
    await page.click(byTestId('lang-zh-CN'));
    await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
    const fine = page.locator(`${byTestId('booking-option')}[data-bookable="true"][data-compliant="true"][data-covered="true"]`).first();
    const bookedFlight = (await fine.locator(byTestId('booking-option-title')).textContent()) ?? '';
    await fine.locator(byTestId('booking-book')).click();
    await page.waitForSelector(`${byTestId('booking-confirm')}[data-needs-reason="false"]`);
    expect(await page.textContent(byTestId('booking-confirm-approval'))).toContain('无需再次审批');
    await page.click(byTestId('booking-confirm-ok'));
    await page.waitForSelector(`${byTestId('page-order-detail')}[data-order-status="ticketed"]`, { timeout: 20_000 });
    const flightCode = (await page.textContent(byTestId('order-tracking-code'))) ?? '';
    await shot('08-flight-ticketed');

    // 8. 改签: another flight of the same airline; the order becomes 已改签 and the child order shows.
    await page.click(byTestId('order-change'));
    await page.waitForSelector(byTestId('order-change-dialog'));
    expect(await cityOf(page, 'change-query-origin')).toBe('shanghai');
    await page.click(byTestId('change-query-search'));
    await page.waitForSelector(byTestId('change-results'));
    const other = page
      .locator(`${byTestId('change-results')} ${byTestId('booking-option')}[data-bookable="true"]`)
      .filter({ hasNot: page.locator(`${byTestId('booking-option-title')}:text-is("${bookedFlight}")`) })
      .first();
    await shot('09-change-search');
    await other.locator(byTestId('change-choose')).click();
    await page.waitForSelector(byTestId('booking-confirm'));
    if ((await page.getAttribute(byTestId('booking-confirm'), 'data-needs-reason')) === 'true') {
      await page.fill(byTestId('booking-reason-text'), '会议改期');
    }
    await shot('10-change-confirm');
    await page.click(byTestId('booking-confirm-ok'));
    await page.waitForSelector(`${byTestId('order-parent-link')}:text-is("${flightCode}")`);
    await page.waitForSelector(`${byTestId('page-order-detail')}[data-order-status="ticketed"]`, { timeout: 20_000 });
    expect(await page.textContent(byTestId('order-tracking-code'))).not.toBe(flightCode);
    await shot('11-flight-changed-child');

    // 9. The same child order in English.
    await page.click(byTestId('lang-en'));
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    expect(await page.textContent(byTestId('order-status'))).toBe('Ticketed');
    await shot('12-child-en');
    await page.click(byTestId('lang-zh-CN'));
    await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
  },
);
