import { useTranslation } from 'react-i18next';
import type { SimulatorBooking } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';

/** The simulator's recent bookings, newest first, each with the events it sent (or will send) to ingestion. */
export function SimulatorBookings({ items, loading, onRefresh }: { items: SimulatorBooking[]; loading: boolean; onRefresh: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="simulator-bookings">
      <div className="card-head">
        <h2 className="card-title">{t('simulator.bookings')}</h2>
        <button type="button" className="btn btn-small" onClick={onRefresh} disabled={loading} data-testid="simulator-bookings-refresh">
          {t('simulator.refresh')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t('simulator.booking')}</th>
              <th scope="col">{t('simulator.supplier')}</th>
              <th scope="col">{t('simulator.status')}</th>
              <th scope="col" className="num">
                {t('simulator.price')}
              </th>
              <th scope="col">{t('simulator.events')}</th>
              <th scope="col">{t('simulator.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => (
              <tr key={b.id} data-testid="simulator-booking" data-status={b.status}>
                <td>
                  <div className="mono strong">{b.orderRef}</div>
                  <div className="muted small">{b.summary}</div>
                  {b.bookingRef ? <div className="mono muted small">{b.bookingRef}</div> : null}
                </td>
                <td className="mono">{b.supplierCode}</td>
                <td>
                  <span className="badge badge-neutral">{b.status}</span>
                  {b.serviceState ? <div className="muted small">{b.serviceState}</div> : null}
                </td>
                <td className="num nowrap">{formatFen(b.priceFen)}</td>
                <td>
                  {b.events.length === 0 ? (
                    <span className="muted">{t('simulator.noEvents')}</span>
                  ) : (
                    <ul className="plain-list event-list">
                      {b.events.map((e) => (
                        <li key={e.eventId} data-testid="simulator-booking-event" data-delivered={e.deliveredAt !== null}>
                          <span className="mono">{e.type}</span>{' '}
                          <span className={e.lastError ? 'text-danger small' : 'muted small'}>
                            {e.deliveredAt
                              ? `${t('simulator.eventDelivered')} ${formatDateTime(e.deliveredAt)}`
                              : e.lastError
                                ? t('simulator.eventFailed', { count: e.attempts, error: e.lastError })
                                : `${t('simulator.eventPending')} ${formatDateTime(e.dueAt)}`}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="nowrap">{formatDateTime(b.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading && items.length === 0 ? (
          <p className="empty" data-testid="simulator-bookings-empty">
            {t('simulator.bookingsEmpty')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
