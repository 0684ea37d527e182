/**
 * Which policy applies to a traveller: the most specific matching assignment wins.
 *
 * An assignment matches when its department (if any) is on the traveller's department chain — a
 * department's assignment covers its sub-departments — and its rank condition (if any) holds: the
 * traveller's rank code is one of `rankCodes` (when given and non-empty) and their level is within
 * [minRankLevel, maxRankLevel] (bounds given). Among the matches, compare in this order:
 *   1. scope: department and rank > department only > rank only > tenant default (neither);
 *   2. the department nearer the traveller's own (scopes with a department);
 *   3. exact rank codes > a rank-level range (scopes with a rank condition);
 *   4. the higher `priority` (absent: 0);
 *   5. the smaller id (plain code-unit order), so the answer never depends on input order.
 */
import { levelInRange } from './applies-to.ts';
import type { Traveller } from './option-types.ts';

export interface PolicyAssignment {
  id: string;
  policyId: string;
  departmentId?: string | null;
  rankCodes?: readonly string[];
  minRankLevel?: number | null;
  maxRankLevel?: number | null;
  priority?: number;
}

export const RESOLUTION_ORDER = [
  { key: 'scope', rule: 'department and rank > department only > rank only > tenant default' },
  { key: 'department_distance', rule: "the department nearer the traveller's own wins" },
  { key: 'rank_exactness', rule: 'exact rank codes beat a rank-level range' },
  { key: 'priority', rule: 'the higher priority wins' },
  { key: 'id', rule: 'the smaller id wins' },
] as const;

export const ASSIGNMENT_SCOPES = ['default', 'rank', 'department', 'department_and_rank'] as const;

/** How specifically an assignment matches a traveller; larger is more specific field by field. */
export interface Specificity {
  scope: (typeof ASSIGNMENT_SCOPES)[number];
  /** How far above the traveller's own department the assignment's department is (0: their own); -1 without a department. */
  departmentDistance: number;
  /** 1 for exact rank codes, 0 otherwise. */
  rankExactness: number;
  priority: number;
}

function rankCondition(a: PolicyAssignment): 'none' | 'codes' | 'range' {
  if (a.rankCodes !== undefined && a.rankCodes.length > 0) return 'codes';
  return (a.minRankLevel ?? null) !== null || (a.maxRankLevel ?? null) !== null ? 'range' : 'none';
}

/** How the assignment matches the traveller, or null when it does not. */
export function specificity(a: PolicyAssignment, traveller: Traveller): Specificity | null {
  const hasDepartment = a.departmentId !== undefined && a.departmentId !== null;
  // The chain starts with the traveller's own department; a bare department id still matches itself.
  const chain = traveller.departmentChain.length > 0 ? traveller.departmentChain : [traveller.departmentId];
  const departmentDistance = hasDepartment ? chain.indexOf(a.departmentId ?? '') : -1;
  if (hasDepartment && departmentDistance < 0) return null;
  const rank = rankCondition(a);
  if (rank === 'codes' && !(a.rankCodes ?? []).includes(traveller.rankCode)) return null;
  if (rank !== 'none' && !levelInRange(traveller.rankLevel, a.minRankLevel ?? undefined, a.maxRankLevel ?? undefined)) return null;
  const scope = hasDepartment ? (rank !== 'none' ? 'department_and_rank' : 'department') : rank !== 'none' ? 'rank' : 'default';
  return { scope, departmentDistance, rankExactness: rank === 'codes' ? 1 : 0, priority: a.priority ?? 0 };
}

/** Negative when x is more specific than y (x wins), following RESOLUTION_ORDER. */
export function compareMatches(x: { a: PolicyAssignment; s: Specificity }, y: { a: PolicyAssignment; s: Specificity }): number {
  return (
    ASSIGNMENT_SCOPES.indexOf(y.s.scope) - ASSIGNMENT_SCOPES.indexOf(x.s.scope) ||
    x.s.departmentDistance - y.s.departmentDistance ||
    y.s.rankExactness - x.s.rankExactness ||
    y.s.priority - x.s.priority ||
    (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0)
  );
}

export function resolvePolicy(assignments: readonly PolicyAssignment[], traveller: Traveller): PolicyAssignment | null {
  let best: { a: PolicyAssignment; s: Specificity } | null = null;
  for (const a of assignments) {
    const s = specificity(a, traveller);
    if (s === null) continue;
    const candidate = { a, s };
    if (best === null || compareMatches(candidate, best) < 0) best = candidate;
  }
  return best?.a ?? null;
}
