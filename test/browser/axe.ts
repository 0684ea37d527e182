/**
 * Accessibility checks with axe-core inside the page: the WCAG 2.1 A and AA rules on whatever the
 * page shows now (open dialogs included).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** One line per offending element: its selector and the start of its HTML. */
  nodes: string[];
}

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/** Runs axe on the page as it is and returns its violations (empty when there are none). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the console's CSP (script-src 'self') does not apply.
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe;
    return axe.run(document, options);
  }, OPTIONS);
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 160)}`),
  }));
}

/** Violations as readable text for an assertion message. */
export function describeViolations(where: string, violations: Violation[]): string {
  return violations.map((v) => `${where}: ${v.rule} (${v.impact}) ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}
