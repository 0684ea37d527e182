import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceApprovalsChanged, approvalApi } from '../../api/approval';
import type { ApprovalActionName, ApprovalActionRequest, ApprovalView } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

interface ActionDialogProps {
  action: ApprovalActionName;
  approval: ApprovalView;
  onDone: () => void;
  onClose: () => void;
}

const NEEDS_COMMENT = new Set<ApprovalActionName>(['reject', 'return', 'comment']);
const NEEDS_PERSON = new Set<ApprovalActionName>(['transfer', 'add_approver']);
type Position = 'before' | 'after' | 'parallel';

/** One approval action (同意 / 驳回 / 退回 / 转交 / 加签 / 评论) with its comment and options. */
export function ActionDialog({ action, approval, onDone, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [person, setPerson] = useState<PickedEmployee | null>(null);
  const [position, setPosition] = useState<Position>('after');
  const [rejectTo, setRejectTo] = useState('requester');
  const [missing, setMissing] = useState<{ comment?: boolean; person?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const current = approval.currentStageIndex ?? 0;
  const earlierStages = approval.stages
    .map((s, i) => ({ stage: s, index: i }))
    .filter(({ stage, index }) => index < current && stage.status === 'approved');

  const submit = async () => {
    const problems = {
      comment: NEEDS_COMMENT.has(action) && comment.trim() === '' ? true : undefined,
      person: NEEDS_PERSON.has(action) && !person ? true : undefined,
    };
    setMissing(problems);
    if (problems.comment || problems.person) return;
    const body: ApprovalActionRequest = { action, ...(comment.trim() ? { comment: comment.trim() } : {}) };
    if (person && NEEDS_PERSON.has(action)) body.toEmployeeId = person.id;
    if (action === 'add_approver') body.position = position;
    if (action === 'reject') body.rejectTo = rejectTo === 'requester' ? 'requester' : Number(rejectTo);
    setBusy(true);
    setError(null);
    try {
      await approvalApi.act(approval.instanceId, body);
      announceApprovalsChanged();
      onDone();
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t(`approvals.action.${action}`)}
      onClose={onClose}
      testId="approval-action-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="approval-action-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={action === 'reject' ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={busy}
            data-testid="approval-action-submit"
            onClick={() => void submit()}
          >
            {t(`approvals.action.${action}`)}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} testId="approval-action-error" />
      {action === 'reject' ? (
        <Field label={t('approvals.dialog.rejectTo')} htmlFor="approval-reject-to">
          <select id="approval-reject-to" data-testid="approval-reject-to" value={rejectTo} onChange={(e) => setRejectTo(e.target.value)}>
            <option value="requester">{t('approvals.dialog.rejectToRequester')}</option>
            {earlierStages.map(({ stage, index }) => (
              <option key={stage.id} value={String(index)}>
                {t('approvals.dialog.rejectToStage', { name: stage.name })}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {NEEDS_PERSON.has(action) ? (
        <Field
          label={action === 'transfer' ? t('approvals.dialog.transferTo') : t('approvals.dialog.addWho')}
          required
          error={missing.person ? t('common.required') : undefined}
        >
          <EmployeePicker testId="approval-person" value={person} onChange={setPerson} invalid={missing.person} />
        </Field>
      ) : null}
      {action === 'add_approver' ? (
        <Field label={t('approvals.dialog.position')} htmlFor="approval-position">
          <select
            id="approval-position"
            data-testid="approval-position"
            value={position}
            onChange={(e) => setPosition(e.target.value as Position)}
          >
            <option value="before">{t('approvals.dialog.positionBefore')}</option>
            <option value="after">{t('approvals.dialog.positionAfter')}</option>
            <option value="parallel">{t('approvals.dialog.positionParallel')}</option>
          </select>
        </Field>
      ) : null}
      <Field
        label={NEEDS_COMMENT.has(action) ? t('approvals.dialog.commentRequired') : t('approvals.dialog.comment')}
        htmlFor="approval-comment"
        required={NEEDS_COMMENT.has(action)}
        error={missing.comment ? t('common.required') : undefined}
      >
        <textarea
          id="approval-comment"
          data-testid="approval-comment"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Field>
    </Dialog>
  );
}
