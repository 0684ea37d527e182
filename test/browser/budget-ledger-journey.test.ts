/**
 * Browser journey through the budget ledger, in Chinese then English: the travel admin sees each
 * budget's use labelled (已用 / 剩余), asks for an increase (追加) with a reason; the budget shows it
 * pending; finance opens the budget's ledger, approves it there, and the budget's effective amount
 * grows with its original amount beside it; the entries read in words. Screenshots land in
 * test-results/screenshots/budget-ledger-*.png.
 */
import { expect, test } from 'vitest';
import { apiGet, byTestId, useJourney } from './journey.ts';

const steps = useJourney('budget-ledger');

interface Budget {
  id: string;
  scopeName: string;
  amountFen: number;
  pendingAdjustments: number;
}

test('travel admin asks for an increase, finance approves it in the budget’s ledger', { timeout: 240_000 }, async () => {
  const { page, server, signIn, signOut, shot } = steps();
  await signIn('admin@huachen.example.com');
  await page.goto(`${server.baseUrl}/budgets`);
  await page.waitForSelector(`${byTestId('budget-table')}[data-loading="false"]`);
  const budgets = await apiGet<{ items: Budget[] }>(page, '/api/v1/budgets');
  const first = await page.locator(byTestId('budget-row')).first().getAttribute('data-budget-id');
  const budget = budgets.items.find((b) => b.id === first);
  if (!budget) throw new Error('the demo has no budget this month');
  const row = `${byTestId('budget-row')}[data-budget-id="${budget.id}"]`;
  // Use is never a bare number.
  expect(await page.textContent(`${row} ${byTestId('budget-usage-label')}`)).toMatch(/^已用 \d+\.\d% \/ (剩余|超出) \d+\.\d%$/);
  await shot('1-budgets');

  await page.click(`${row} ${byTestId('budget-adjust')}`);
  await page.waitForSelector(byTestId('budget-adjust-dialog'));
  await page.click(byTestId('budget-adjust-kind-increase'));
  await page.fill(byTestId('budget-adjust-amount'), '5000');
  await page.click(byTestId('budget-adjust-submit'));
  // A reason is required.
  await page.waitForSelector(`${byTestId('budget-adjust-dialog')} .field-error`);
  await page.fill(byTestId('budget-adjust-reason'), '下月新增客户拜访，追加差旅预算');
  await shot('2-adjust-dialog');
  await page.click(byTestId('budget-adjust-submit'));
  await page.waitForSelector(byTestId('budget-adjust-dialog'), { state: 'detached' });
  await page.waitForSelector(`${row} ${byTestId('budget-pending-adjustments')}`);
  expect(await page.textContent(`${row} ${byTestId('budget-pending-adjustments')}`)).toBe('1 项调整待审批');
  await signOut();

  await signIn('finance@huachen.example.com');
  await page.goto(`${server.baseUrl}/budgets`);
  await page.waitForSelector(`${byTestId('budget-table')}[data-loading="false"]`);
  await page.click(`${row} ${byTestId('budget-entries')}`);
  await page.waitForSelector(`${byTestId('budget-adjustment')}[data-status="pending"]`);
  await page.click(`${byTestId('budget-adjustment')}[data-status="pending"] ${byTestId('budget-adjustment-approval-toggle')}`);
  await page.waitForSelector(byTestId('approval-action-approve'));
  await shot('3-ledger-pending');
  await page.click(byTestId('approval-action-approve'));
  await page.waitForSelector(byTestId('approval-action-dialog'));
  await page.click(byTestId('approval-action-submit'));
  await page.waitForSelector(byTestId('approval-action-dialog'), { state: 'detached' });
  await page.waitForSelector(`${byTestId('budget-adjustment')}[data-status="applied"]`);
  const after = await apiGet<Budget>(page, `/api/v1/budgets/${budget.id}`);
  expect(after.amountFen).toBe(budget.amountFen + 500_000);
  expect(after.pendingAdjustments).toBe(0);

  // Reopened, the ledger shows the new amount, the adjustment's entry in words, and the original amount.
  await page.keyboard.press('Escape');
  await page.waitForSelector(`${row} ${byTestId('budget-amount')} .budget-amount-note`);
  await page.click(`${row} ${byTestId('budget-entries')}`);
  await page.waitForSelector(`${byTestId('budget-entry')}[data-kind="adjusted"]`);
  expect(await page.textContent(`${byTestId('budget-entry')}[data-kind="adjusted"]`)).toContain('追加 TZ');
  expect(await page.textContent(byTestId('budget-entries-summary'))).toContain('原始');
  await shot('4-ledger-applied');

  // In English.
  await page.keyboard.press('Escape');
  await page.click(byTestId('lang-en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await page.textContent(`${row} ${byTestId('budget-usage-label')}`)).toMatch(/^\d+\.\d% used \/ \d+\.\d% (left|over)$/);
  await page.click(`${row} ${byTestId('budget-entries')}`);
  await page.waitForSelector(`${byTestId('budget-entry')}[data-kind="adjusted"]`);
  expect(await page.textContent(`${byTestId('budget-entry')}[data-kind="adjusted"]`)).toContain('Increase TZ');
  await shot('5-ledger-en');
});
