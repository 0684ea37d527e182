/**
 * Browser journey of a policy that fails closed, in Chinese then English: the travel admin sees
 * the missing-data setting on the standard policy, removes its train rules, and the publish dialog
 * lists the ranks left without a train rule before they confirm; then the traveller opens their
 * approved travel request and sees its travel policy check (daily budget, destinations, hotel caps
 * by city tier, explained). Screenshots land in test-results/screenshots/policy-closed-*.png.
 */
import { expect, test } from 'vitest';
import { apiGet, byTestId, useJourney } from './journey.ts';

const steps = useJourney('policy-closed');

test(
  'admin publishes with coverage warnings; the traveller sees the request checked against the policy',
  { timeout: 240_000 },
  async () => {
    const { page, signIn, shot, server } = steps();
    await signIn('admin@huachen.example.com');
    const policies = await apiGet<{ items: { id: string; name: string }[] }>(page, '/api/v1/policies');
    const standard = policies.items.find((p) => p.name === '标准差旅政策');
    if (!standard) throw new Error('no standard policy in the demo');

    // 1. The editor shows the missing-data setting: fail closed.
    await page.goto(`${server.baseUrl}/policies/${standard.id}`);
    await page.waitForSelector(byTestId('policy-missing-data'));
    expect(await page.inputValue(byTestId('policy-missing-data-select'))).toBe('fail');
    await shot('01-missing-data');

    // 2. Without train rules, publishing warns about every rank the policy reaches, before confirming.
    const trains = page.locator(`${byTestId('rule-item')}[data-kind="train_seat"]`);
    expect(await trains.count()).toBeGreaterThan(0);
    while ((await trains.count()) > 0) await trains.first().locator(byTestId('rule-remove')).click();
    await page.click(byTestId('policy-publish'));
    await page.waitForSelector(byTestId('publish-warnings'));
    const warnings = page.locator(byTestId('publish-warning'));
    expect(await warnings.count()).toBeGreaterThan(0);
    expect(await page.locator(`${byTestId('publish-warning')}[data-category="train"]`).count()).toBe(await warnings.count());
    expect(await warnings.first().textContent()).toMatch(/火车票 · 职级 .+没有适用的火车票规则/);
    expect(await page.textContent(byTestId('publish-confirm'))).toBe('仍然发布');
    await shot('02-publish-warnings');
    await page.click(byTestId('publish-confirm'));
    await page.waitForSelector(byTestId('publish-dialog'), { state: 'detached' });
    // The demo's draft (v2) was edited and published.
    const after = await apiGet<{ published: { version: number } | null; draft: unknown }>(page, `/api/v1/policies/${standard.id}`);
    expect(after.published?.version).toBe(2);
    expect(after.draft).toBeNull();

    // 3. The traveller's approved request, checked against their policy when it was submitted.
    await signIn('traveller@huachen.example.com');
    const approved = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/travel-requests?scope=mine&status=approved');
    const request = approved.items[0];
    if (!request) throw new Error('the demo traveller has no approved request');
    await page.goto(`${server.baseUrl}/travel/requests/${request.id}`);
    const check = page.locator(byTestId('request-policy-check'));
    await check.waitFor();
    expect(await check.getAttribute('data-outcome')).toBe('allow');
    expect(await page.textContent(byTestId('request-policy-outcome'))).toBe('符合差旅标准');
    expect(await page.locator(byTestId('request-policy-explanation')).count()).toBeGreaterThan(0);
    expect(await page.locator(byTestId('request-policy-explanation')).first().textContent()).toContain('广州');
    await shot('03-request-policy-check');

    // 4. The same in English.
    await page.click(byTestId('lang-en'));
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    expect(await page.textContent(byTestId('request-policy-outcome'))).toBe('Within the travel policy');
    expect(await page.locator(byTestId('request-policy-explanation')).first().textContent()).toContain('Guangzhou');
    await shot('04-request-policy-check-en');
    await page.click(byTestId('lang-zh-CN'));
    await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
  },
);
