/**
 * Browser journey of 办理离职, in Chinese: the traveller's request waits on their manager (the
 * approver); the travel admin opens the approver's page, 办理离职 shows who takes over (the
 * approver's own manager) and what will happen, the admin confirms and sees what was done; the
 * request's page then shows the step with the successor and the timeline entry 离职交接. The
 * admin then reassigns (改派) the step with a reason (the timeline read in English too). The approver
 * can no longer sign in.
 * Screenshots of every step land in test-results/screenshots/offboarding-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, describeViolations } from './axe.ts';
import { apiGet, byTestId, useJourney } from './journey.ts';

const steps = useJourney('offboarding');

/** A JSON POST from the page, with the session's CSRF token (what the console's client sends). */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([url, payload]) => {
      const csrf = /(?:^|; )td_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
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

test('the admin offboards an approver and sees the pending step move to the successor', { timeout: 240_000 }, async () => {
  const { page, shot, signIn, signOut, server } = steps();
  const passwordOf = (email: string) => server.demoLogins.find((l) => l.email === email)?.password ?? '';

  // 1. The traveller's request waits on their manager, the approver.
  await signIn('traveller@huachen.example.com');
  const me = await apiGet<{ employeeId: string }>(page, '/api/v1/me');
  const traveller = await apiGet<{ managerId: string | null; managerName: string | null }>(page, `/api/v1/org/employees/${me.employeeId}`);
  const approverId = traveller.managerId ?? '';
  expect(approverId).not.toBe('');
  const purpose = `离职交接演示：拜访北京客户 ${Date.now().toString().slice(-5)}`;
  const draft = await apiPost<{ id: string }>(page, '/api/v1/travel-requests', {
    purpose,
    itinerary: [{ fromCity: '上海', toCity: '北京', departDate: '2030-03-10', returnDate: '2030-03-12' }],
    estimate: { flight: 160_000, hotel: 100_000, train: 0, car: 0, other: 40_000 },
  });
  const submitted = await apiPost<{ id: string; code: string; currentApprovers: { employeeId: string }[] }>(
    page,
    `/api/v1/travel-requests/${draft.id}/submit`,
    {},
  );
  expect(submitted.currentApprovers.map((a) => a.employeeId)).toEqual([approverId]);
  await signOut();

  // The approver is signed in elsewhere (a session to end).
  const approverLogin = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'approver@huachen.example.com', password: passwordOf('approver@huachen.example.com') }),
  });
  expect(approverLogin.status).toBe(200);
  const approverCookie = approverLogin.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect((await fetch(`${server.baseUrl}/api/v1/me`, { headers: { cookie: approverCookie } })).status).toBe(200);

  // 2. The travel admin opens the approver's page: 办理离职 names the successor and what will happen.
  await signIn('admin@huachen.example.com');
  const approver = await apiGet<{ name: string; managerName: string | null }>(page, `/api/v1/org/employees/${approverId}`);
  const successorName = approver.managerName ?? '';
  expect(successorName).not.toBe('');
  await page.goto(`${server.baseUrl}/org/employees/${approverId}`);
  await page.waitForSelector(byTestId('emp-offboard'));
  expect(await page.textContent(byTestId('emp-offboard'))).toBe('办理离职');
  await shot('01-employee-page');
  await page.click(byTestId('emp-offboard'));
  await page.waitForSelector(byTestId('offboard-summary'));
  await page.waitForSelector(`${byTestId('offboard-summary')}:not([aria-busy="true"])`);
  expect(await page.textContent(byTestId('offboard-default-successor'))).toContain(successorName);
  const summary = (await page.textContent(byTestId('offboard-summary'))) ?? '';
  expect(summary).toContain('登录会话');
  expect(summary).toContain(`交给${successorName}`);
  expect(summary).toContain('结束 1 个登录会话');
  await shot('02-offboard-dialog');
  expect(describeViolations('offboard dialog', await axeViolations(page))).toBe('');

  // 3. Confirmed: the page shows the employee as having left, and what was done.
  await page.click(byTestId('offboard-confirm'));
  await page.waitForSelector(byTestId('offboard-done'));
  await page.waitForSelector(byTestId('offboard-dialog'), { state: 'detached' });
  const done = (await page.textContent(byTestId('offboard-done'))) ?? '';
  expect(done).toContain('已办理离职');
  expect(done).toContain(submitted.code);
  expect(done).toContain(`交给${successorName}`);
  expect(done).toContain('已结束 1 个登录会话');
  // The approver's session ended at once.
  expect((await fetch(`${server.baseUrl}/api/v1/me`, { headers: { cookie: approverCookie } })).status).toBe(401);
  expect(await page.inputValue(byTestId('emp-status'))).toBe('inactive');
  expect(await page.locator(byTestId('emp-offboard')).count()).toBe(0);
  await shot('03-offboarded');
  expect(describeViolations('offboarded employee page', await axeViolations(page))).toBe('');

  // 4. The request: the step is with the successor, and the timeline says 离职交接.
  const item = page.locator(byTestId('offboard-done-item')).filter({ hasText: submitted.code });
  await item.locator('a').click();
  await page.waitForSelector(`${byTestId('page-request')}[data-request-id="${submitted.id}"]`);
  const handover = page.locator(`${byTestId('timeline-event')}[data-type="approval.reassigned"]`);
  await handover.waitFor();
  const label = (await handover.locator(byTestId('timeline-label')).textContent()) ?? '';
  expect(label).toContain('离职交接');
  expect(label).toContain(approver.name);
  expect(label).toContain(successorName);
  await shot('04-request-timeline');

  // 5. 改派: the admin takes the step over, with a reason (required); the timeline says so.
  const adminMe = await apiGet<{ employeeId: string; displayName: string }>(page, '/api/v1/me');
  const adminName = (await apiGet<{ name: string }>(page, `/api/v1/org/employees/${adminMe.employeeId}`)).name;
  await page.click(byTestId('approval-action-reassign'));
  await page.waitForSelector(byTestId('reassign-dialog'));
  expect(await page.textContent(byTestId('reassign-from'))).toContain(successorName);
  await page.click(byTestId('reassign-submit'));
  expect(await page.locator(`${byTestId('reassign-dialog')} .field-error`).count()).toBe(2);
  await shot('05-reassign-required');
  await page.fill(byTestId('reassign-to-search'), adminName);
  await page.locator(byTestId('reassign-to-option')).filter({ hasText: adminName }).first().click();
  await page.waitForSelector(byTestId('reassign-to-selected'));
  await page.fill(byTestId('reassign-reason'), '接手人出差，由差旅管理员代为审批');
  expect(await page.locator(`${byTestId('reassign-dialog')} .field-error`).count()).toBe(0);
  await shot('05-reassign-dialog');
  expect(describeViolations('reassign dialog', await axeViolations(page))).toBe('');
  await page.click(byTestId('reassign-submit'));
  await page.waitForSelector(byTestId('reassign-dialog'), { state: 'detached' });
  const reassigned = page.locator(`${byTestId('timeline-event')}[data-type="approval.reassigned"]`).nth(1);
  await reassigned.waitFor();
  expect(await reassigned.textContent()).toContain('管理员改派');
  expect(await reassigned.textContent()).toContain('接手人出差');
  await page.waitForSelector(byTestId('approval-action-approve'));
  await shot('06-reassigned');
  // The same timeline in English.
  await page.click(byTestId('lang-en'));
  await page.waitForSelector(`${byTestId('timeline-label')}:has-text("handed over (approver left)")`);
  expect(await reassigned.locator(byTestId('timeline-label')).textContent()).toContain('reassigned it');
  await shot('06-reassigned-en');
  await page.click(byTestId('lang-zh-CN'));
  await page.waitForSelector(`${byTestId('timeline-label')}:has-text("离职交接")`);
  await signOut();

  // 6. The approver can no longer sign in: the page says why.
  await page.goto(`${server.baseUrl}/login`);
  await page.fill(byTestId('login-identifier'), 'approver@huachen.example.com');
  await page.fill(byTestId('login-password'), passwordOf('approver@huachen.example.com'));
  await page.click(byTestId('login-submit'));
  await page.waitForSelector('text=此账号已停用');
  await shot('07-sign-in-refused');
});
