import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ordersApi } from '../../api/orders';
import type { Trip } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { OrderStatusBadge, routeText } from './orderLabels';

/** 我的行程: my orders (booked by me or for me), one card per trip (travel request), trips not yet over first. */
export function MyTripsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => ordersApi.trips(50), 'my-trips');
  const trips = data ?? [];
  const upcoming = trips.filter((trip) => trip.upcoming);
  const past = trips.filter((trip) => !trip.upcoming);
  return (
    <section data-testid="page-trips">
      <PageHeader title={t('trips.title')} subtitle={t('trips.subtitle')} />
      <ErrorNotice error={error} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {!loading && trips.length === 0 && !error ? (
        <div className="card">
          <p className="empty" data-testid="trips-empty">
            {t('trips.empty')}
          </p>
        </div>
      ) : null}
      {upcoming.length > 0 ? (
        <>
          <h2 className="section-title">{t('trips.upcoming')}</h2>
          {upcoming.map((trip) => (
            <TripCard key={trip.travelRequestId ?? trip.orders[0]?.id} trip={trip} />
          ))}
        </>
      ) : null}
      {past.length > 0 ? (
        <>
          <h2 className="section-title">{t('trips.past')}</h2>
          {past.map((trip) => (
            <TripCard key={trip.travelRequestId ?? trip.orders[0]?.id} trip={trip} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function TripCard({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  return (
    <div className="card detail-card" data-testid="trip" data-upcoming={trip.upcoming}>
      <div className="trip-head">
        <h3 className="card-title">
          {trip.title ?? t('trips.standalone')}
          <span className="muted small inline-badge">
            {t('trips.dates', { from: formatDate(trip.startsAt), to: formatDate(trip.endsAt) })} ·{' '}
            {t('trips.orderCount', { count: trip.orders.length })}
          </span>
        </h3>
        {trip.travelRequestId ? (
          <Link to={`/travel/requests/${trip.travelRequestId}`} className="btn btn-small" data-testid="trip-request-link">
            {t('trips.viewRequest')}
          </Link>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table table-clickable">
          <tbody>
            {trip.orders.map((order) => (
              <LinkRow key={order.id} to={`/orders/${order.id}`} data-testid="trip-order" data-status={order.status}>
                <td className="mono nowrap">
                  <RowLink to={`/orders/${order.id}`} testId="trip-order-link">
                    {order.trackingCode}
                  </RowLink>
                </td>
                <td className="nowrap">{t(`orders.categoryName.${order.category}`)}</td>
                <td>
                  {routeText(order)}
                  <div className="muted small">{formatDateTime(order.serviceStartAt)}</div>
                </td>
                <td className="num nowrap">{formatFen(order.amountFen)}</td>
                <td>
                  <OrderStatusBadge status={order.status} ticketingDelayed={order.ticketingDelayed} />
                </td>
              </LinkRow>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
