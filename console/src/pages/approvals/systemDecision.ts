/**
 * What the system decided by itself on a stage's timeout (the server's decidedBy {kind:'system'}):
 * shown as the system's, never as the approver's whose place it settled.
 */
export const SYSTEM_DECISIONS = ['auto_approved_on_timeout', 'auto_rejected_on_timeout', 'escalated'] as const;
export type SystemDecision = (typeof SYSTEM_DECISIONS)[number];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** data.decidedBy of a timeline event, when the system decided it; null for a person's (or anything else). */
export function systemDecisionOf(data: Record<string, unknown>): SystemDecision | null {
  const by = data.decidedBy;
  if (!isRecord(by) || by.kind !== 'system') return null;
  const reason = by.reason;
  return typeof reason === 'string' && (SYSTEM_DECISIONS as readonly string[]).includes(reason) ? (reason as SystemDecision) : null;
}
