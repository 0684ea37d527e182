import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalApi } from '../../api/approval';
import { conflictingDelegationOf, fieldErrorsOf } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { addDays, endOfLocalDay, startOfLocalDay, todayLocal } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { useSession } from '../../session/SessionContext';

const FIELDS = ['delegateId', 'startsAt', 'endsAt', 'reason'] as const;

/**
 * Create a delegation: the delegate, the first and last day (whole local days), a reason. The
 * rules are said up front; an overlap names the delegation in the way.
 */
export function DelegationDialog({ onCreated, onClose }: { onCreated: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [delegate, setDelegate] = useState<PickedEmployee | null>(null);
  const [from, setFrom] = useState(todayLocal());
  const [to, setTo] = useState(addDays(todayLocal(), 6));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const next: typeof problems = {};
    if (!delegate) next.delegateId = t('common.required');
    if (!from) next.startsAt = t('common.required');
    if (!to || to < from) next.endsAt = t('approvals.delegation.badRange');
    setProblems(next);
    if (Object.keys(next).length > 0 || !delegate) return;
    setBusy(true);
    setError(null);
    try {
      await approvalApi.createDelegation({
        delegateId: delegate.id,
        startsAt: startOfLocalDay(from),
        endsAt: endOfLocalDay(to),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      onCreated();
      onClose();
    } catch (err) {
      const mapped = mapFieldErrors(fieldErrorsOf(err), FIELDS);
      setProblems(mapped.byField);
      setError(err);
      setBusy(false);
    }
  };

  const conflicting = conflictingDelegationOf(error);
  return (
    <Dialog
      title={t('approvals.delegation.new')}
      onClose={onClose}
      testId="delegation-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} data-testid="delegation-submit" onClick={() => void submit()}>
            {t('common.create')}
          </button>
        </>
      }
    >
      <p className="muted small" data-testid="delegation-rules">
        {t('approvals.delegation.rules')}
      </p>
      {conflicting ? (
        <Notice kind="error" testId="delegation-error">
          <span data-testid="delegation-overlap">
            {t('approvals.delegation.overlap', {
              name: conflicting.delegateName,
              from: formatDateTime(conflicting.startsAt),
              to: formatDateTime(conflicting.endsAt),
            })}
          </span>
        </Notice>
      ) : (
        <ErrorNotice error={error} testId="delegation-error" />
      )}
      <Field label={t('approvals.delegation.delegate')} required error={problems.delegateId}>
        <EmployeePicker
          testId="delegation-delegate"
          value={delegate}
          onChange={setDelegate}
          excludeIds={me?.employeeId ? [me.employeeId] : []}
          invalid={Boolean(problems.delegateId)}
        />
      </Field>
      <div className="form-grid two">
        <Field label={t('approvals.delegation.startsAt')} htmlFor="delegation-from" required error={problems.startsAt}>
          <input id="delegation-from" type="date" data-testid="delegation-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t('approvals.delegation.endsAt')} htmlFor="delegation-to" required error={problems.endsAt}>
          <input id="delegation-to" type="date" data-testid="delegation-to" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <Field label={t('approvals.delegation.reason')} htmlFor="delegation-reason" error={problems.reason}>
        <input
          id="delegation-reason"
          data-testid="delegation-reason"
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </Dialog>
  );
}
