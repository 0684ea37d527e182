import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketOrder } from './ticketsApi';

/** The orders a ticket is about, each a link to the order's page (by id; its tracking code as the text). */
export function LinkedOrders({ orders }: { orders: readonly TicketOrder[] }) {
  const { t } = useTranslation();
  return (
    <div className="card detail-card" data-testid="ticket-orders">
      <h2 className="card-title">{t('tickets.orders')}</h2>
      {orders.length === 0 ? (
        <p className="muted">{t('tickets.noOrders')}</p>
      ) : (
        <ul className="ticket-order-list">
          {orders.map((o) => (
            <li key={o.orderId}>
              <Link to={`/orders/${o.orderId}`} className="mono" data-testid="ticket-order-link">
                {o.trackingCode}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
