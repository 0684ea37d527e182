/**
 * Browser journey through the console as a tenant's travel administrator:
 * sign in (zh-CN) → Chinese navigation → employee search and paging → an employee opened
 * read-only, one masked number shown, another changed without showing the rest → a CSV import
 * with a bad department code is rejected whole → switch to English.
 * Screenshots of every step land in test-results/screenshots/.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, type BrowserSession } from './browser.ts';
import { buildCsv, parseHeader, type JourneyRow } from './importCsv.ts';
import { apiGet, byTestId } from './journey.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

let server: TestServer | undefined;
let browser: BrowserSession | undefined;
let tempDir: string | undefined;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser({ locale: 'zh-CN' });
  tempDir = await mkdtemp(join(tmpdir(), 'tripdesk-journey-'));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

/** Waits until the employee table has finished loading. */
/** The table is not loading and, when a page size is given, shows no more rows than that. */
async function employeeTableSettled(page: Page, pageSize?: number): Promise<void> {
  await page.waitForFunction((max) => {
    const table = document.querySelector('[data-testid="employee-table"]');
    if (!table || table.getAttribute('data-loading') !== 'false') return false;
    return max === null || table.querySelectorAll('[data-testid="employee-row"]').length <= max;
  }, pageSize ?? null);
}

async function employeeNames(page: Page): Promise<string[]> {
  return page.locator(byTestId('employee-cell-name')).allTextContents();
}

async function employeeIds(page: Page): Promise<(string | null)[]> {
  const rows = await page.locator(byTestId('employee-row')).all();
  return Promise.all(rows.map((row) => row.getAttribute('data-employee-id')));
}

test('travel admin: sign in, browse employees, rejected import, switch to English', { timeout: 180_000 }, async () => {
  if (!server || !browser || !tempDir) throw new Error('setup failed');
  const { page, screenshot } = browser;
  const admin = server.demoLogins.find((login) => login.role === 'travel_admin' && login.tenant !== null);
  expect(admin, 'demoLogins has a tenant travel_admin').toBeDefined();
  if (!admin) return;

  // 1. Sign-in page, in Chinese by default.
  await page.goto(`${server.baseUrl}/`);
  await page.waitForURL(/\/login$/);
  await page.waitForSelector(byTestId('login-form'));
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.textContent(byTestId('login-submit'))).toBe('登录');
  await screenshot('01-login');

  await page.fill(byTestId('login-identifier'), admin.email);
  await page.fill(byTestId('login-password'), admin.password);
  await page.click(byTestId('login-submit'));

  // 2. Home with the Chinese navigation the travel admin is entitled to.
  await page.waitForSelector(byTestId('page-home'));
  const sidebar = page.locator(byTestId('sidebar'));
  expect(await page.textContent(byTestId('nav-home'))).toBe('概览');
  expect(await page.textContent(`${byTestId('nav-group-org')} .nav-group-label`)).toBe('组织架构');
  expect(await page.textContent(byTestId('nav-departments'))).toBe('部门');
  expect(await page.textContent(byTestId('nav-employees'))).toBe('员工');
  expect(await page.textContent(byTestId('nav-import'))).toBe('导入');
  const sidebarText = (await sidebar.textContent()) ?? '';
  // Monitoring is not built yet; tickets are (我的工单, an employee's own).
  expect(sidebarText).not.toContain('监控');
  expect(await page.textContent(byTestId('nav-my-tickets'))).toBe('我的工单');
  expect(await page.textContent(byTestId('home-roles'))).toContain('差旅管理员');
  await screenshot('02-home-zh');

  // 3. Employee list: search for a name taken from the first page.
  await page.click(byTestId('nav-employees'));
  await page.waitForURL(/\/org\/employees/);
  await employeeTableSettled(page);
  const firstPage = await employeeNames(page);
  expect(firstPage.length).toBeGreaterThan(0);
  await screenshot('03-employees');

  const wanted = firstPage[0] ?? '';
  await page.fill(byTestId('employee-search'), wanted);
  await page.waitForURL((url) => url.searchParams.get('q') === wanted);
  await employeeTableSettled(page);
  const found = await employeeNames(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found).toContain(wanted);
  await screenshot('04-employees-search');

  // Clear the search, use pages of 10, and page forward and back again.
  await page.fill(byTestId('employee-search'), '');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await page.selectOption(byTestId('pager-size'), '10');
  await page.waitForURL((url) => url.searchParams.get('limit') === '10');
  await employeeTableSettled(page, 10);
  const pageOne = await employeeIds(page);
  expect(pageOne.length).toBe(10);
  // The demo tenant has a few hundred employees, so there is always a next page.
  expect(await page.isEnabled(byTestId('pager-next'))).toBe(true);
  expect(await page.isEnabled(byTestId('pager-prev'))).toBe(false);
  await page.click(byTestId('pager-next'));
  await page.waitForSelector(`${byTestId('pager-page')}[data-page="2"]`);
  await employeeTableSettled(page, 10);
  const pageTwo = await employeeIds(page);
  expect(pageTwo.length).toBeGreaterThan(0);
  expect(pageTwo.filter((id) => pageOne.includes(id))).toEqual([]);
  expect(await page.textContent(byTestId('pager-page'))).toBe('第 2 页');
  await screenshot('05-employees-page-2');
  await page.click(byTestId('pager-prev'));
  await page.waitForSelector(`${byTestId('pager-page')}[data-page="1"]`);
  await employeeTableSettled(page);
  expect(await employeeIds(page)).toEqual(pageOne);

  // An employee (not the admin themself) opens read-only, personal numbers masked.
  const me = await apiGet<{ employeeId: string | null }>(page, '/api/v1/me');
  const someoneId = pageOne.find((id) => id !== null && id !== me.employeeId) ?? '';
  await page.click(`${byTestId('employee-row')}[data-employee-id="${someoneId}"] a`);
  await page.waitForSelector(byTestId('emp-edit'));
  expect(await page.textContent(byTestId('page-title'))).toMatch(/^员工：/);
  expect(await page.isDisabled(byTestId('emp-phone'))).toBe(true);
  expect(await page.inputValue(byTestId('emp-phone'))).toMatch(/^\d{3}\*{4}\d{4}$/);
  expect(await page.textContent(byTestId('emp-reveal-phone'))).toBe('显示');
  await page.click(byTestId('emp-reveal-phone'));
  await page.waitForSelector(byTestId('emp-reveal-phone'), { state: 'detached' });
  expect(await page.inputValue(byTestId('emp-phone'))).toMatch(/^1\d{10}$/);
  const maskedId = await page.inputValue(byTestId('emp-idCardNo'));
  expect(maskedId).toContain('*');
  await screenshot('06-employee-phone-shown');
  // Change the passport only: the ID card number stays masked and is not sent back.
  await page.click(byTestId('emp-edit'));
  expect(await page.textContent(byTestId('page-title'))).toMatch(/^编辑员工：/);
  await page.fill(byTestId('emp-passportNo'), 'E1234567');
  await page.click(byTestId('emp-save'));
  await page.waitForSelector(byTestId('emp-notice'));
  expect(await page.textContent(byTestId('emp-notice'))).toBe('已保存修改。');
  expect(await page.isDisabled(byTestId('emp-passportNo'))).toBe(true);
  expect(await page.inputValue(byTestId('emp-passportNo'))).toBe('E1****67');
  expect(await page.inputValue(byTestId('emp-idCardNo'))).toBe(maskedId);

  // 4. Import a CSV whose second data row (file row 3) names an unknown department.
  await page.click(byTestId('nav-import'));
  await page.waitForSelector(byTestId('page-import'));
  const template = await apiGet<string>(page, '/api/v1/org/employees/import/template');
  const departments = await apiGet<{ items: { code: string; name: string }[] }>(page, '/api/v1/org/departments');
  const ranks = await apiGet<{ items: { code: string }[] }>(page, '/api/v1/org/ranks');
  const department = departments.items[0];
  const rank = ranks.items[0];
  expect(department, 'tenant has a department').toBeDefined();
  expect(rank, 'tenant has a rank').toBeDefined();
  if (!department || !rank) return;

  const stamp = Date.now().toString().slice(-7);
  const row = (n: number, departmentCode: string, departmentName: string): JourneyRow => ({
    employeeNo: `JRNY${stamp}${n}`,
    name: `旅程测试${stamp}${n}`,
    email: `journey${stamp}${n}@example.com`,
    phone: `139${stamp}${n}`,
    departmentCode,
    departmentName,
    rankCode: rank.code,
  });
  const badCode = `NO-SUCH-DEPT-${stamp}`;
  const rows = [
    row(1, department.code, department.name),
    row(2, badCode, `不存在的部门${stamp}`),
    row(3, department.code, department.name),
  ];
  const csvPath = join(tempDir, 'journey-import.csv');
  await writeFile(csvPath, buildCsv(parseHeader(template), rows), 'utf8');

  await page.setInputFiles(byTestId('import-file'), csvPath);
  expect(await page.textContent(byTestId('import-file-name'))).toContain('journey-import.csv');
  await screenshot('06-import-file-chosen');
  await page.click(byTestId('import-submit'));

  await page.waitForSelector(byTestId('import-errors'));
  const badRow = page.locator(`${byTestId('import-error-row')}[data-row="3"]`);
  expect(await badRow.count()).toBeGreaterThan(0);
  expect(await badRow.first().locator(byTestId('import-error-row-number')).textContent()).toBe('3');
  expect(await page.textContent(byTestId('import-nothing-imported'))).toContain('未导入任何数据');
  expect(await badRow.first().locator(byTestId('import-error-message')).textContent()).toBe(`部门编码“${badCode}”不存在`);
  await screenshot('07-import-rejected');

  // All-or-nothing: not even the valid rows were created.
  for (const r of rows) {
    for (const q of [r.employeeNo, r.name]) {
      const result = await apiGet<{ items: unknown[] }>(page, `/api/v1/org/employees?q=${encodeURIComponent(q)}`);
      expect(result.items, `${q} must not exist`).toEqual([]);
    }
  }

  // 5. Switch to English: the same page, now in English, and <html lang> follows.
  await page.click(byTestId('lang-en'));
  await page.waitForSelector('html[lang="en"]', { state: 'attached' });
  expect(await page.textContent(byTestId('nav-home'))).toBe('Home');
  expect(await page.textContent(`${byTestId('nav-group-org')} .nav-group-label`)).toBe('Organisation');
  expect(await page.textContent(byTestId('nav-employees'))).toBe('Employees');
  expect(await page.textContent(byTestId('nav-import'))).toBe('Import');
  expect(await page.textContent(byTestId('page-title'))).toBe('Import employees');
  expect(await page.textContent(byTestId('import-submit'))).toBe('Import');
  expect(await page.textContent(byTestId('import-nothing-imported'))).toContain('Nothing was imported');
  expect(await badRow.first().locator(byTestId('import-error-message')).textContent()).toBe(
    `There is no department with code "${badCode}"`,
  );
  expect(await page.textContent(byTestId('logout'))).toBe('Sign out');
  await screenshot('08-import-english');

  // The choice survives a reload.
  expect(await page.evaluate(() => localStorage.getItem('tripdesk.lang'))).toBe('en');
  await page.reload();
  await page.waitForSelector(byTestId('page-import'));
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.textContent(byTestId('nav-departments'))).toBe('Departments');
  await screenshot('09-english-after-reload');
});
