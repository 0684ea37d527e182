/**
 * Single sign-on journey (zh-CN): the travel admin sets up SSO against a local OpenID provider
 * (oidc-provider, started here), tests the connection, then signs out and signs in again through
 * 企业单点登录 with the company code; a refused sign-in comes back to the login page in words.
 * Every page passes axe. Screenshots land in test-results/screenshots/sso-*.png.
 */
import { afterAll, expect, test } from 'vitest';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider.ts';
import { axeViolations, describeViolations } from './axe.ts';
import { apiGet, byTestId, useJourney } from './journey.ts';

const steps = useJourney('sso');
let idp: TestProvider | undefined;
afterAll(async () => {
  await idp?.close();
});

test('a travel admin sets up SSO, tests it, and signs in with the company code', { timeout: 240_000 }, async () => {
  const { page, server, signIn, signOut, shot } = steps();
  idp = await startTestProvider(`${server.baseUrl}/api/v1/auth/sso/callback`);
  const found: string[] = [];

  await signIn('admin@huachen.example.com');
  const me = await apiGet<{ displayName: string; employeeId: string }>(page, '/api/v1/me');
  const employee = await apiGet<{ email: string }>(page, `/api/v1/org/employees/${me.employeeId}`);
  idp.accounts.set('huachen-admin', { email: employee.email, email_verified: true });

  await page.click('a[href="/sso"]');
  await page.waitForSelector(byTestId('sso-not-configured'));
  expect(await page.inputValue(byTestId('sso-callback'))).toBe(`${server.baseUrl}/api/v1/auth/sso/callback`);
  found.push(describeViolations('settings (new)', await axeViolations(page)));
  await shot('settings-new');

  // Saving without the required fields says what is missing.
  await page.click(byTestId('sso-save'));
  await page.waitForSelector('.field-invalid');
  await page.fill(byTestId('sso-issuer'), idp.issuer);
  await page.fill(byTestId('sso-client-id'), idp.clientId);
  await page.fill(byTestId('sso-new-secret'), idp.clientSecret);
  await page.check(byTestId('sso-enabled'));
  await page.check(byTestId('sso-jit'));
  await page.click(byTestId('sso-save'));
  await page.waitForSelector(byTestId('sso-saved'));
  expect(await page.textContent(byTestId('sso-secret-state'))).toContain('已设置');
  expect(await page.content()).not.toContain(idp.clientSecret);

  await page.click(byTestId('sso-test'));
  await page.waitForSelector(byTestId('sso-test-result'));
  expect(await page.textContent(byTestId('sso-test-result'))).toContain('连接成功');

  // The password switch warns before anything is saved.
  await page.check(byTestId('sso-password-off'));
  await page.waitForSelector(byTestId('sso-password-warning'));
  found.push(describeViolations('settings (saved, tested)', await axeViolations(page)));
  await shot('settings-saved');
  await page.uncheck(byTestId('sso-password-off'));

  await signOut();
  await page.waitForSelector(byTestId('sso-open'));
  await page.click(byTestId('sso-open'));
  await page.fill(byTestId('sso-tenant-code'), 'huachen');
  found.push(describeViolations('login with SSO', await axeViolations(page)));
  await shot('login');
  idp.signInAs('huachen-admin');
  await page.click(byTestId('sso-start'));
  await page.waitForSelector(byTestId('page-home'));
  expect(page.url()).toBe(`${server.baseUrl}/`);
  expect((await apiGet<{ displayName: string }>(page, '/api/v1/me')).displayName).toBe(me.displayName);
  await shot('signed-in');

  // Someone the company does not know is sent back to the login page, told why.
  await signOut();
  idp.accounts.set('stranger', { email: 'stranger@nowhere.example' });
  idp.signInAs('stranger');
  await page.context().clearCookies();
  await page.goto(`${server.baseUrl}/login`);
  await page.click(byTestId('sso-open'));
  await page.fill(byTestId('sso-tenant-code'), 'huachen');
  await page.press(byTestId('sso-tenant-code'), 'Enter');
  await page.waitForSelector(byTestId('sso-error'));
  expect(page.url()).toContain('sso_error=unknown_employee');
  expect(await page.textContent(byTestId('sso-error'))).toContain('员工名册中找不到您');
  expect(await page.inputValue(byTestId('sso-tenant-code'))).toBe('huachen');
  found.push(describeViolations('login (SSO refused)', await axeViolations(page)));
  await shot('refused');

  expect(found.filter(Boolean)).toEqual([]);
});
