import type { InputIssue } from './calendar-validate.ts';
import { type SlaTargets, type SlaTicketStatus, slaTicketStatuses } from './clock.ts';
import { targetIssues } from './targets-validate.ts';

/**
 * Which SLA policy a ticket gets. The order is documented and total:
 *
 * 1. Policies are tried in ascending `position` (whole numbers, unique within a set, so no two
 *    policies ever tie; the order of the array does not matter).
 * 2. A policy applies when every one of its four conditions allows the ticket: the enterprise's
 *    tier, the ticket's category, priority and channel are each in the condition's set of values,
 *    or the condition is 'any'. A ticket without an enterprise tier passes only 'any'.
 * 3. The first that applies wins. The default policy (conditions null) must come last, so it
 *    applies exactly when no other does, and every ticket gets a policy.
 *
 * validateSlaPolicies refuses sets where this could surprise: duplicate positions, no default or
 * two, a default before others, and a policy that can never apply because an earlier one matches
 * every ticket it would.
 */

export type AllowedValues = 'any' | readonly string[];

export interface SlaPolicyConditions {
  enterpriseTiers: AllowedValues;
  categories: AllowedValues;
  priorities: AllowedValues;
  channels: AllowedValues;
}

/** What matching reads of a policy. */
export interface MatchablePolicy {
  id: string;
  position: number;
  /** null for the default policy. */
  conditions: SlaPolicyConditions | null;
}

export interface SlaPolicy extends MatchablePolicy {
  name: string;
  targets: SlaTargets;
  /** The business calendar its targets are measured on. */
  calendarId: string;
  /** Statuses that pause its clocks (solved and closed stop them anyway). */
  pausingStatuses: readonly SlaTicketStatus[];
}

/** The ticket attributes policies look at. */
export interface SlaTicketAttributes {
  /** The requester's enterprise's service tier; null when the ticket has no enterprise. */
  enterpriseTier: string | null;
  category: string;
  priority: string;
  channel: string;
}

/** The values each attribute may take, to refuse typos in conditions (any attribute left out is not checked). */
export interface SlaVocabulary {
  enterpriseTiers?: readonly string[];
  categories?: readonly string[];
  priorities?: readonly string[];
  channels?: readonly string[];
}

const conditionKeys = ['enterpriseTiers', 'categories', 'priorities', 'channels'] as const;
type ConditionKey = (typeof conditionKeys)[number];

const attributeOf: Record<ConditionKey, keyof SlaTicketAttributes> = {
  enterpriseTiers: 'enterpriseTier',
  categories: 'category',
  priorities: 'priority',
  channels: 'channel',
};

const allows = (allowed: AllowedValues, value: string | null): boolean => allowed === 'any' || (value !== null && allowed.includes(value));

/** Whether a policy's conditions allow a ticket (the default policy allows every ticket). */
export function policyApplies(policy: MatchablePolicy, ticket: SlaTicketAttributes): boolean {
  const conditions = policy.conditions;
  if (conditions === null) return true;
  return conditionKeys.every((key) => allows(conditions[key], ticket[attributeOf[key]]));
}

/** The policies in the order they are tried. */
export function orderPolicies<P extends MatchablePolicy>(policies: readonly P[]): P[] {
  return [...policies].sort((a, b) => a.position - b.position);
}

/**
 * The policy a ticket gets: the first in position order whose conditions allow it. Throws when
 * positions repeat or nothing applies (a set that passed validateSlaPolicies has neither).
 */
export function matchSlaPolicy<P extends MatchablePolicy>(policies: readonly P[], ticket: SlaTicketAttributes): P {
  const ordered = orderPolicies(policies);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]?.position === ordered[i - 1]?.position) throw new RangeError(`two SLA policies share position ${ordered[i]?.position}`);
  }
  const found = ordered.find((policy) => policyApplies(policy, ticket));
  if (!found) throw new RangeError('no SLA policy applies: the set has no default policy');
  return found;
}

/** Whether `earlier` matches every ticket `later` matches (so `later` never applies after it). */
function covers(earlier: SlaPolicyConditions, later: SlaPolicyConditions): boolean {
  return conditionKeys.every((key) => {
    const wide = earlier[key];
    const narrow = later[key];
    return wide === 'any' || (narrow !== 'any' && narrow.every((v) => wide.includes(v)));
  });
}

function conditionIssues(conditions: SlaPolicyConditions, path: string, vocabulary: SlaVocabulary): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const key of conditionKeys) {
    const allowed = conditions[key];
    if (allowed === 'any') continue;
    const at = `${path}.${key}`;
    if (!Array.isArray(allowed) || allowed.length === 0) {
      issues.push({ path: at, message: "expected 'any' or a non-empty list of values" });
      continue;
    }
    const known = vocabulary[key];
    allowed.forEach((value, i) => {
      if (typeof value !== 'string' || value === '') issues.push({ path: `${at}[${i}]`, message: 'expected a value' });
      else if (allowed.indexOf(value) !== i) issues.push({ path: `${at}[${i}]`, message: `'${value}' is listed twice` });
      else if (known && !known.includes(value)) issues.push({ path: `${at}[${i}]`, message: `unknown value '${value}'` });
    });
  }
  if (conditionKeys.every((key) => conditions[key] === 'any')) {
    issues.push({ path, message: "a policy whose every condition is 'any' is the default: set conditions to null and put it last" });
  }
  return issues;
}

const STATUSES: ReadonlySet<string> = new Set(slaTicketStatuses);

function pausingIssues(statuses: readonly SlaTicketStatus[], path: string): InputIssue[] {
  const issues: InputIssue[] = [];
  statuses.forEach((status, i) => {
    if (!STATUSES.has(status)) issues.push({ path: `${path}[${i}]`, message: `unknown status '${status}'` });
    else if (status === 'solved' || status === 'closed')
      issues.push({ path: `${path}[${i}]`, message: 'solved and closed stop the clocks already' });
    else if (statuses.indexOf(status) !== i) issues.push({ path: `${path}[${i}]`, message: `'${status}' is listed twice` });
  });
  return issues;
}

export type PolicyValidation<P extends SlaPolicy> = { ok: true; policies: P[] } | { ok: false; errors: InputIssue[] };

/**
 * Checks a tenant's (or the desk's) set of SLA policies and returns them in matching order.
 * Paths point into the array as given ('[2].conditions.channels[0]').
 */
export function validateSlaPolicies<P extends SlaPolicy>(policies: readonly P[], vocabulary: SlaVocabulary = {}): PolicyValidation<P> {
  const errors: InputIssue[] = [];
  const indexOf = new Map<P, number>(policies.map((p, i) => [p, i]));
  const pathOf = (p: P): string => `[${indexOf.get(p) ?? -1}]`;

  const ids = new Set<string>();
  const positions = new Map<number, P>();
  for (const policy of policies) {
    const path = pathOf(policy);
    if (typeof policy.id !== 'string' || policy.id === '') errors.push({ path: `${path}.id`, message: 'expected an id' });
    else if (ids.has(policy.id)) errors.push({ path: `${path}.id`, message: `id '${policy.id}' is used twice` });
    ids.add(policy.id);
    if (typeof policy.name !== 'string' || policy.name.trim() === '') errors.push({ path: `${path}.name`, message: 'expected a name' });
    if (typeof policy.calendarId !== 'string' || policy.calendarId === '')
      errors.push({ path: `${path}.calendarId`, message: 'expected a calendar' });
    if (!Number.isSafeInteger(policy.position)) {
      errors.push({ path: `${path}.position`, message: 'expected a whole number' });
    } else {
      const other = positions.get(policy.position);
      if (other) errors.push({ path: `${path}.position`, message: `position ${policy.position} is taken by ${pathOf(other)}` });
      positions.set(policy.position, policy);
    }
    errors.push(...targetIssues(policy.targets, `${path}.targets`), ...pausingIssues(policy.pausingStatuses, `${path}.pausingStatuses`));
    if (policy.conditions !== null) errors.push(...conditionIssues(policy.conditions, `${path}.conditions`, vocabulary));
  }

  const ordered = orderPolicies(policies);
  const defaults = ordered.filter((p) => p.conditions === null);
  if (defaults.length === 0)
    errors.push({ path: '', message: 'a policy set has a default policy (conditions null) for tickets no other policy takes' });
  for (const extra of defaults.slice(1)) errors.push({ path: `${pathOf(extra)}.conditions`, message: 'only one default policy' });
  const lastDefault = defaults[0];
  if (lastDefault && ordered[ordered.length - 1] !== lastDefault) {
    errors.push({ path: `${pathOf(lastDefault)}.position`, message: 'the default policy comes last (the highest position)' });
  }

  ordered.forEach((later, i) => {
    if (later.conditions === null) return;
    const laterConditions = later.conditions;
    const shadow = ordered.slice(0, i).find((earlier) => earlier.conditions !== null && covers(earlier.conditions, laterConditions));
    if (shadow) {
      errors.push({
        path: `${pathOf(later)}.conditions`,
        message: `never applies: ${pathOf(shadow)} (position ${shadow.position}) comes first and takes every ticket this one would`,
      });
    }
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, policies: ordered };
}
