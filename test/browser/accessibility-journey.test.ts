/**
 * Accessibility journey: axe-core's WCAG 2.1 A/AA rules on every page of the console (and its main
 * dialogs), for the travel administrator, a traveller and platform staff, in Chinese and English.
 * Every form control has a name, every image and button is named, ARIA is used as it is meant.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, describeViolations } from './axe.ts';
import { apiGet, byTestId, useJourney } from './journey.ts';

const steps = useJourney('a11y');

interface Stop {
  name: string;
  path: string;
  /** Shown once the page has loaded. */
  ready: string;
  /** Opens something on the page (a dialog, a tab) before the check. */
  then?: (page: Page) => Promise<void>;
}

async function visit(page: Page, baseUrl: string, stop: Stop): Promise<string> {
  await page.goto(`${baseUrl}${stop.path}`);
  await page.waitForSelector(stop.ready);
  // Lists settle: no table still loading.
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  if (stop.then) await stop.then(page);
  return describeViolations(stop.name, await axeViolations(page));
}

test('travel admin, traveller and platform staff: every page passes axe (WCAG 2.1 AA)', { timeout: 240_000 }, async () => {
  const { page, server, signIn, signOut } = steps();
  const found: string[] = [];
  const check = async (stops: Stop[]) => {
    for (const stop of stops) {
      const report = await visit(page, server.baseUrl, stop);
      if (report) found.push(report);
    }
  };

  await page.goto(`${server.baseUrl}/login`);
  await page.waitForSelector(byTestId('login-form'));
  found.push(describeViolations('login', await axeViolations(page)));

  await signIn('admin@huachen.example.com');
  const policies = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/policies');
  const flows = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/approval-flows');
  const employees = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/org/employees?limit=1');
  const policyId = policies.items[0]?.id ?? '';
  const flowId = flows.items[0]?.id ?? '';
  const employeeId = employees.items[0]?.id ?? '';
  const adminStops: Stop[] = [
    { name: 'home', path: '/', ready: byTestId('page-home') },
    { name: 'requests', path: '/travel/requests', ready: byTestId('page-requests') },
    { name: 'request-form', path: '/travel/requests/new', ready: byTestId('request-form') },
    { name: 'inbox', path: '/approvals', ready: byTestId('page-inbox') },
    {
      name: 'delegation-dialog',
      path: '/approvals',
      ready: byTestId('page-inbox'),
      then: async (p) => {
        await p.click(byTestId('delegation-new'));
        await p.waitForSelector(byTestId('delegation-dialog'));
      },
    },
    { name: 'flows', path: '/approvals/flows', ready: byTestId('flow-row') },
    { name: 'flow-editor', path: `/approvals/flows/${flowId}`, ready: byTestId('flow-stage') },
    { name: 'flow-new', path: '/approvals/flows/new', ready: byTestId('flow-stage') },
    { name: 'my-policy', path: '/my-policy', ready: byTestId('page-my-policy') },
    { name: 'policies', path: '/policies', ready: byTestId('policy-row') },
    {
      name: 'policy-create',
      path: '/policies',
      ready: byTestId('policy-row'),
      then: async (p) => {
        await p.click(byTestId('policy-new'));
        await p.waitForSelector('[role="dialog"]');
      },
    },
    { name: 'policy-rules', path: `/policies/${policyId}`, ready: byTestId('rule-list') },
    {
      name: 'rule-dialog',
      path: `/policies/${policyId}`,
      ready: byTestId('rule-list'),
      then: async (p) => {
        await p.selectOption(byTestId('rule-add-flight'), 'flight_advance_booking');
        await p.waitForSelector(byTestId('rule-dialog'));
      },
    },
    {
      name: 'policy-preview',
      path: `/policies/${policyId}`,
      ready: byTestId('rule-list'),
      then: async (p) => {
        await p.click(byTestId('policy-tab-preview'));
        await p.waitForSelector(byTestId('policy-preview'));
      },
    },
    { name: 'budgets', path: '/budgets', ready: `${byTestId('budget-table')}[data-loading="false"]` },
    {
      name: 'budget-dialog',
      path: '/budgets',
      ready: `${byTestId('budget-table')}[data-loading="false"]`,
      then: async (p) => {
        await p.click(byTestId('budget-new'));
        await p.waitForSelector(byTestId('budget-dialog'));
      },
    },
    { name: 'departments', path: '/org/departments', ready: byTestId('page-departments') },
    { name: 'employees', path: '/org/employees', ready: byTestId('employee-row') },
    { name: 'employee-new', path: '/org/employees/new', ready: byTestId('page-employee-form') },
    { name: 'employee', path: `/org/employees/${employeeId}`, ready: byTestId('emp-edit') },
    {
      name: 'employee-edit',
      path: `/org/employees/${employeeId}`,
      ready: byTestId('emp-edit'),
      then: async (p) => {
        await p.click(byTestId('emp-edit'));
        await p.waitForSelector(byTestId('emp-save'));
      },
    },
    { name: 'import', path: '/org/import', ready: byTestId('page-import') },
  ];
  await check(adminStops);

  // Every rule's form, as the rule dialog shows it.
  await visit(page, server.baseUrl, { name: 'rule-forms', path: `/policies/${policyId}`, ready: byTestId('rule-list') });
  let ruleForms = 0;
  for (const select of await page.locator('[data-testid^="rule-add-"]').all()) {
    const kinds = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const kind of kinds) {
      await select.selectOption(kind);
      await page.waitForSelector(byTestId('rule-dialog'));
      found.push(describeViolations(`rule-dialog-${kind}`, await axeViolations(page)));
      await page.keyboard.press('Escape');
      await page.waitForSelector(byTestId('rule-dialog'), { state: 'detached' });
      ruleForms += 1;
    }
  }
  expect(ruleForms).toBeGreaterThan(8);

  // Every condition and approver kind of the flow editor, with a stage time limit.
  await visit(page, server.baseUrl, { name: 'flow-kinds', path: '/approvals/flows/new', ready: byTestId('flow-stage') });
  await page.click(byTestId('condition-add'));
  await page.check(byTestId('stage-0-timeout'));
  const conditionKinds = await page
    .locator(`${byTestId('condition-0-kind')} option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(conditionKinds.length).toBeGreaterThan(5);
  for (const kind of conditionKinds) {
    await page.selectOption(byTestId('condition-0-kind'), kind);
    found.push(describeViolations(`flow-condition-${kind}`, await axeViolations(page)));
  }
  const approverKinds = await page
    .locator(`${byTestId('stage-0-approvers-kind')} option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(approverKinds.length).toBeGreaterThan(4);
  for (const kind of approverKinds) {
    await page.selectOption(byTestId('stage-0-approvers-kind'), kind);
    found.push(describeViolations(`flow-approvers-${kind}`, await axeViolations(page)));
  }
  await page.selectOption(byTestId('stage-0-on-empty'), 'fallback');
  found.push(describeViolations('flow-on-empty-fallback', await axeViolations(page)));

  await page.click(byTestId('lang-en'));
  await page.waitForSelector('html[lang="en"]', { state: 'attached' });
  await check(
    adminStops
      .filter((s) => ['request-form', 'inbox', 'employees', 'policy-preview'].includes(s.name))
      .map((s) => ({ ...s, name: `${s.name}-en` })),
  );
  await page.click(byTestId('lang-zh-CN'));
  await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
  await signOut();

  await signIn('traveller@huachen.example.com');
  const approved = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/travel-requests?scope=mine');
  await check([
    { name: 'traveller-home', path: '/', ready: byTestId('page-home') },
    { name: 'traveller-request', path: `/travel/requests/${approved.items[0]?.id ?? ''}`, ready: byTestId('page-request') },
    { name: 'traveller-my-policy', path: '/my-policy', ready: byTestId('order-check-run') },
  ]);
  await signOut();

  await signIn('admin@tripdesk.example.com');
  await check([
    { name: 'operator-home', path: '/', ready: byTestId('page-home') },
    { name: 'audit', path: '/audit', ready: byTestId('page-audit') },
    { name: 'api-keys', path: '/api-keys', ready: byTestId('page-api-keys') },
  ]);

  expect(found.filter(Boolean).join('\n')).toBe('');
});
