import { Type } from '@sinclair/typebox';
import { UUID_PATTERN } from '../../platform/ids.ts';
import type { JobRef } from '../../platform/jobs/scheduler.ts';
import { slaTargetNames } from './engine/clock.ts';

/**
 * 'sla.timer': a warning or breach instant of one ticket's target, held by pg-boss to the
 * millisecond. Patterns, not formats: the job runner checks payloads with TypeBox's Value.
 */
export const SlaTimerPayload = Type.Object({
  tenantId: Type.String({ pattern: UUID_PATTERN }),
  ticketId: Type.String({ pattern: UUID_PATTERN }),
  target: Type.Union(slaTargetNames.map((t) => Type.Literal(t))),
  kind: Type.Union([Type.Literal('warning'), Type.Literal('breach')]),
  /** Epoch ms it is due. */
  at: Type.Integer(),
});

export const slaTimerRef: JobRef<typeof SlaTimerPayload> = { name: 'sla.timer', payload: SlaTimerPayload };

/** One job per (ticket, target, kind, instant): re-arming after a recompute or a restart queues nothing twice. */
export const slaTimerKey = (p: { ticketId: string; target: string; kind: string; at: number }): string =>
  `sla:${p.ticketId}:${p.target}:${p.kind}:${p.at}`;
