/**
 * validatePolicy(rules): every problem with a policy's rules, for the policy editor, as
 * { path: 'rules.3.params.maxDiscount', message } (paths in the API's field-path style). It takes
 * any JSON value, so it also vouches for data the types cannot (a policy read back from jsonb).
 * An empty list means evaluate can run the rules.
 */
import { CATEGORIES } from './option-types.ts';
import { RULE_KIND_NAMES } from './rule-kinds.ts';
import { RULE_ACTION_CHOICES } from './scales.ts';
import { isObj, Problems, type PolicyProblem } from './validate-fields.ts';
import { validateParams } from './validate-params.ts';

export type { PolicyProblem } from './validate-fields.ts';

/** The kinds whose failure 超标个人付 can price: fare and nightly caps, in fen. */
export const PERSONAL_PAY_KINDS: readonly string[] = ['flight_price_cap', 'flight_lowest_fare_window', 'hotel_nightly_cap'];

function appliesTo(v: unknown, at: string, out: Problems): void {
  if (v === undefined || !out.obj(v, at)) return;
  if (v.otherwise !== undefined) {
    if (typeof v.otherwise !== 'boolean') out.add(`${at}.otherwise`, 'must be true or false');
    else if (v.otherwise && (v.ranks !== undefined || v.minRankLevel !== undefined || v.maxRankLevel !== undefined))
      out.add(`${at}.otherwise`, 'a default row covers the ranks no other rule of its kind covers: give it no ranks or levels');
  }
  out.listOf(v.ranks, `${at}.ranks`, true, (r, path) => out.text(r, path));
  const minOk = v.minRankLevel === undefined || out.int(v.minRankLevel, `${at}.minRankLevel`, 1);
  const maxOk = v.maxRankLevel === undefined || out.int(v.maxRankLevel, `${at}.maxRankLevel`, 1);
  if (minOk && maxOk && typeof v.minRankLevel === 'number' && typeof v.maxRankLevel === 'number' && v.minRankLevel > v.maxRankLevel) {
    out.add(at, 'minRankLevel is above maxRankLevel, so the rule applies to nobody');
  }
}

export function validatePolicy(rules: unknown): PolicyProblem[] {
  const out = new Problems();
  if (!Array.isArray(rules)) return [{ path: 'rules', message: 'must be a list' }];
  const ids = new Map<string, number>();
  const fareWindows = new Map<number, number>();
  rules.forEach((rule: unknown, i) => {
    const at = `rules.${i}`;
    if (!isObj(rule)) return out.add(at, 'must be an object');
    if (out.text(rule.id, `${at}.id`)) {
      const first = ids.get(rule.id);
      if (first !== undefined) out.add(`${at}.id`, `${rule.id} is also the id of rule ${first}`);
      else ids.set(rule.id, i);
    }
    out.oneOf(rule.action, `${at}.action`, RULE_ACTION_CHOICES, 'action');
    if (rule.action === 'personal_pay' && typeof rule.kind === 'string' && !PERSONAL_PAY_KINDS.includes(rule.kind))
      out.add(`${at}.action`, `personal_pay (超标个人付) is for fare and hotel caps (${PERSONAL_PAY_KINDS.join(', ')})`);
    appliesTo(rule.appliesTo, `${at}.appliesTo`, out);
    if (!out.oneOf(rule.kind, `${at}.kind`, RULE_KIND_NAMES, 'rule kind')) return;
    validateParams(String(rule.kind), rule.params, `${at}.params`, out);
    if (rule.kind === 'flight_lowest_fare_window' && isObj(rule.params) && typeof rule.params.windowMinutes === 'number') {
      fareWindows.set(rule.params.windowMinutes, fareWindows.get(rule.params.windowMinutes) ?? i);
    }
  });
  if (fareWindows.size > 1) {
    const [, ...later] = [...fareWindows.values()];
    for (const i of later) {
      out.add(
        `rules.${i}.params.windowMinutes`,
        'differs from the window of an earlier lowest-fare rule: a flight option carries the lowest fare of one window',
      );
    }
  }
  return out.list;
}

/** validatePolicy, plus the reason codes: unique, labelled in both languages, present when a rule warns. */
export function validatePolicyVersion(policy: { rules: unknown; reasonCodes: unknown }): PolicyProblem[] {
  const out = new Problems();
  out.list.push(...validatePolicy(policy.rules));
  const codes = new Set<string>();
  out.listOf(policy.reasonCodes, 'reasonCodes', false, (r, path) => {
    if (!out.obj(r, path)) return;
    if (out.text(r.code, `${path}.code`)) {
      if (codes.has(r.code)) out.add(`${path}.code`, `${r.code} is listed twice`);
      codes.add(r.code);
    }
    if (out.obj(r.label, `${path}.label`)) {
      out.text(r.label['zh-CN'], `${path}.label.zh-CN`);
      out.text(r.label.en, `${path}.label.en`);
    }
    out.listOf(r.categories, `${path}.categories`, true, (c, cPath) => out.oneOf(c, cPath, CATEGORIES, 'category'));
  });
  const warns = Array.isArray(policy.rules) && policy.rules.some((r: unknown) => isObj(r) && r.action === 'warn');
  if (warns && codes.size === 0) out.add('reasonCodes', 'a rule warns, so travellers must pick a reason code (超标原因): add at least one');
  return out.list;
}
