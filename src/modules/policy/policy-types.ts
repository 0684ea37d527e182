/** The shapes of the policy API (差旅标准): policies, their versions and assignments, reason codes. */
import type { MissingDataMode } from './engine/index.ts';

export type PolicyStatus = 'active' | 'archived';
export type VersionStatus = 'draft' | 'published' | 'superseded';

/** Which travellers a policy applies to (see the engine's resolvePolicy). */
export interface AssignmentView {
  id: string;
  departmentId: string | null;
  departmentName: string | null;
  /** Rank codes it applies to; empty: any rank (unless a level range is given). */
  rankCodes: string[];
  minRankLevel: number | null;
  maxRankLevel: number | null;
  priority: number;
}

export interface AssignmentInput {
  departmentId?: string | null;
  rankCodes?: string[];
  minRankLevel?: number | null;
  maxRankLevel?: number | null;
  priority?: number;
}

export interface PolicySummary {
  id: string;
  name: string;
  description: string;
  status: PolicyStatus;
  published: { versionId: string; version: number; publishedAt: string } | null;
  draft: { versionId: string; version: number } | null;
  assignments: AssignmentView[];
}

export interface VersionListItem {
  versionId: string;
  version: number;
  status: VersionStatus;
  note: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface PolicyDetail extends PolicySummary {
  /** Newest first. */
  versions: VersionListItem[];
}

export interface VersionView {
  versionId: string;
  version: number;
  status: VersionStatus;
  note: string;
  /** The engine's rule JSON. */
  rules: unknown[];
  /** What a rule lacking its data does: 'fail' (fail closed) or 'pass_flagged'. */
  missingData: MissingDataMode;
  createdAt: string;
  publishedAt: string | null;
}

export interface ReasonCodeView {
  code: string;
  labelZh: string;
  labelEn: string;
  active: boolean;
  sort: number;
}

/** Who asks, for the reads about a traveller (resolve, evaluate, preview). */
export interface PolicyCaller {
  /** The caller's own employee, if any. */
  employeeId: string | null;
  /** policy.manage: may ask about any employee. */
  canManage: boolean;
}
