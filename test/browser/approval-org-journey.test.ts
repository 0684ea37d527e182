/**
 * Browser journey (zh-CN) through approvals as organisations use them: a flow whose second stage
 * the requester chooses (发起人自选) and which copies a colleague when it is approved (抄送). The
 * traveller must pick the approver before submitting; the chosen finance officer approves; the
 * copied manager finds it under 抄送我的 and reads it without being able to act.
 * Screenshots land in test-results/screenshots/approval-org-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiGet, byTestId, pickCity, useJourney } from './journey.ts';

const steps = useJourney('approval-org');

/** A write from the signed-in page, with the CSRF token the console sends. */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([url, payload]) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('td_csrf='))
          ?.slice('td_csrf='.length) ?? '';
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${url} → ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    [path, body] as const,
  );
}

test('发起人自选 and 抄送: the traveller chooses the approver; the copied manager reads but cannot act', { timeout: 240_000 }, async () => {
  const { page, shot, signIn, server } = steps();

  const employeeOf = async (email: string) => {
    await signIn(email);
    return (await apiGet<{ employeeId: string | null }>(page, '/api/v1/me')).employeeId ?? '';
  };
  const finance = await employeeOf('finance@huachen.example.com');
  const manager = await employeeOf('approver@huachen.example.com');
  // The travel admin sets up the flow (tried before the demo flow for amounts of ¥3,210).
  await signIn('admin@huachen.example.com');
  await apiPost(page, '/api/v1/approval-flows', {
    name: '自选审批（抄送上级）',
    priority: -50,
    definition: {
      conditions: [{ kind: 'amount_between', minFen: 321_000, maxFen: 321_000 }],
      stages: [
        {
          id: 'pick',
          name: '自选审批人',
          approvers: { kind: 'requester_choice', candidateIds: [finance] },
          mode: 'any',
          onEmpty: { kind: 'fail' },
          cc: [{ kind: 'user', userId: manager }],
        },
      ],
    },
  });

  // The traveller files ¥3,210: the form asks who approves, and refuses to submit without a choice.
  await signIn('traveller@huachen.example.com');
  await page.click(byTestId('nav-travel-requests'));
  await page.click(byTestId('request-new'));
  await page.waitForSelector(byTestId('request-form'));
  await page.fill(byTestId('request-purpose'), '自选审批人测试');
  await pickCity(page, 'leg-0-from', 'sh', 'shanghai');
  await pickCity(page, 'leg-0-to', 'beij', 'beijing');
  await page.fill(byTestId('estimate-flight'), '3210');
  const choice = page.locator(byTestId('approver-choice'));
  await choice.waitFor();
  await page.click(byTestId('request-submit'));
  await page.waitForSelector(byTestId('approver-choice-missing'));
  await shot('01-choice-required');
  await choice.selectOption(finance);
  await page.click(byTestId('request-submit'));
  const submitted = page.waitForSelector(`${byTestId('page-request')}[data-status="approving"]`);
  const reasonAsked = page.waitForSelector(byTestId('over-budget-dialog'));
  if ((await Promise.race([submitted.then(() => 'ok'), reasonAsked.then(() => 'reason')])) === 'reason') {
    await page.fill(byTestId('over-budget-reason'), '客户要求');
    await page.click(byTestId('over-budget-submit'));
  }
  await submitted;
  const requestId = (await page.getAttribute(byTestId('page-request'), 'data-request-id')) ?? '';
  await shot('02-submitted');

  // The chosen finance officer approves.
  await signIn('finance@huachen.example.com');
  await page.goto(`${server.baseUrl}/travel/requests/${requestId}`);
  await page.waitForSelector(byTestId('approval-action-approve'));
  await page.click(byTestId('approval-action-approve'));
  await page.waitForSelector(byTestId('approval-action-dialog'));
  await page.click(byTestId('approval-action-submit'));
  await page.waitForSelector(byTestId('stepper-cc'));
  await shot('03-approved-copied');

  // The manager was copied: 抄送我的 lists it; the request opens read-only.
  await signIn('approver@huachen.example.com');
  await page.click(byTestId('nav-approvals'));
  await page.click(byTestId('inbox-tab-cc'));
  const row = page.locator(`${byTestId('inbox-row')}[data-subject-id="${requestId}"]`);
  await row.waitFor();
  expect(await row.locator(byTestId('inbox-cc-status')).textContent()).toBe('已同意');
  await shot('04-cc-inbox');
  await row.click();
  await page.waitForSelector(byTestId('stepper-copied-to-you'));
  expect(await page.locator(byTestId('approval-action-approve')).count()).toBe(0);
  expect(await page.textContent(byTestId('timeline'))).toContain('抄送给');
  await shot('05-cc-read-only');
});
