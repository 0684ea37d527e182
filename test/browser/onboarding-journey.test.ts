/**
 * Browser journey of onboarding (zh-CN, then en): a platform admin onboards an enterprise in the
 * console — a mistyped credit code is refused beside its field — and copies the invitation link;
 * the new travel admin opens it, sets a password, lands signed in on the console and sees their
 * enterprise's accounts. Screenshots of every step land in test-results/screenshots/.
 */
import { expect, test } from 'vitest';
import { apiGet, byTestId, useJourney, type JourneySetup } from './journey.ts';

const setup = useJourney('onboarding');

interface Case {
  lang: 'zh-CN' | 'en';
  code: string;
  name: string;
  nameEn: string;
  creditCode: string;
  admin: { name: string; employeeNo: string; email: string; phone: string };
  password: string;
}

const CASES: Case[] = [
  {
    lang: 'zh-CN',
    code: 'lanhu',
    name: '蓝湖科技有限公司',
    nameEn: 'Lanhu Technology Co., Ltd.',
    creditCode: '91440300708461136T',
    admin: { name: '周敏', employeeNo: 'LH0001', email: 'zhoumin@lanhu.example.com', phone: '13912345678' },
    password: 'Lakeside-Tea-2026',
  },
  {
    lang: 'en',
    code: 'beiming',
    name: '北冥物流股份有限公司',
    nameEn: 'Beiming Logistics Co., Ltd.',
    creditCode: '91110108551385082Q',
    admin: { name: '高远', employeeNo: 'BM001', email: 'gao.yuan@beiming.example.com', phone: '13698765432' },
    password: 'North-Sea-Cargo-88',
  },
];

async function onboard(j: JourneySetup, c: Case, step: (name: string) => Promise<string>): Promise<string> {
  const { page } = j;
  await page.click(byTestId('nav-tenants'));
  await page.waitForSelector(`${byTestId('tenants-table')}[data-loading="false"]`);
  await step('01-tenants');
  await page.click(byTestId('tenant-onboard'));
  await page.waitForSelector(byTestId('tenant-onboard-form'));
  await page.fill(byTestId('tenant-code'), c.code);
  await page.fill(byTestId('tenant-name'), c.name);
  await page.fill(byTestId('tenant-nameEn'), c.nameEn);
  await page.fill(byTestId('tenant-shortName'), c.name.slice(0, 2));
  // The last character mistyped: the check digit catches it.
  await page.fill(byTestId('tenant-creditCode'), `${c.creditCode.slice(0, 17)}${c.creditCode.endsWith('0') ? '1' : '0'}`);
  await page.selectOption(byTestId('tenant-tier'), 'professional');
  await page.fill(byTestId('tenant-contactName'), c.admin.name);
  await page.fill(byTestId('tenant-contactPhone'), c.admin.phone);
  await page.fill(byTestId('tenant-contactEmail'), c.admin.email);
  await page.fill(byTestId('admin-name'), c.admin.name);
  await page.fill(byTestId('admin-employeeNo'), c.admin.employeeNo);
  await page.fill(byTestId('admin-email'), c.admin.email);
  await page.fill(byTestId('admin-phone'), c.admin.phone);
  await page.click(byTestId('tenant-onboard-submit'));
  await page.waitForSelector(byTestId('tenant-onboard-error'));
  const creditField = page.locator('.field', { has: page.locator(byTestId('tenant-creditCode')) });
  expect(await creditField.locator('.field-error').textContent()).toContain(c.lang === 'en' ? 'check digit' : '校验码');
  await step('02-onboard-bad-credit-code');
  await page.fill(byTestId('tenant-creditCode'), c.creditCode);
  await page.click(byTestId('tenant-onboard-submit'));
  await page.waitForSelector(byTestId('tenant-onboarded'));
  const link = await page.inputValue(byTestId('invitation-link'));
  expect(link).toMatch(new RegExp(`^${j.server.baseUrl}/invite/[A-Za-z0-9_-]{40,}$`));
  await step('03-onboarded-link');
  await page.click(byTestId('tenant-onboarded-view'));
  await page.waitForSelector(byTestId('tenant-operators'));
  expect(await page.textContent(byTestId('tenant-credit-code'))).toBe(c.creditCode);
  await step('04-tenant-detail');
  return link;
}

async function acceptAsNewAdmin(j: JourneySetup, c: Case, link: string, step: (name: string) => Promise<string>): Promise<void> {
  const { page } = j;
  // The new admin's own browser: no session.
  await page.context().clearCookies();
  await page.goto(link);
  await page.waitForSelector(byTestId('invite-form'));
  expect(await page.textContent(byTestId('invite-email'))).toBe(c.admin.email);
  expect(await page.textContent(byTestId('invite-tenant'))).toContain(c.lang === 'en' ? c.nameEn : c.name);
  await step('05-invitation');
  await page.fill(byTestId('invite-password'), 'weak');
  await page.fill(byTestId('invite-confirm'), 'weak');
  await page.click(byTestId('invite-submit'));
  await page.waitForSelector(byTestId('invite-error'));
  await step('06-invitation-weak-password');
  await page.fill(byTestId('invite-password'), c.password);
  await page.fill(byTestId('invite-confirm'), c.password);
  await page.click(byTestId('invite-submit'));
  await page.waitForSelector(byTestId('page-home'));
  const me = await apiGet<{ roles: string[]; tenant: { code: string } | null; displayName: string }>(page, '/api/v1/me');
  expect(me).toMatchObject({ roles: ['travel_admin'], tenant: { code: c.code }, displayName: c.admin.name });
  await step('07-signed-in');
  await page.click(byTestId('nav-accounts'));
  await page.waitForSelector(`${byTestId('accounts-table')}[data-loading="false"]`);
  expect(await page.locator(byTestId('account-row')).count()).toBe(1);
  await step('08-accounts');
  // The link was single use.
  await page.goto(link);
  await page.waitForSelector(`${byTestId('invite-gone')}[data-code="INVITATION_USED"]`);
  await step('09-link-used');
}

for (const c of CASES) {
  test(`onboarding an enterprise to its admin's first sign-in (${c.lang})`, { timeout: 240_000 }, async () => {
    const j = setup();
    const step = (name: string) => j.shot(`${c.lang}-${name}`);
    if (c.lang === 'en') {
      await j.page.context().clearCookies();
      await j.page.goto(`${j.server.baseUrl}/login`);
      await j.page.click(byTestId('lang-en'));
    }
    await j.signIn('admin@tripdesk.example.com');
    const link = await onboard(j, c, step);
    await acceptAsNewAdmin(j, c, link, step);
  });
}
