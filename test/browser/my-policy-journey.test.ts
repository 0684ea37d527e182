/**
 * Browser journey through 我的差旅标准, in Chinese then English: the demo traveller sees the policy
 * that applies to them (name, version, why) and its rules, then checks options before booking
 * (预订前校验) against their approved travel request: an economy fare over the 70% cap (a warning:
 * covered by the request, no approval, a reason code to pick), business class (the policy requires
 * approval: the demo's out-of-policy flow names the manager), and a hotel night in the request's city.
 * Screenshots land in test-results/screenshots/my-policy-*.png.
 */
import { expect, test } from 'vitest';
import { apiGet, byTestId, cityOf, useJourney } from './journey.ts';

const steps = useJourney('my-policy');

test('traveller: my travel policy, and checks before booking against the approved request', { timeout: 180_000 }, async () => {
  const { page, signIn, shot } = steps();
  await signIn('traveller@huachen.example.com');
  const me = await apiGet<{ employeeId: string }>(page, '/api/v1/me');
  const self = await apiGet<{ managerName: string }>(page, `/api/v1/org/employees/${me.employeeId}`);
  const resolved = await apiGet<{ policy: { id: string; name: string } }>(page, '/api/v1/policies/resolve');
  const approved = await apiGet<{ items: { id: string; code: string }[] }>(page, '/api/v1/travel-requests?scope=mine&status=approved');
  const request = approved.items[0];
  if (!request) throw new Error('the demo traveller has no approved request');

  // 1. The policy that applies, why, and its rules.
  expect(await page.textContent(byTestId('nav-my-policy'))).toBe('我的差旅标准');
  await page.click(byTestId('nav-my-policy'));
  await page.waitForSelector(`${byTestId('page-my-policy')}[data-policy-id="${resolved.policy.id}"]`);
  expect(await page.textContent(byTestId('my-policy-name'))).toBe(resolved.policy.name);
  expect((await page.textContent(byTestId('my-policy-reason')))?.length).toBeGreaterThan(4);
  // Only the rules for the traveller's rank, until the others are asked for; nothing to edit.
  const mine = await page.locator(byTestId('rule-item')).count();
  expect(mine).toBeGreaterThan(5);
  expect(await page.textContent(byTestId('my-policy-for-rank'))).toContain('级别 1');
  expect(await page.locator(`${byTestId('rule-item')}[data-rule-id="flight-cabin-managers"]`).count()).toBe(0);
  await page.check(byTestId('my-policy-show-all'));
  await page.locator(`${byTestId('rule-item')}[data-rule-id="flight-cabin-managers"]`).waitFor();
  expect(await page.locator(byTestId('rule-item')).count()).toBeGreaterThan(mine);
  await page.uncheck(byTestId('my-policy-show-all'));
  expect(await page.locator(byTestId('rule-remove')).count()).toBe(0);
  // The check starts on the newest approved request's first leg: 上海 → 广州.
  expect(await page.inputValue(byTestId('order-check-request'))).toBe(request.id);
  expect(await cityOf(page, 'order-check-option-origin')).toBe('shanghai');
  expect(await cityOf(page, 'order-check-option-destination')).toBe('guangzhou');
  await shot('01-applied');

  // 2. Economy at ¥1,580 of a ¥2,100 full fare: over the 70% cap, a warning. Inside the request: no approval.
  // The lowest fare in the window is given (the cheapest flight around is this one): left blank, the
  // policy would fail the lowest-fare rule closed as missing data.
  await page.fill(byTestId('order-check-option-lowest'), '1580');
  await page.click(byTestId('order-check-run'));
  const result = page.locator(byTestId('order-check-result'));
  await result.waitFor();
  expect(await result.getAttribute('data-outcome')).toBe('no_approval');
  expect(await result.getAttribute('data-reason')).toBe('covered_by_request');
  expect(await page.textContent(byTestId('order-check-outcome'))).toBe('可直接预订');
  const priceRule = page.locator(`${byTestId('order-check-rule')}[data-passed="false"]`);
  expect(await priceRule.count()).toBe(1);
  expect(await priceRule.getAttribute('data-action')).toBe('warn');
  expect(await priceRule.textContent()).toContain('7 折');
  expect(await page.locator(byTestId('order-check-reason')).count()).toBeGreaterThan(0);
  expect(await page.getAttribute(byTestId('order-check-covered'), 'data-covered')).toBe('true');
  expect(await page.locator(`${byTestId('order-check-coverage')}[data-pass="true"]`).count()).toBe(5);
  await shot('02-check-warn');

  // 3. Business class for ¥1,800: the policy requires approval, even inside the request; the manager approves.
  await page.selectOption(byTestId('order-check-option-cabin'), 'business');
  await page.fill(byTestId('order-check-option-fare'), '1800');
  await page.click(byTestId('order-check-run'));
  await page.waitForSelector(`${byTestId('order-check-result')}[data-outcome="approval_required"]`);
  expect(await result.getAttribute('data-reason')).toBe('policy_requires_approval');
  expect(await page.locator(`${byTestId('order-check-rule')}[data-action="require_approval"][data-passed="false"]`).count()).toBe(1);
  expect(await page.textContent(byTestId('approver-preview-flow'))).toContain('超标订单审批');
  expect(await page.textContent(byTestId('approver-preview-people'))).toContain(self.managerName);
  await shot('03-check-approval');

  // 4. The same in English.
  await page.click(byTestId('lang-en'));
  await page.waitForSelector('html[lang="en"]', { state: 'attached' });
  expect(await page.textContent(byTestId('order-check-outcome'))).toBe('Needs approval after booking');
  expect(await page.textContent(byTestId('order-check-explanation'))).toContain('The travel policy requires approval');
  expect(await page.textContent(`${byTestId('order-check-coverage')}[data-check="cities"]`)).toContain(
    'Shanghai, Guangzhou are on the itinerary',
  );
  await shot('04-check-en');
  await page.click(byTestId('lang-zh-CN'));
  await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });

  // 5. A hotel: the option moves to the request's destination and nights. Two nights at ¥650 are over
  // the request's hotel estimate of ¥1,100 (not covered, said why); at ¥500 they are inside it.
  await page.click(byTestId('order-check-category-hotel'));
  expect(await cityOf(page, 'order-check-option-city')).toBe('guangzhou');
  await page.click(byTestId('order-check-run'));
  await page.waitForSelector(`${byTestId('order-check-rule')}[data-rule-id^="hotel"]`);
  expect(await page.getAttribute(byTestId('order-check-covered'), 'data-covered')).toBe('false');
  expect(await page.textContent(`${byTestId('order-check-coverage')}[data-pass="false"]`)).toContain('超出申请预估 ¥1,100.00');
  await shot('05-check-hotel-over-estimate');
  await page.fill(byTestId('order-check-option-nightly'), '500');
  await page.click(byTestId('order-check-run'));
  await page.waitForSelector(`${byTestId('order-check-covered')}[data-covered="true"]`);
  await shot('06-check-hotel');
});
