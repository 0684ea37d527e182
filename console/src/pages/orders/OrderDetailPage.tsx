import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { ordersApi } from '../../api/orders';
import type { OrderDetail } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { ContactSupportButton } from '../tickets/ContactSupportButton';
import { OrderItinerary } from './OrderItinerary';
import { OrderPolicyCard } from './OrderPolicyCard';
import { OrderTimeline } from './OrderTimeline';
import { OrderStatusBadge, routeText } from './orderLabels';
import { useBearerNames } from './useBearerName';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OrderDetailPageProps {
  /**
   * SLOT for the order's actions (改签 / 退票 / 取消), shown in the status strip. The page itself
   * makes no change to an order; whoever wires those actions passes them here and calls `reload`
   * once one is done.
   */
  renderActions?: (order: OrderDetail, reload: () => void) => ReactNode;
}

/** One order by id (or by tracking code, as the links between changed orders give it), for anyone who may see it. */
export function OrderDetailPage({ renderActions }: OrderDetailPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: order, error, loading, reload } = useLoad(() => (UUID.test(id) ? ordersApi.get(id) : ordersApi.byCode(id)), `order-${id}`);
  const names = useBearerNames(order?.id === id || order?.trackingCode === id ? order : undefined);

  if (!order || (loading && order.id !== id && order.trackingCode !== id)) {
    if (loading) return <Loading />;
    if (error instanceof ApiError && error.status === 404)
      return (
        <Notice kind="warning" testId="order-not-found">
          {t('orders.detail.notFound')}
        </Notice>
      );
    return <ErrorNotice error={error} onRetry={reload} />;
  }

  const actions = renderActions?.(order, reload);
  const money: [string, number, string][] = [
    [t('orders.detail.price'), order.amountFen, 'order-amount'],
    [t('orders.detail.personalPay'), order.personalPayFen, 'order-personal-pay'],
    [t('orders.detail.fareDifference'), order.fareDifferenceFen, 'order-fare-difference'],
    [t('orders.detail.changeFee'), order.changeFeeFen, 'order-change-fee'],
    [t('orders.detail.refund'), order.refundFen, 'order-refund'],
    [t('orders.detail.refundFee'), order.refundFeeFen, 'order-refund-fee'],
  ];

  return (
    <section data-testid="page-order-detail" data-order-status={order.status}>
      <PageHeader
        title={t('orders.detail.title', { code: order.trackingCode })}
        subtitle={`${t(`orders.categoryName.${order.category}`)} · ${routeText(order)}`}
        actions={
          <>
            <ContactSupportButton orderCode={order.trackingCode} />
            <button type="button" className="btn" onClick={() => void navigate(-1)}>
              {t('orders.detail.back')}
            </button>
          </>
        }
      />
      <div className="status-strip card" data-testid="order-status-strip">
        <OrderStatusBadge status={order.status} ticketingDelayed={order.ticketingDelayed} />
        <span className="mono strong" data-testid="order-tracking-code">
          {order.trackingCode}
        </span>
        <span className="muted">{t(`orders.categoryName.${order.category}`)}</span>
        <span className="spacer" />
        {/* 改签 / 退票 / 取消: the actions slot (see OrderDetailPageProps.renderActions). */}
        {actions ? (
          <div className="order-actions" data-testid="order-actions" aria-label={t('orders.detail.actions')}>
            {actions}
          </div>
        ) : null}
      </div>

      <div className="detail-layout">
        <div className="detail-main">
          <div className="card form-card detail-card" data-testid="order-summary">
            <dl className="summary-grid">
              <div>
                <dt>{t('orders.detail.service')}</dt>
                <dd>
                  {formatDate(order.serviceStartAt)}
                  {order.serviceEndAt.slice(0, 10) !== order.serviceStartAt.slice(0, 10) ? ` – ${formatDate(order.serviceEndAt)}` : ''}
                </dd>
              </div>
              <div>
                <dt>{t('orders.detail.bookedAt')}</dt>
                <dd>{formatDateTime(order.createdAt)}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.supplier')}</dt>
                <dd className="mono">{order.supplierCode}</dd>
              </div>
              {order.supplierBookingRef ? (
                <div>
                  <dt>{t('orders.detail.supplierRef')}</dt>
                  <dd className="mono" data-testid="order-supplier-ref">
                    {order.supplierBookingRef}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('orders.detail.paymentMode')}</dt>
                <dd data-testid="order-payment-mode" data-mode={order.paymentMode}>
                  {t(`orders.detail.paymentModeName.${order.paymentMode}`)}
                </dd>
              </div>
            </dl>
          </div>
          <OrderItinerary order={order} />
          <div className="card form-card detail-card" data-testid="order-people">
            <h2 className="card-title">{t('orders.detail.people')}</h2>
            <dl className="summary-grid">
              <div>
                <dt>{t('orders.travellers')}</dt>
                <dd data-testid="order-travellers">{order.travellers.map((p) => p.name).join('、')}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.bearer')}</dt>
                <dd data-testid="order-bearer" data-kind={order.bearer.kind}>
                  {t(`orders.detail.bearerKind.${order.bearer.kind}`)}
                  {names.bearer ? ` · ${names.bearer}` : ''}
                </dd>
              </div>
              {order.projectId && order.bearer.kind !== 'project' ? (
                <div>
                  <dt>{t('orders.detail.project')}</dt>
                  <dd>{names.project ?? ''}</dd>
                </div>
              ) : null}
            </dl>
          </div>
          <div className="card form-card detail-card" data-testid="order-money">
            <h2 className="card-title">{t('orders.detail.money')}</h2>
            <dl className="summary-grid">
              {money
                .filter(([, fen], i) => i === 0 || fen !== 0)
                .map(([label, fen, testId]) => (
                  <div key={testId}>
                    <dt>{label}</dt>
                    <dd data-testid={testId}>{formatFen(fen)}</dd>
                  </div>
                ))}
            </dl>
          </div>
          <OrderPolicyCard order={order} />
          <div className="card detail-card">
            <h2 className="card-title">{t('orders.detail.timeline')}</h2>
            <OrderTimeline entries={order.timeline} emptyText={t('orders.detail.timelineEmpty')} />
          </div>
        </div>
        <aside className="detail-side">
          <div className="card detail-card" data-testid="order-links">
            <h2 className="card-title">{t('orders.detail.links')}</h2>
            <dl className="order-links">
              <dt>{t('orders.detail.travelRequest')}</dt>
              <dd>
                {order.travelRequestId ? (
                  <Link to={`/travel/requests/${order.travelRequestId}`} data-testid="order-request-link">
                    {t('orders.detail.viewRequest')}
                  </Link>
                ) : (
                  <span className="muted">{t('orders.detail.standalone')}</span>
                )}
              </dd>
              {order.parentCode ? (
                <>
                  <dt>{t('orders.detail.parentOrder')}</dt>
                  <dd>
                    <Link to={`/orders/${order.parentOrderId ?? order.parentCode}`} className="mono" data-testid="order-parent-link">
                      {order.parentCode}
                    </Link>
                  </dd>
                </>
              ) : null}
              {order.originalCode && order.originalCode !== order.parentCode ? (
                <>
                  <dt>{t('orders.detail.originalOrder')}</dt>
                  <dd>
                    <Link to={`/orders/${order.originalOrderId ?? order.originalCode}`} className="mono">
                      {order.originalCode}
                    </Link>
                  </dd>
                </>
              ) : null}
              {order.childCodes.length > 0 ? (
                <>
                  <dt>{t('orders.detail.childOrders')}</dt>
                  <dd>
                    {order.childCodes.map((code) => (
                      <div key={code}>
                        <Link to={`/orders/${code}`} className="mono" data-testid="order-child-link">
                          {code}
                        </Link>
                      </div>
                    ))}
                  </dd>
                </>
              ) : null}
            </dl>
          </div>
        </aside>
      </div>
    </section>
  );
}
