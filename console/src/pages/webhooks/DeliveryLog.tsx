import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { eventLabel } from './events';

const STATUSES: readonly WebhookDeliveryStatus[] = ['pending', 'succeeded', 'failed', 'dead'];
const BADGE: Record<WebhookDeliveryStatus, string> = {
  pending: 'badge',
  succeeded: 'badge badge-success',
  failed: 'badge badge-warning',
  dead: 'badge badge-danger',
};
const PAGE = 20;

interface Props {
  endpoints: readonly WebhookEndpoint[];
  onRedelivered: (d: WebhookDelivery) => void;
}

/** The delivery log: filter by status and endpoint, each delivery's attempts, and redelivery. */
export function DeliveryLog({ endpoints, onRedelivered }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [endpointId, setEndpointId] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const cursor = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, reload } = useLoad(
    () =>
      webhooksApi.deliveries({
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
        ...(status ? { status } : {}),
        ...(endpointId ? { endpointId } : {}),
      }),
    `webhook-deliveries:${status}:${endpointId}:${cursor ?? ''}`,
  );
  const items = data?.items ?? [];
  const urlOf = (id: string) => endpoints.find((e) => e.id === id)?.url ?? '—';
  const restart = () => setCursors([null]);

  const redeliver = async (d: WebhookDelivery) => {
    setBusy(d.id);
    setActionError(null);
    try {
      onRedelivered(await webhooksApi.redeliver(d.id));
      reload();
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="card" data-testid="webhook-deliveries">
      <div className="toolbar">
        <select
          data-testid="webhook-filter-status"
          aria-label={t('webhooks.status')}
          value={status}
          onChange={(e) => {
            const value = e.target.value;
            setStatus(STATUSES.find((s) => s === value) ?? '');
            restart();
          }}
        >
          <option value="">{t('webhooks.deliveries.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`webhooks.deliveryStatus.${s}`)}
            </option>
          ))}
        </select>
        <select
          data-testid="webhook-filter-endpoint"
          aria-label={t('webhooks.deliveries.endpoint')}
          value={endpointId}
          onChange={(e) => {
            setEndpointId(e.target.value);
            restart();
          }}
        >
          <option value="">{t('webhooks.deliveries.anyEndpoint')}</option>
          {endpoints.map((e) => (
            <option key={e.id} value={e.id}>
              {e.url}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={error ?? actionError} onRetry={reload} />
      <div className="table-wrap">
        <table className="table" data-testid="webhook-delivery-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.deliveries.time')}</th>
              <th scope="col">{t('webhooks.deliveries.event')}</th>
              <th scope="col">{t('webhooks.deliveries.endpoint')}</th>
              <th scope="col">{t('webhooks.status')}</th>
              <th scope="col">{t('webhooks.deliveries.attempts')}</th>
              <th scope="col">{t('webhooks.deliveries.lastCode')}</th>
              <th scope="col">{t('webhooks.deliveries.nextAttempt')}</th>
              <th scope="col" aria-label={t('webhooks.deliveries.redeliver')} />
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <Fragment key={d.id}>
                <tr data-testid="webhook-delivery-row" data-delivery-id={d.id} data-status={d.status}>
                  <td className="nowrap">{formatDateTime(d.createdAt)}</td>
                  <td>
                    {eventLabel(t, d.type)} <code>{d.type}</code>
                  </td>
                  <td className="mono">{urlOf(d.endpointId)}</td>
                  <td>
                    <span className={BADGE[d.status]}>{t(`webhooks.deliveryStatus.${d.status}`)}</span>
                  </td>
                  <td>{d.attemptCount}</td>
                  <td title={d.lastError ?? undefined}>{d.lastStatusCode ?? (d.lastError ? t('webhooks.deliveries.noResponse') : '')}</td>
                  <td className="nowrap">{formatDateTime(d.nextAttemptAt)}</td>
                  <td className="actions nowrap">
                    <button type="button" className="btn btn-small" onClick={() => setOpen(open === d.id ? null : d.id)}>
                      {open === d.id ? t('webhooks.deliveries.hideAttempts') : t('webhooks.deliveries.showAttempts')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid={`webhook-redeliver-${d.id}`}
                      disabled={busy === d.id}
                      onClick={() => void redeliver(d)}
                    >
                      {t('webhooks.deliveries.redeliver')}
                    </button>
                  </td>
                </tr>
                {open === d.id ? (
                  <tr data-testid="webhook-attempts">
                    <td colSpan={8}>
                      <ul className="plain-list">
                        {d.attempts.map((a) => (
                          <li key={a.attemptedAt}>
                            {formatDateTime(a.attemptedAt)} · {a.statusCode ?? t('webhooks.deliveries.noResponse')}
                            {a.responseMs !== null ? ` · ${t('webhooks.deliveries.ms', { ms: a.responseMs })}` : ''}
                            {a.error ? ` · ${a.error}` : ''}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
        {!loading && items.length === 0 ? (
          <p className="empty" data-testid="webhook-delivery-empty">
            {t('webhooks.deliveries.empty')}
          </p>
        ) : null}
      </div>
      <Pager
        page={cursors.length}
        hasPrev={cursors.length > 1}
        hasNext={Boolean(data?.nextCursor)}
        busy={loading}
        onPrev={() => setCursors((c) => c.slice(0, -1))}
        onNext={() => setCursors((c) => (data?.nextCursor ? [...c, data.nextCursor] : c))}
      />
    </div>
  );
}
