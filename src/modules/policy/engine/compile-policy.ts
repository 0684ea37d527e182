/**
 * compilePolicy(policy, traveller) prepares a policy for one traveller once: it drops the rules
 * whose `appliesTo` leaves the traveller out, sorts the rest by the option category they check and
 * closes each over its parameters. The result then decides, checks or explains any number of
 * options without looking at the policy's shape again. The checks of left-out rules are built once
 * and shared (frozen) between verdicts.
 *
 * A compiled policy keeps one scratch slot for its runners, so it is not reentrant — which
 * single-threaded synchronous JavaScript never asks of it.
 */
import { dayNumberOfDate } from '../../../platform/time/china-time.ts';
import { applyingRules } from './applies-to.ts';
import { compileRule } from './compile-rule.ts';
import type { CheckUnit, Decision, Evaluation, Explanation, RuleCheck, RuleCheckData, Verdict } from './evaluation-types.ts';
import { explainStep } from './explain/explain-check.ts';
import { CATEGORIES, type Category, type OptionOf, type TravelOption, type Traveller } from './option-types.ts';
import { RULE_KINDS } from './rule-kinds.ts';
import type { PolicyVersion, Rule, RuleKind } from './rule-types.ts';
import { newSlot, type Runner } from './runners/slot.ts';
import { ACTION_SEVERITY, type RuleAction } from './scales.ts';

/** One rule as it stands for one category of option (its rule's fields copied, so that every step has one shape). */
export interface Step<O> {
  rule: Rule;
  ruleId: string;
  kind: RuleKind;
  unit: CheckUnit;
  action: RuleAction;
  /** Set when the rule is checked; null when it is not applicable to this category or traveller. */
  run: Runner<O> | null;
  /** Why the rule is left out, when it is; its check is then always `fixed`. */
  skipped: 'category' | 'traveller' | null;
  fixed: RuleCheckData;
  severity: number;
  /** The explanation of a left-out rule, built on first use. */
  skippedExplanation: Explanation | null;
}

type Steps = { [C in Category]: Step<OptionOf<C>>[] };

export interface CompiledPolicy {
  readonly policy: PolicyVersion;
  readonly traveller: Traveller;
  /** The outcome only: no check objects, nothing allocated but the answer. */
  decide(option: TravelOption): Decision;
  /** The outcome and every rule's structured check, without the sentences. */
  verdict(option: TravelOption): Verdict;
  /** The outcome and every check with its explanation in both languages. */
  evaluate(option: TravelOption): Evaluation;
  /** Adds the explanations to a verdict this compiled policy gave for the same option. */
  explain(option: TravelOption, verdict: Verdict): Evaluation;
  /** How many rules are checked (applicable to the traveller and the category) for options of a category. */
  liveRuleCount(category: Category): number;
}

function skippedCheck(rule: Rule): RuleCheckData {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    applicable: false,
    passed: true,
    limit: null,
    actual: null,
    difference: null,
    unit: RULE_KINDS[rule.kind].unit,
    action: rule.action,
    dataMissing: false,
    personalPayFen: null,
  };
}

function buildSteps(policy: PolicyVersion, traveller: Traveller): Steps {
  const steps: Steps = { flight: [], hotel: [], train: [], car: [] };
  const applying = applyingRules(policy.rules, traveller);
  for (const rule of policy.rules) {
    // A policy read back from JSON could name a kind this engine does not know: refuse it, never skip it.
    if (!Object.hasOwn(RULE_KINDS, rule.kind)) throw new Error(`unknown rule kind ${JSON.stringify(rule.kind)} in rule ${rule.id}`);
    if (!Object.hasOwn(ACTION_SEVERITY, rule.action)) throw new Error(`unknown action ${JSON.stringify(rule.action)} in rule ${rule.id}`);
    const base = {
      rule,
      ruleId: rule.id,
      kind: rule.kind,
      unit: RULE_KINDS[rule.kind].unit,
      action: rule.action,
      fixed: Object.freeze(skippedCheck(rule)),
      severity: ACTION_SEVERITY[rule.action],
      skippedExplanation: null,
    };
    if (!applying.has(rule)) {
      for (const c of CATEGORIES) steps[c].push({ ...base, run: null, skipped: 'traveller' });
      continue;
    }
    const compiled = compileRule(rule, traveller);
    const scope = compiled.category === null && 'categories' in rule.params ? rule.params.categories : undefined;
    const inScope = (c: Category) => scope === undefined || scope.includes(c);
    const live = <O>(run: Runner<O>): Step<O> => ({ ...base, run, skipped: null });
    // One step object per category: a left-out step caches its category's explanation.
    const off = () => ({ ...base, run: null, skipped: 'category' as const });
    steps.flight.push((compiled.category === 'flight' || compiled.category === null) && inScope('flight') ? live(compiled.run) : off());
    steps.hotel.push((compiled.category === 'hotel' || compiled.category === null) && inScope('hotel') ? live(compiled.run) : off());
    steps.train.push((compiled.category === 'train' || compiled.category === null) && inScope('train') ? live(compiled.run) : off());
    steps.car.push((compiled.category === 'car' || compiled.category === null) && inScope('car') ? live(compiled.run) : off());
  }
  return steps;
}

const WARN = ACTION_SEVERITY.warn;
/** A personal_pay rule whose cap cannot be computed (data missing, failing closed) cannot say what to pay: someone approves. */
const UNPRICED_PERSONAL_PAY = ACTION_SEVERITY.require_approval;
const OUTCOMES = ['allow', 'warn', 'require_approval', 'block'] as const;

/** 超标个人付: the part above the cap, for a hotel on every night of the stay. */
export function personalPayOf(option: TravelOption, difference: number | null): number {
  const over = difference !== null && Number.isFinite(difference) ? Math.max(0, difference) : 0;
  if (option.category !== 'hotel') return over;
  const nights = dayNumberOfDate(option.checkOut) - dayNumberOfDate(option.checkIn);
  return over * (Number.isFinite(nights) && nights > 1 ? nights : 1);
}

/** The running answer over the steps of one option. */
interface Tally {
  worst: number;
  warned: boolean;
  compliant: boolean;
  missing: boolean;
  personalPayFen: number;
}

export function compilePolicy(policy: PolicyVersion, traveller: Traveller): CompiledPolicy {
  const steps = buildSteps(policy, traveller);
  const slot = newSlot();
  const policyVersionId = policy.id;
  const passMissing = (policy.missingData ?? 'fail') === 'pass_flagged';
  const tally: Tally = { worst: 0, warned: false, compliant: true, missing: false, personalPayFen: 0 };

  /** Runs a step into the slot and counts it; returns the check's personal payment (null when none). */
  function runStep<O extends TravelOption>(step: Step<O>, run: Runner<O>, option: O): number | null {
    run(option, slot);
    if (slot.missing) {
      tally.missing = true;
      if (passMissing) slot.passed = true;
    }
    if (slot.passed) return null;
    tally.compliant = false;
    let severity = step.severity;
    let pay: number | null = null;
    if (step.action === 'personal_pay') {
      if (slot.missing) severity = UNPRICED_PERSONAL_PAY;
      else {
        pay = personalPayOf(option, slot.difference);
        if (pay > tally.personalPayFen) tally.personalPayFen = pay;
      }
    }
    if (severity > tally.worst) tally.worst = severity;
    if (severity === WARN) tally.warned = true;
    return pay;
  }

  function startTally(): void {
    tally.worst = 0;
    tally.warned = false;
    tally.compliant = true;
    tally.missing = false;
    tally.personalPayFen = 0;
  }

  function decision(): Decision {
    return {
      policyVersionId,
      compliant: tally.compliant,
      outcome: OUTCOMES[tally.worst] ?? 'block',
      requiresReasonCode: tally.warned && tally.worst < ACTION_SEVERITY.block,
      dataMissing: tally.missing,
      personalPayFen: tally.personalPayFen,
    };
  }

  function decideWith<O extends TravelOption>(list: readonly Step<O>[], option: O): Decision {
    startTally();
    for (const step of list) if (step.run !== null) runStep(step, step.run, option);
    return decision();
  }

  function verdictWith<O extends TravelOption>(list: readonly Step<O>[], option: O): Verdict {
    const checks: RuleCheckData[] = [];
    startTally();
    for (const step of list) {
      if (step.run === null) {
        checks.push(step.fixed);
        continue;
      }
      const personalPayFen = runStep(step, step.run, option);
      checks.push({
        ruleId: step.ruleId,
        kind: step.kind,
        applicable: slot.applicable,
        passed: slot.passed,
        limit: slot.limit,
        actual: slot.actual,
        difference: slot.difference,
        unit: step.unit,
        action: step.action,
        dataMissing: slot.missing,
        personalPayFen,
      });
    }
    return { ...decision(), checks };
  }

  function explainWith<O extends TravelOption>(list: readonly Step<O>[], option: O, verdict: Verdict): Evaluation {
    const checks: RuleCheck[] = [];
    for (let i = 0; i < verdict.checks.length; i++) {
      const check = verdict.checks[i];
      if (check === undefined) continue;
      const step = list[i]?.rule.id === check.ruleId ? list[i] : list.find((s) => s.rule.id === check.ruleId);
      if (step === undefined) throw new Error(`rule ${check.ruleId} is not in policy version ${policyVersionId}`);
      // A left-out rule's sentence depends only on the category and the traveller: build it once.
      const explanation =
        step.skipped === null
          ? explainStep(step, check, option, traveller)
          : (step.skippedExplanation ??= explainStep(step, check, option, traveller));
      checks.push({
        ruleId: check.ruleId,
        kind: check.kind,
        applicable: check.applicable,
        passed: check.passed,
        limit: check.limit,
        actual: check.actual,
        difference: check.difference,
        unit: check.unit,
        action: check.action,
        dataMissing: check.dataMissing,
        personalPayFen: check.personalPayFen,
        explanation,
      });
    }
    const { policyVersionId: id, compliant, outcome, requiresReasonCode, dataMissing, personalPayFen } = verdict;
    return { policyVersionId: id, compliant, outcome, requiresReasonCode, dataMissing, personalPayFen, checks };
  }

  const compiled: CompiledPolicy = {
    policy,
    traveller,
    decide(option) {
      switch (option.category) {
        case 'flight':
          return decideWith(steps.flight, option);
        case 'hotel':
          return decideWith(steps.hotel, option);
        case 'train':
          return decideWith(steps.train, option);
        case 'car':
          return decideWith(steps.car, option);
      }
    },
    verdict(option) {
      switch (option.category) {
        case 'flight':
          return verdictWith(steps.flight, option);
        case 'hotel':
          return verdictWith(steps.hotel, option);
        case 'train':
          return verdictWith(steps.train, option);
        case 'car':
          return verdictWith(steps.car, option);
      }
    },
    explain(option, verdict) {
      switch (option.category) {
        case 'flight':
          return explainWith(steps.flight, option, verdict);
        case 'hotel':
          return explainWith(steps.hotel, option, verdict);
        case 'train':
          return explainWith(steps.train, option, verdict);
        case 'car':
          return explainWith(steps.car, option, verdict);
      }
    },
    evaluate(option) {
      return compiled.explain(option, compiled.verdict(option));
    },
    liveRuleCount(category) {
      return steps[category].filter((s) => s.run !== null).length;
    },
  };
  return compiled;
}
