import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingApi } from '../../api/booking';
import type { OrderDetail, OrderStatus } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSession } from '../../session/SessionContext';
import { ChangeOrderDialog } from './ChangeOrderDialog';
import { useOrderPolling } from './useOrderPolling';

/** Before issue an order can be called off (取消); once issued it is refunded (退票 / 退订) or changed (改签). */
const BEFORE_ISSUE: ReadonlySet<OrderStatus> = new Set(['pending_approval', 'approved', 'booking']);
const ISSUED: ReadonlySet<OrderStatus> = new Set(['ticketed', 'confirmed']);

type Pending = 'cancel' | 'refund' | 'change' | null;

function ReasonDialog({
  kind,
  order,
  onClose,
  onDone,
}: {
  kind: 'cancel' | 'refund';
  order: OrderDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const why = reason.trim() || undefined;
      await (kind === 'cancel' ? bookingApi.cancel(order.id, why) : bookingApi.refund(order.id, why));
      onDone();
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t(`booking.actions.${kind}Title`)}
      onClose={onClose}
      testId="order-action-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" data-testid="order-action-ok" disabled={busy} onClick={() => void run()}>
            {kind === 'cancel' ? t('booking.actions.cancel') : t('booking.actions.refund')}
          </button>
        </>
      }
    >
      <p>{t(`booking.actions.${kind}Confirm`, { code: order.trackingCode })}</p>
      <Field label={t('booking.actions.reason')}>
        {(id) => (
          <input id={id} data-testid="order-action-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <ErrorNotice error={error} testId="order-action-error" />
    </Dialog>
  );
}

/**
 * The order detail's actions (its renderActions slot): 取消 before issue, 退票 / 退订 and 改签 once
 * issued, for whoever booked it or travels on it, or support (order.manage). While a supplier is
 * about to confirm or ticket, the order is refreshed every 2 s.
 */
export function OrderActions({ order, reload }: { order: OrderDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { me, hasPermission } = useSession();
  const [pending, setPending] = useState<Pending>(null);
  const polling = useOrderPolling(order.id, order.status, reload);
  const mine =
    me?.employeeId != null && (order.bookerEmployeeId === me.employeeId || order.travellers.some((p) => p.employeeId === me.employeeId));
  const may = mine || hasPermission('order.manage');
  const issued = ISSUED.has(order.status) && order.category !== 'car';
  return (
    <>
      {polling ? (
        <span className="muted small" data-testid="order-waiting" role="status">
          {t('booking.actions.waiting')}
        </span>
      ) : null}
      {may && issued ? (
        <button type="button" className="btn" data-testid="order-change" onClick={() => setPending('change')}>
          {t('booking.actions.change')}
        </button>
      ) : null}
      {may && issued ? (
        <button type="button" className="btn btn-danger-ghost" data-testid="order-refund" onClick={() => setPending('refund')}>
          {order.category === 'hotel' ? t('booking.actions.refundStay') : t('booking.actions.refund')}
        </button>
      ) : null}
      {may && BEFORE_ISSUE.has(order.status) ? (
        <button type="button" className="btn btn-danger-ghost" data-testid="order-cancel" onClick={() => setPending('cancel')}>
          {t('booking.actions.cancel')}
        </button>
      ) : null}
      {pending === 'cancel' || pending === 'refund' ? (
        <ReasonDialog kind={pending} order={order} onClose={() => setPending(null)} onDone={reload} />
      ) : null}
      {pending === 'change' ? <ChangeOrderDialog order={order} onClose={() => setPending(null)} /> : null}
    </>
  );
}
