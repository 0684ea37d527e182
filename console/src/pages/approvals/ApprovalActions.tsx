import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalActionName, ApprovalView } from '../../api/types';
import { ActionDialog } from './ActionDialog';

const ORDER: ApprovalActionName[] = ['approve', 'reject', 'return', 'transfer', 'add_approver', 'comment'];

function isActionName(value: string): value is ApprovalActionName {
  return (ORDER as string[]).includes(value);
}

/** The buttons for what the viewer may do now (approval.actions), each opening its dialog. */
export function ApprovalActions({ approval, onDone }: { approval: ApprovalView; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ApprovalActionName | null>(null);
  const allowed = new Set(approval.actions.filter(isActionName));
  const actions = ORDER.filter((a) => allowed.has(a) && (a === 'comment' || approval.canAct));
  if (actions.length === 0) return null;
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
      {open ? <ActionDialog action={open} approval={approval} onDone={onDone} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
