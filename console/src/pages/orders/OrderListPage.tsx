import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getTenantId } from '../../api/client';
import { ordersApi, type OrderFilters } from '../../api/orders';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { saveBlob } from '../../lib/csv';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { OrderFilterBar, NO_ORDER_FILTERS, type OrderFilterState } from './OrderFilterBar';
import { CompliantFlag, OrderStatusBadge, routeText } from './orderLabels';
import { compactCode, isCodeShaped } from './trackingCode';

const PAGE_SIZE = 50;

/** The query the filter bar stands for; a half-typed code is not sent (the server would refuse it). */
export function orderFiltersOf(state: OrderFilterState, code: string): OrderFilters {
  return {
    status: state.status || undefined,
    category: state.category || undefined,
    travellerId: state.traveller?.id,
    departmentId: state.departmentId || undefined,
    from: state.from || undefined,
    to: state.to || undefined,
    compliant: state.compliant === '' ? undefined : state.compliant === 'true',
    code: isCodeShaped(code) ? compactCode(code) : undefined,
  };
}

/** 订单管理: the enterprise's orders, newest first, filtered on the server, exported as CSV (order.read_all). */
export function OrderListPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<OrderFilterState>(NO_ORDER_FILTERS);
  const code = useDebounced(state.code, 300);
  const filters = orderFiltersOf(state, code);
  const filterKey = JSON.stringify(filters);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const cursors = paging.key === filterKey ? paging.stack : [null];
  const cursor = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, reload } = useLoad(() => ordersApi.list(filters, cursor, PAGE_SIZE), `${filterKey}|${cursor ?? ''}`);
  const [exportError, setExportError] = useState<unknown>(null);
  const items = data?.items ?? [];
  const nextCursor = data?.nextCursor ?? null;
  const filtered = Object.values(filters).some((v) => v !== undefined);

  // An operator's chosen enterprise travels as a header, which a link cannot send: fetch the file instead.
  const exportForOperator = (event: MouseEvent<HTMLAnchorElement>) => {
    if (getTenantId() === null) return;
    event.preventDefault();
    setExportError(null);
    ordersApi.exportFile(filters).then(
      ({ blob, filename }) => saveBlob(blob, filename ?? 'orders.csv'),
      (err: unknown) => setExportError(err),
    );
  };

  return (
    <section data-testid="page-orders">
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        actions={
          <a className="btn" href={ordersApi.exportUrl(filters)} download onClick={exportForOperator} data-testid="orders-export">
            {t('orders.export')}
          </a>
        }
      />
      <OrderFilterBar value={state} onChange={setState} />
      <ErrorNotice error={error ?? exportError} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="orders-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('orders.code')}</th>
                <th scope="col">{t('orders.category')}</th>
                <th scope="col">{t('orders.itinerary')}</th>
                <th scope="col">{t('orders.travellers')}</th>
                <th scope="col" className="num">
                  {t('orders.amount')}
                </th>
                <th scope="col">{t('orders.status')}</th>
                <th scope="col">{t('orders.compliant')}</th>
                <th scope="col">{t('orders.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((order) => (
                <LinkRow key={order.id} to={`/orders/${order.id}`} data-testid="order-row" data-status={order.status}>
                  <td className="mono nowrap">
                    <RowLink to={`/orders/${order.id}`} testId="order-link">
                      {order.trackingCode}
                    </RowLink>
                  </td>
                  <td className="nowrap">{t(`orders.categoryName.${order.category}`)}</td>
                  <td>
                    <div>{routeText(order)}</div>
                    <div className="muted small">
                      {formatDate(order.serviceStartAt)}
                      {order.serviceEndAt.slice(0, 10) !== order.serviceStartAt.slice(0, 10) ? ` – ${formatDate(order.serviceEndAt)}` : ''}
                    </div>
                  </td>
                  <td>{order.travellers.map((p) => p.name).join('、')}</td>
                  <td className="num nowrap">{formatFen(order.amountFen)}</td>
                  <td>
                    <OrderStatusBadge status={order.status} ticketingDelayed={order.ticketingDelayed} />
                  </td>
                  <td>
                    <CompliantFlag compliant={order.compliant} />
                  </td>
                  <td className="nowrap">{formatDateTime(order.createdAt)}</td>
                </LinkRow>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? (
            <p className="empty" data-testid="orders-empty">
              {filtered ? t('orders.emptyFiltered') : t('orders.empty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={cursors.length}
          hasPrev={cursors.length > 1}
          hasNext={nextCursor !== null}
          busy={loading}
          onPrev={() => setPaging({ key: filterKey, stack: cursors.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...cursors, nextCursor] })}
        />
      </div>
    </section>
  );
}
