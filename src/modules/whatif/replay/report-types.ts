import type { Category, Explanation, Outcome, RuleAction, RuleKind } from '../../policy/index.ts';

export type OutcomeCounts = Record<Outcome, number>;

/** The replayed bookings under one policy side (before: as booked; after: the draft). */
export interface SideSummary {
  counts: OutcomeCounts;
  compliant: number;
  /** compliant ÷ replayed bookings, 0–1; null when none was replayed. */
  complianceRate: number | null;
  /** 超标个人付 the travellers would pay personally, in total. */
  personalPayFen: number;
}

export interface Movement {
  count: number;
  amountFen: number;
}

/** What the draft moves in a group of bookings (a department, a category). */
export interface Stake {
  bookings: number;
  amountFen: number;
  /** Compliant before, not after. */
  becameNonCompliant: Movement;
  /** Not blocked before, blocked after (a subset of the above when the block comes from a failed rule). */
  becameBlocked: Movement;
  /** Not compliant before, compliant after. */
  becameCompliant: Movement;
  compliantBefore: number;
  compliantAfter: number;
}

export interface DepartmentStake extends Stake {
  departmentId: string;
  departmentName: string;
}

export interface CategoryStake extends Stake {
  category: Category;
}

export interface FailedRule {
  ruleId: string;
  kind: RuleKind;
  action: RuleAction;
  explanation: Explanation;
}

/** How the "before" side of a booking was decided. */
export type BeforeBasis = 'booked_version' | 'published' | 'no_policy';

export interface ChangedBooking {
  id: string;
  reference: string;
  source: 'order' | 'imported';
  category: Category;
  bookedAt: string;
  amountFen: number;
  departmentId: string;
  departmentName: string;
  employeeId: string | null;
  rankCode: string;
  before: { outcome: Outcome; compliant: boolean; policyVersionId: string | null; basis: BeforeBasis };
  after: { outcome: Outcome; compliant: boolean };
  /** What the order recorded when it was booked; null for imported bookings. */
  recorded: { outcome: Outcome; compliant: boolean; policyVersionId: string | null } | null;
  /** The rules that failed before and after, explained in zh-CN and en. */
  failedBefore: FailedRule[];
  failedAfter: FailedRule[];
}

export type SkipReason = 'unknown_traveller';

export interface WhatIfReport {
  policy: { id: string; name: string };
  version: { versionId: string; version: number };
  /** China-time dates, both inclusive. */
  from: string;
  to: string;
  bookings: {
    /** Read from the sources in the range. */
    read: number;
    /** Travellers the draft's policy applies to: the ones compared. */
    replayed: number;
    /** Travellers another policy applies to: the draft changes nothing for them. */
    outOfScope: number;
    skipped: number;
    bySource: { order: number; imported: number };
  };
  before: SideSummary;
  after: SideSummary;
  /** Bookings whose outcome or compliance differs. */
  changedCount: number;
  departments: DepartmentStake[];
  categories: CategoryStake[];
  changed: { total: number; offset: number; limit: number; items: ChangedBooking[] };
  /** The first skipped bookings, with why. */
  skipped: { id: string; reference: string; source: 'order' | 'imported'; reason: SkipReason }[];
  timing: { totalMs: number; replayMs: number };
}
