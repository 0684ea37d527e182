import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceApprovalsChanged } from '../../api/approval';
import { offboardingApi } from '../../api/offboarding';
import type { ApprovalView } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

/** The people asked now in the current stage: whose place can be reassigned. */
export function pendingApproversOf(approval: ApprovalView): { employeeId: string; name: string }[] {
  if (approval.status !== 'pending' || approval.currentStageIndex === null) return [];
  const stage = approval.stages[approval.currentStageIndex];
  return (stage?.approvers ?? []).filter((a) => a.decision === 'pending').map((a) => ({ employeeId: a.employeeId, name: a.name }));
}

/** 改派 (travel admins): move a pending approver's place to someone else, with a reason. */
export function ReassignDialog({ approval, onDone, onClose }: { approval: ApprovalView; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const pending = pendingApproversOf(approval);
  const [from, setFrom] = useState(pending[0]?.employeeId ?? '');
  const [to, setTo] = useState<PickedEmployee | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ to?: boolean; reason?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const problems = { to: to ? undefined : true, reason: reason.trim() ? undefined : true };
    setMissing(problems);
    if (!to || problems.reason) return;
    setBusy(true);
    setError(null);
    try {
      await offboardingApi.reassign(approval.instanceId, { fromEmployeeId: from, toEmployeeId: to.id, reason: reason.trim() });
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
      title={t('offboarding.reassign.title')}
      onClose={onClose}
      testId="reassign-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="reassign-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || !from}
            data-testid="reassign-submit"
            onClick={() => void submit()}
          >
            {t('offboarding.reassign.submit')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('offboarding.reassign.hint')}</p>
      <ErrorNotice error={error} testId="reassign-error" />
      <Field label={t('offboarding.reassign.from')} htmlFor="reassign-from">
        <select id="reassign-from" data-testid="reassign-from" value={from} onChange={(e) => setFrom(e.target.value)}>
          {pending.map((p) => (
            <option key={p.employeeId} value={p.employeeId}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('offboarding.reassign.to')} required error={missing.to ? t('common.required') : undefined}>
        <EmployeePicker
          testId="reassign-to"
          value={to}
          onChange={(picked) => {
            setTo(picked);
            setMissing((m) => ({ ...m, to: undefined }));
          }}
          invalid={missing.to}
          excludeIds={pending.map((p) => p.employeeId)}
        />
      </Field>
      <Field
        label={t('offboarding.reassign.reason')}
        htmlFor="reassign-reason"
        required
        error={missing.reason ? t('common.required') : undefined}
      >
        <textarea
          id="reassign-reason"
          data-testid="reassign-reason"
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing((m) => ({ ...m, reason: undefined }));
          }}
        />
      </Field>
    </Dialog>
  );
}
