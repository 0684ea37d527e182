import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceApprovalsChanged } from '../../api/approval';
import { travelApi } from '../../api/travel';
import type { TravelChange } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { cityLabel } from '../../lib/cities';
import { formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { ApprovalActions } from '../approvals/ApprovalActions';
import { ApprovalStepper } from '../approvals/ApprovalStepper';

type Content = TravelChange['before'];

function Itinerary({ content }: { content: Content }) {
  return (
    <ul className="plain-list small">
      {content.itinerary.map((l, i) => (
        <li key={i}>
          {cityLabel(l.fromCity)} → {cityLabel(l.toCity)} · {l.departDate}
          {l.returnDate ? ` – ${l.returnDate}` : ''}
        </li>
      ))}
      <li className="strong">{formatFen(content.estimatedTotalFen)}</li>
    </ul>
  );
}

/** 变更记录: each change with what it changed, why it needed approval, its approval and (for the requester) its withdrawal. */
export function ChangesView({
  changes,
  requestId,
  isRequester,
  onDone,
}: {
  changes: TravelChange[];
  requestId: string;
  isRequester: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  return (
    <ol className="plain-list" data-testid="request-changes">
      {changes.map((c) => (
        <li key={c.id} className="change-item" data-testid="change-item" data-status={c.status}>
          <p>
            <span className="badge badge-neutral" data-testid="change-status">
              {t(`travelMoney.change.status.${c.status}`)}
            </span>{' '}
            <span className="muted small">
              {t('travelMoney.change.requestedBy', { name: c.requestedBy.name, at: formatDateTime(c.createdAt) })}
            </span>
          </p>
          <p className="small">
            {c.reasons.length === 0
              ? t('travelMoney.change.withinBoundsApplied')
              : `${t('travelMoney.change.needsApproval')} ${c.reasons.map((r) => t(`travelMoney.change.reasons.${r}`)).join('；')}`}
          </p>
          {c.note ? <p className="timeline-comment">“{c.note}”</p> : null}
          <div className="form-grid">
            <div>
              <p className="muted small">{t('travelMoney.change.before')}</p>
              <Itinerary content={c.before} />
            </div>
            <div>
              <p className="muted small">{t('travelMoney.change.after')}</p>
              <Itinerary content={c.after} />
            </div>
          </div>
          {c.approval ? (
            <>
              <ApprovalStepper approval={c.approval} />
              <div className="action-bar">
                <ApprovalActions approval={c.approval} onDone={onDone} />
                {isRequester && (c.status === 'approving' || c.status === 'returned') ? (
                  <button type="button" className="btn" data-testid="change-withdraw" onClick={() => setWithdrawing(c.id)}>
                    {t('travelMoney.change.withdraw')}
                  </button>
                ) : null}
              </div>
            </>
          ) : null}
        </li>
      ))}
      {withdrawing ? (
        <ConfirmDialog
          title={t('travelMoney.change.withdrawTitle')}
          message={t('travelMoney.change.withdrawConfirm')}
          confirmLabel={t('travelMoney.change.withdraw')}
          onConfirm={async () => {
            await travelApi.withdrawChange(requestId, withdrawing);
            announceApprovalsChanged();
            onDone();
          }}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </ol>
  );
}
