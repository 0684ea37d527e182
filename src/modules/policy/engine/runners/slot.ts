/**
 * A compiled rule is a runner: a closure over the rule's parameters (and the traveller) that checks
 * one option and writes the result into a reusable slot, so that deciding an option allocates
 * nothing; the evaluator copies the slot into a check object only when checks are asked for.
 *
 * Comparisons are written as `actual <= limit` / `actual >= limit`, so an unreadable value (NaN)
 * fails the check rather than slipping through.
 */
import type { CheckValue } from '../evaluation-types.ts';

export interface CheckSlot {
  applicable: boolean;
  passed: boolean;
  limit: CheckValue;
  actual: CheckValue;
  difference: number | null;
  /** The rule applies but its data is missing: the compiled policy decides by its missingData setting. */
  missing: boolean;
}

export type Runner<O> = (option: O, slot: CheckSlot) => void;

export function newSlot(): CheckSlot {
  return { applicable: false, passed: true, limit: null, actual: null, difference: null, missing: false };
}

/** actual must not exceed limit. */
export function atMost(slot: CheckSlot, limit: number, actual: number): void {
  slot.applicable = true;
  slot.missing = false;
  slot.passed = actual <= limit;
  slot.limit = limit;
  slot.actual = actual;
  slot.difference = actual - limit;
}

/** actual must reach limit. */
export function atLeast(slot: CheckSlot, limit: number, actual: number): void {
  slot.applicable = true;
  slot.missing = false;
  slot.passed = actual >= limit;
  slot.limit = limit;
  slot.actual = actual;
  slot.difference = actual - limit;
}

/** A class on an ordered scale (cabin, seat, service level) must not be above the limit's. */
export function classAtMost(slot: CheckSlot, limit: string, limitRank: number, actual: string, actualRank: number): void {
  slot.applicable = true;
  slot.missing = false;
  slot.passed = actualRank <= limitRank;
  slot.limit = limit;
  slot.actual = actual;
  slot.difference = actualRank - limitRank;
}

/** The rule is not for this option (a fare rule scoped to other cabins); it passes. */
export function notApplicable(slot: CheckSlot, actual: CheckValue = null): void {
  slot.applicable = false;
  slot.passed = true;
  slot.limit = null;
  slot.actual = actual;
  slot.difference = null;
  slot.missing = false;
}

/**
 * The rule applies but the data it needs is missing. Written as failed: the compiled policy turns
 * it into a pass only when the policy's missingData setting is 'pass_flagged'.
 */
export function dataMissing(slot: CheckSlot, actual: CheckValue = null): void {
  slot.applicable = true;
  slot.passed = false;
  slot.limit = null;
  slot.actual = actual;
  slot.difference = null;
  slot.missing = true;
}
