import { useTranslation } from 'react-i18next';
import type { OrderStatus, OrderSummary, OrderWords } from '../../api/types';
import { currentLanguage } from '../../i18n';

/** Badge colour per status: issued and done green, waiting blue, trouble red or amber, endings grey. */
const BADGE: Record<OrderStatus, string> = {
  pending_approval: 'badge-info',
  approved: 'badge-info',
  rejected: 'badge-danger',
  booking: 'badge-info',
  failed: 'badge-danger',
  ticketed: 'badge-success',
  confirmed: 'badge-success',
  overbooked: 'badge-warning',
  checked_in: 'badge-success',
  driver_arrived: 'badge-success',
  changed: 'badge-neutral',
  refunded: 'badge-neutral',
  cancelled: 'badge-neutral',
  flown: 'badge-neutral',
  travelled: 'badge-neutral',
  checked_out: 'badge-neutral',
  no_show: 'badge-warning',
  completed: 'badge-neutral',
  driver_no_show: 'badge-warning',
};

export function OrderStatusBadge({ status, ticketingDelayed = false }: { status: OrderStatus; ticketingDelayed?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      <span className={`badge ${BADGE[status]}`} data-testid="order-status" data-status={status}>
        {t(`orders.statusName.${status}`)}
      </span>
      {ticketingDelayed ? (
        <span className="badge badge-warning inline-badge" data-testid="order-ticketing-delayed">
          {t('orders.ticketingDelayed')}
        </span>
      ) : null}
    </span>
  );
}

export function CompliantFlag({ compliant }: { compliant: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={compliant ? 'badge badge-success' : 'badge badge-warning'} data-testid="order-compliant" data-compliant={compliant}>
      {compliant ? t('orders.compliantYes') : t('orders.compliantNo')}
    </span>
  );
}

/** The server's words (both languages) in the viewer's. */
export function inLanguage(words: OrderWords | null | undefined): string {
  if (!words) return '';
  return words[currentLanguage()] || words['zh-CN'];
}

/** '上海 → 北京' for a journey, '北京' for a stay or a ride. */
export function routeText(order: Pick<OrderSummary, 'originCity' | 'destinationCity'>): string {
  const to = inLanguage(order.destinationCity);
  return order.originCity ? `${inLanguage(order.originCity)} → ${to}` : to;
}
