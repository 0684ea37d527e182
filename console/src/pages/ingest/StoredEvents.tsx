import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ingestApi, SUPPLIER_EVENT_TYPES } from '../../api/operations';
import type { StoredEventQuery, SupplierEventType } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { compactCode, groupedCode } from '../orders/trackingCode';

const PAGE_SIZE = 100;

/**
 * 已存储事件: the stored supplier events as the stream the monitoring issue reads, from a position
 * on, oldest first (the API reads forward only: a page's nextAfter is where the next one starts).
 */
export function StoredEvents() {
  const { t } = useTranslation();
  const [after, setAfter] = useState('0');
  const [orderInput, setOrderInput] = useState('');
  const [type, setType] = useState<SupplierEventType | ''>('');
  const orderTerm = useDebounced(orderInput, 300);
  const orderRef = /^[A-Z0-9]{9}$/.test(compactCode(orderTerm)) ? groupedCode(orderTerm) : undefined;
  const query: StoredEventQuery = { after, limit: PAGE_SIZE, orderRef, type: type || undefined };
  const page = useLoad(() => ingestApi.events(query), JSON.stringify(query));
  const items = page.data?.items ?? [];
  const nextAfter = page.data?.nextAfter ?? after;

  return (
    <div data-testid="ingest-events">
      <div className="toolbar audit-filters">
        <label>
          <span>{t('ingest.orderRefFilter')}</span>
          <input
            type="search"
            className="mono"
            value={orderInput}
            placeholder="F7KM-3QX9-K"
            onChange={(e) => {
              setOrderInput(e.target.value);
              setAfter('0');
            }}
            data-testid="events-filter-order"
          />
        </label>
        <label>
          <span>{t('ingest.type')}</span>
          <select
            value={type}
            onChange={(e) => {
              setType(e.target.value as SupplierEventType | '');
              setAfter('0');
            }}
            data-testid="events-filter-type"
          >
            <option value="">{t('ingest.allTypes')}</option>
            {SUPPLIER_EVENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <span className="muted small">{t('ingest.after')}</span>
        <span className="mono" data-testid="events-after">
          {after}
        </span>
        <button type="button" className="btn btn-small" disabled={after === '0'} onClick={() => setAfter('0')} data-testid="events-first">
          {t('ingest.first')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={page.loading || items.length < PAGE_SIZE}
          onClick={() => setAfter(nextAfter)}
          data-testid="events-next"
        >
          {t('ingest.next')}
        </button>
      </div>
      <ErrorNotice error={page.error} onRetry={page.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="events-table" data-loading={page.loading ? 'true' : 'false'} aria-busy={page.loading}>
            <thead>
              <tr>
                <th scope="col">{t('ingest.seq')}</th>
                <th scope="col">{t('ingest.event')}</th>
                <th scope="col">{t('ingest.orderRef')}</th>
                <th scope="col">{t('ingest.data')}</th>
                <th scope="col">{t('ingest.receivedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq} data-testid="events-row" data-type={e.type}>
                  <td className="mono">{e.seq}</td>
                  <td>
                    <div className="mono">{e.type}</div>
                    <div className="muted small mono">
                      {e.supplierCode} · {e.eventId}
                    </div>
                  </td>
                  <td className="mono nowrap">
                    {e.orderRef}
                    {e.bookingRef ? <div className="muted small">{e.bookingRef}</div> : null}
                  </td>
                  <td>
                    {e.data && Object.keys(e.data).length > 0 ? (
                      <details className="small">
                        <summary className="muted">{Object.keys(e.data).join(', ')}</summary>
                        <pre className="mono small event-data">{JSON.stringify(e.data, null, 2)}</pre>
                      </details>
                    ) : null}
                  </td>
                  <td className="nowrap">{formatDateTime(e.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!page.loading && items.length === 0 ? (
            <p className="empty" data-testid="events-empty">
              {t('ingest.eventsEmpty')}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
