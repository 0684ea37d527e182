import { compilePolicy, type CheckValue, type Evaluation, type PolicyVersion, type TravelOption, type Traveller } from './engine/index.ts';

/** JSON has no NaN or Infinity (an unreadable value the engine fails the check on): they are answered as null. */
const finite = (v: CheckValue): CheckValue => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

function jsonSafe(e: Evaluation): Evaluation {
  for (const c of e.checks) {
    c.limit = finite(c.limit);
    c.actual = finite(c.actual);
    if (c.difference !== null && !Number.isFinite(c.difference)) c.difference = null;
  }
  return e;
}

/** Every option evaluated for one traveller with explanations in zh-CN and en; the policy is compiled once. */
export function explainOptions(policy: PolicyVersion, traveller: Traveller, options: readonly TravelOption[]): Evaluation[] {
  const compiled = compilePolicy(policy, traveller);
  return options.map((o) => jsonSafe(compiled.evaluate(o)));
}
