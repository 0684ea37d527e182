import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery, WebhookEndpoint } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { CreateEndpointDialog } from './CreateEndpointDialog';
import { DeliveryLog } from './DeliveryLog';
import { eventLabel } from './events';
import { SecretReveal } from '../apikeys/SecretReveal';

type Tab = 'endpoints' | 'deliveries';

/** Outbound webhooks for the travel admin: endpoints (secret shown once, test ping, enable/disable) and the delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('endpoints');
  const { data, error, loading, reload } = useLoad(() => webhooksApi.list(), 'webhook-endpoints');
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<WebhookEndpoint | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpoint | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const endpoints = data ?? [];

  const outcome = (d: WebhookDelivery) =>
    `${t(`webhooks.deliveryStatus.${d.status}`)}${d.lastStatusCode !== null ? ` (${d.lastStatusCode})` : d.lastError ? ` (${d.lastError})` : ''}`;

  const act = async (id: string, work: () => Promise<void>) => {
    setBusy(id);
    setActionError(null);
    try {
      await work();
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section data-testid="page-webhooks">
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" data-testid="webhook-new" onClick={() => setCreating(true)}>
            {t('webhooks.new')}
          </button>
        }
      />
      <Tabs<Tab>
        testId="webhook-tabs"
        label={t('webhooks.title')}
        value={tab}
        tabs={[
          { id: 'endpoints', label: t('webhooks.tabEndpoints') },
          { id: 'deliveries', label: t('webhooks.tabDeliveries') },
        ]}
        onChange={setTab}
      />
      {flash ? (
        <Notice kind="success" testId="webhook-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <ErrorNotice error={error ?? actionError} onRetry={reload} />
      {tab === 'endpoints' ? (
        <div className="card">
          <div className="table-wrap">
            <table className="table" data-testid="webhook-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.url')}</th>
                  <th scope="col">{t('webhooks.eventTypes')}</th>
                  <th scope="col">{t('webhooks.status')}</th>
                  <th scope="col">{t('webhooks.createdAt')}</th>
                  <th scope="col" aria-label={t('webhooks.ping')} />
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <tr key={e.id} data-testid="webhook-row" data-endpoint-id={e.id}>
                    <td>
                      <div className="mono strong">{e.url}</div>
                      {e.description ? <div className="muted">{e.description}</div> : null}
                    </td>
                    <td>
                      <div className="tag-list">
                        {e.eventTypes.map((type) => (
                          <span key={type} className="badge" title={type}>
                            {eventLabel(t, type)}
                          </span>
                        ))}
                      </div>
                    </td>
                    <td>
                      <span className={e.active ? 'badge badge-success' : 'badge badge-neutral'} data-testid={`webhook-state-${e.id}`}>
                        {e.active ? t('webhooks.active') : e.disabledReason === 'gone' ? t('webhooks.gone') : t('webhooks.inactive')}
                      </span>
                    </td>
                    <td className="nowrap">{formatDateTime(e.createdAt)}</td>
                    <td className="actions nowrap">
                      <button
                        type="button"
                        className="btn btn-small"
                        data-testid={`webhook-ping-${e.id}`}
                        disabled={!e.active || busy === e.id}
                        onClick={() =>
                          void act(e.id, async () => {
                            const d = await webhooksApi.ping(e.id);
                            setFlash(t('webhooks.pinged', { result: outcome(d) }));
                          })
                        }
                      >
                        {t('webhooks.ping')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small"
                        data-testid={`webhook-toggle-${e.id}`}
                        disabled={busy === e.id}
                        onClick={() =>
                          void act(e.id, async () => {
                            await webhooksApi.update(e.id, { active: !e.active });
                            reload();
                          })
                        }
                      >
                        {e.active ? t('webhooks.disable') : t('webhooks.enable')}
                      </button>
                      <button type="button" className="btn btn-small" data-testid={`webhook-rotate-${e.id}`} onClick={() => setRotating(e)}>
                        {t('webhooks.rotate')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger-ghost btn-small"
                        data-testid={`webhook-remove-${e.id}`}
                        onClick={() => setRemoving(e)}
                      >
                        {t('webhooks.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!loading && endpoints.length === 0 ? (
              <p className="empty" data-testid="webhook-empty">
                {t('webhooks.empty')}
              </p>
            ) : null}
          </div>
        </div>
      ) : (
        <DeliveryLog endpoints={endpoints} onRedelivered={(d) => setFlash(t('webhooks.deliveries.redelivered', { result: outcome(d) }))} />
      )}
      {creating ? <CreateEndpointDialog onCreated={reload} onClose={() => setCreating(false)} /> : null}
      {rotating ? (
        <ConfirmDialog
          title={t('webhooks.rotateTitle')}
          message={t('webhooks.rotateConfirm', { url: rotating.url })}
          confirmLabel={t('webhooks.rotate')}
          onConfirm={async () => {
            const rotated = await webhooksApi.rotate(rotating.id);
            setSecret(rotated.secret);
            reload();
          }}
          onClose={() => setRotating(null)}
        />
      ) : null}
      {secret ? (
        <Dialog
          title={t('webhooks.secretTitle')}
          onClose={() => setSecret(null)}
          dismissible={false}
          testId="webhook-secret-dialog"
          footer={
            <button type="button" className="btn btn-primary" data-testid="webhook-secret-done" onClick={() => setSecret(null)}>
              {t('webhooks.secretDone')}
            </button>
          }
        >
          <SecretReveal secret={secret} kind="webhook" />
        </Dialog>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('webhooks.removeTitle')}
          message={t('webhooks.removeConfirm', { url: removing.url })}
          confirmLabel={t('webhooks.remove')}
          danger
          onConfirm={async () => {
            await webhooksApi.remove(removing.id);
            setFlash(t('webhooks.removed', { url: removing.url }));
            reload();
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
