/**
 * The entry points. Pure and deterministic: the same policy, traveller and option always give the
 * same (deep-equal) answer, whatever the clock or the machine's time zone.
 */
import { compilePolicy } from './compile-policy.ts';
import type { Evaluation, Verdict } from './evaluation-types.ts';
import type { TravelOption, Traveller } from './option-types.ts';
import type { PolicyVersion } from './rule-types.ts';

/** One option, every check explained in zh-CN and en. */
export function evaluate(policy: PolicyVersion, traveller: Traveller, option: TravelOption): Evaluation {
  return compilePolicy(policy, traveller).evaluate(option);
}

/**
 * A result list: the policy is compiled once for the traveller and every option gets its
 * structured checks without sentences. Explain the ones a person opens with
 * `compilePolicy(policy, traveller).explain(option, verdict)`.
 */
export function evaluateMany(policy: PolicyVersion, traveller: Traveller, options: readonly TravelOption[]): Verdict[] {
  const compiled = compilePolicy(policy, traveller);
  return options.map((o) => compiled.verdict(o));
}
