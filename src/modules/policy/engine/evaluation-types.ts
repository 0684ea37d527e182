/**
 * What evaluating a policy against an option answers. `Verdict` is the structured result (cheap,
 * for result lists); `Evaluation` adds a sentence in both languages to every check.
 */
import type { RuleKind } from './rule-types.ts';
import type { Outcome, RuleAction } from './scales.ts';

export type CheckUnit = 'fen' | 'cabin' | 'seat_class' | 'service_level' | 'stars' | 'days' | 'minutes' | 'hour' | 'city' | 'boolean';

/** Numbers in the check's unit (fen, stars, days), class codes ('business', 'second'), times 'HH:MM', cities, booleans. */
export type CheckValue = number | string | boolean | null;

export interface Explanation {
  'zh-CN': string;
  en: string;
}

/**
 * One rule against one option. Every rule of the policy is reported, in the policy's order; a rule
 * for another category or cabin, or one whose `appliesTo` leaves the traveller out, has
 * `applicable: false` and `passed: true`, so `checks.filter((c) => c.applicable)` keeps the ones
 * that count.
 *
 * A rule that applies but lacks the data it needs (no business fare, no lowest fare in the window,
 * no hotel band for the rank, no daily cost, no destination) is applicable with `dataMissing:
 * true`; the policy's `missingData` setting decides: 'fail' (the default, fail closed) fails it
 * with its action, 'pass_flagged' passes it with the flag shown in its explanation.
 */
export interface RuleCheckData {
  ruleId: string;
  kind: RuleKind;
  applicable: boolean;
  passed: boolean;
  limit: CheckValue;
  actual: CheckValue;
  /**
   * actual − limit in the rule's unit (fen, stars, days; for ordered classes the number of steps
   * on the scale, positive above the limit); null where the values are not ordered.
   */
  difference: number | null;
  unit: CheckUnit;
  action: RuleAction;
  /** The rule applies but the data it needs is missing (see above). */
  dataMissing: boolean;
  /** 超标个人付: what the traveller pays personally above the cap (fen, for a hotel every night of the stay); null unless a personal_pay rule failed. */
  personalPayFen: number | null;
}

export interface RuleCheck extends RuleCheckData {
  explanation: Explanation;
}

export type { Outcome };

/** The overall answer without the per-rule detail: what a result list needs to sort and hide. */
export interface Decision {
  policyVersionId: string;
  /** No applicable rule failed. */
  compliant: boolean;
  /** The strictest action among the failed rules; 'allow' when none failed. */
  outcome: Outcome;
  /** A failed 'warn' rule asks for a reason code (超标原因), unless the option is blocked anyway. */
  requiresReasonCode: boolean;
  /** Some applicable rule lacked its data (failed or passed with a flag, as the policy's setting says). */
  dataMissing: boolean;
  /** 超标个人付: the amount the traveller pays personally (fen), the largest among the failed personal_pay rules; 0 when none. */
  personalPayFen: number;
}

export interface Verdict<C extends RuleCheckData = RuleCheckData> extends Decision {
  checks: C[];
}

export type Evaluation = Verdict<RuleCheck>;
