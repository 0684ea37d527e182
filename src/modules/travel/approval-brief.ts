import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { SubjectBrief, SubjectFlag } from '../approval/index.ts';
import { travelRequests } from './schema.ts';

/** The budget check's outcome, as stored at submission (check-budgets.ts). */
const outcomeOf = (check: unknown): string | null =>
  check !== null && typeof check === 'object' && 'outcome' in check && typeof check.outcome === 'string' ? check.outcome : null;

/** Whether the policy check stored at submission found the request out of policy (the policy module's RequestPolicyCheck). */
const outOfPolicy = (check: unknown): boolean =>
  check !== null && typeof check === 'object' && 'compliant' in check && check.compliant === false;

/**
 * What an approver sees of travel requests in the inbox: the itinerary, and flags — over budget
 * (submitted past a warning budget, with the requester's reason) and out of policy (the policy
 * check at submission failed, with the reason given for it).
 */
export async function travelRequestBriefs(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, SubjectBrief>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: travelRequests.id,
      itinerary: travelRequests.itinerary,
      budgetCheck: travelRequests.budgetCheck,
      overBudgetReason: travelRequests.overBudgetReason,
      policyCheck: travelRequests.policyCheck,
      policyReason: travelRequests.policyReason,
    })
    .from(travelRequests)
    .where(and(eq(travelRequests.tenantId, tenantId), inArray(travelRequests.id, [...ids])));
  return new Map(
    rows.map((r) => {
      const flags: SubjectFlag[] = [];
      const outcome = outcomeOf(r.budgetCheck);
      if (outcome === 'warn' || outcome === 'forbid') flags.push({ code: 'over_budget', note: r.overBudgetReason });
      if (outOfPolicy(r.policyCheck)) flags.push({ code: 'out_of_policy', note: r.policyReason });
      const itinerary = r.itinerary.map((l) => ({
        fromCity: l.fromCity,
        toCity: l.toCity,
        departDate: l.departDate,
        returnDate: l.returnDate,
      }));
      return [r.id, { itinerary, flags }];
    }),
  );
}
