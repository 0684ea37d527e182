import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { announceApprovalsChanged } from '../../api/approval';
import { travelApi } from '../../api/travel';
import type { TravelRequest } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { chinaToday } from '../../lib/dates';
import { ChangeDialog } from './ChangeDialog';

type Pending = 'withdraw' | 'cancel' | 'complete' | null;

/** The trip has begun: its first departure date has come in China time (as the server judges it). */
function tripHasBegun(request: TravelRequest): boolean {
  return request.firstDepartDate !== null && request.firstDepartDate <= chinaToday();
}

/** What the requester may do: edit and submit (draft / returned), withdraw, change (变更) an approved request, end the trip (结束行程), cancel. */
export function RequesterActions({ request, onDone }: { request: TravelRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const s = request.status;
  const canEdit = s === 'draft' || s === 'returned';
  const canWithdraw = s === 'approving' || s === 'returned';
  const canComplete = s === 'approved' && tripHasBegun(request);
  const canCancel = !['cancelled', 'withdrawn', 'rejected', 'completed'].includes(s);
  // 变更: an approved request without a change already waiting for approval.
  const canChange = s === 'approved' && !request.changes.some((c) => c.status === 'approving');
  const [changing, setChanging] = useState(false);
  const run = async (what: Exclude<Pending, null>) => {
    if (what === 'withdraw') await travelApi.withdraw(request.id);
    else if (what === 'complete') await travelApi.complete(request.id);
    else await travelApi.cancel(request.id);
    announceApprovalsChanged();
    onDone();
  };
  return (
    <div className="action-bar" data-testid="requester-actions">
      {canEdit ? (
        <Link className="btn btn-primary" to={`/travel/requests/${encodeURIComponent(request.id)}/edit`} data-testid="request-edit">
          {s === 'returned' ? t('travel.detail.editResubmit') : t('travel.detail.editSubmit')}
        </Link>
      ) : null}
      {canWithdraw ? (
        <button type="button" className="btn" data-testid="request-withdraw" onClick={() => setPending('withdraw')}>
          {t('travel.detail.withdraw')}
        </button>
      ) : null}
      {canChange ? (
        <button type="button" className="btn" data-testid="request-change" onClick={() => setChanging(true)}>
          {t('travelMoney.change.action')}
        </button>
      ) : null}
      {changing ? <ChangeDialog request={request} onClose={() => setChanging(false)} onDone={onDone} /> : null}
      {canComplete ? (
        <button type="button" className="btn" data-testid="request-complete" onClick={() => setPending('complete')}>
          {t('travel.detail.complete')}
        </button>
      ) : null}
      {canCancel ? (
        <button type="button" className="btn btn-danger-ghost" data-testid="request-cancel" onClick={() => setPending('cancel')}>
          {t('travel.detail.cancel')}
        </button>
      ) : null}
      {pending ? (
        <ConfirmDialog
          title={t(`travel.detail.${pending}Title`)}
          message={t(`travel.detail.${pending}Confirm`, { code: request.code })}
          confirmLabel={t(`travel.detail.${pending}`)}
          danger={pending === 'cancel'}
          onConfirm={() => run(pending)}
          onClose={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}
