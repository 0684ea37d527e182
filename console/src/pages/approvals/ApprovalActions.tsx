import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalActionName, ApprovalView } from '../../api/types';
import { useSession } from '../../session/SessionContext';
import { ActionDialog } from './ActionDialog';
import { pendingApproversOf, ReassignDialog } from './ReassignDialog';

const ORDER: ApprovalActionName[] = ['approve', 'reject', 'return', 'transfer', 'add_approver', 'comment'];

function isActionName(value: string): value is ApprovalActionName {
  return (ORDER as string[]).includes(value);
}

/** The buttons for what the viewer may do now (approval.actions), each opening its dialog. */
export function ApprovalActions({ approval, onDone }: { approval: ApprovalView; onDone: () => void }) {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [open, setOpen] = useState<ApprovalActionName | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const allowed = new Set(approval.actions.filter(isActionName));
  const actions = ORDER.filter((a) => allowed.has(a) && (a === 'comment' || approval.canAct));
  // 改派: travel admins may move any pending place of their tenant's approvals.
  const canReassign = hasPermission('approval.manage') && pendingApproversOf(approval).length > 0;
  if (actions.length === 0 && !canReassign) return null;
  return (
    <div className="action-bar" data-testid="approval-actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'approve' ? 'btn btn-primary' : action === 'reject' ? 'btn btn-danger-ghost' : 'btn'}
          data-testid={`approval-action-${action}`}
          onClick={() => setOpen(action)}
        >
          {t(`approvals.action.${action}`)}
        </button>
      ))}
      {canReassign ? (
        <button type="button" className="btn" data-testid="approval-action-reassign" onClick={() => setReassigning(true)}>
          {t('offboarding.reassign.action')}
        </button>
      ) : null}
      {reassigning ? <ReassignDialog approval={approval} onDone={onDone} onClose={() => setReassigning(false)} /> : null}
      {open ? <ActionDialog action={open} approval={approval} onDone={onDone} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
