import type { ApprovalAction } from '../actions.ts';
import { type ApprovalInstance, isFinal } from '../instance.ts';
import type { OrgDirectory } from '../org-directory.ts';
import { delegateFor } from '../resolve-approvers.ts';
import { holdsPlace } from '../slots.ts';
import { org } from './org-fixture.ts';

/**
 * Every action the engine should accept in a state (a model written independently of act's
 * checks), grouped by kind so a random walk can weight them. A move may carry a later time.
 */
export interface Move {
  action: ApprovalAction;
  at?: Date;
}

export type MoveKind =
  'approve' | 'reject' | 'reject_to_stage' | 'return' | 'transfer' | 'add' | 'timeout' | 'withdraw' | 'cancel' | 'comment' | 'resubmit';

/** Kinds repeated by weight: approvals dominate so walks reach the end often. */
export const weightedKinds: MoveKind[] = (
  [
    ['approve', 16],
    ['timeout', 6],
    ['resubmit', 4],
    ['reject_to_stage', 4],
    ['add', 3],
    ['transfer', 3],
    ['return', 2],
    ['reject', 1],
    ['comment', 1],
    ['withdraw', 1],
    ['cancel', 1],
  ] as const
).flatMap(([kind, weight]) => Array<MoveKind>(weight).fill(kind));

const people = org.employees.map((e) => e.id);

export function validMoves(instance: ApprovalInstance, directory: OrgDirectory, now: Date): Map<MoveKind, Move[]> {
  const moves = new Map<MoveKind, Move[]>();
  const add = (kind: MoveKind, move: Move) => moves.set(kind, [...(moves.get(kind) ?? []), move]);
  const requester = instance.subject.requesterId;
  add('comment', { action: { type: 'comment', by: requester, text: '备注' } });
  if (isFinal(instance.status)) return moves;
  add('withdraw', { action: { type: 'withdraw', by: requester } });
  add('cancel', { action: { type: 'cancel', by: 'admin', comment: '取消' } });
  if (instance.status === 'returned') {
    add('resubmit', { action: { type: 'resubmit', by: requester } });
    add('resubmit', {
      action: { type: 'resubmit', by: requester, subject: { ...instance.subject, amountFen: instance.subject.amountFen + 100 } },
    });
    return moves;
  }
  const index = instance.currentStageIndex ?? -1;
  const stage = instance.stages[index];
  const step = stage?.steps[stage.currentStepIndex];
  if (stage === undefined || step === undefined) return moves;
  if (stage.dueAt !== null) {
    const due = new Date(stage.dueAt);
    add('timeout', { action: { type: 'timeout', stageId: stage.id }, at: due > now ? due : now });
  }
  for (const slot of step.approvers.filter((s) => s.status === 'pending')) {
    const actors = [slot.approverId, delegateFor(directory, slot.approverId, instance.subject, now)];
    for (const by of actors) {
      if (by === null) continue;
      const base = { by, onBehalfOf: slot.approverId };
      add('approve', { action: { type: 'approve', ...base } });
      add('reject', { action: { type: 'reject', ...base, comment: '不同意', to: 'requester' } });
      add('return', { action: { type: 'return', ...base, comment: '请修改' } });
      instance.stages.forEach((s, i) => {
        if (i < index && s.status === 'approved')
          add('reject_to_stage', { action: { type: 'reject', ...base, comment: '重审', to: { stageIndex: i } } });
      });
      for (const who of people) {
        if (who === requester || who === by || who === slot.approverId || !directory.isActive(who) || holdsPlace(step, who)) continue;
        add('transfer', { action: { type: 'transfer', ...base, to: who } });
        for (const position of ['before', 'after', 'parallel'] as const)
          add('add', { action: { type: 'add_approver', ...base, who, position } });
      }
    }
  }
  return moves;
}

/** People who may not approve now (for checking refusals). */
export function nonApprovers(canAct: readonly string[]): string[] {
  return people.filter((id) => !canAct.includes(id));
}
