import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeysApi } from '../../api/apiKeys';
import type { ApiKey } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { CreateKeyDialog } from './CreateKeyDialog';
import { SCOPE_LABELS, isKnownScope, keyState, type KeyState } from './scopes';

const STATE_BADGE: Record<KeyState, string> = {
  active: 'badge badge-success',
  revoked: 'badge badge-danger',
  expired: 'badge badge-neutral',
};

/** API keys: list, create (secret shown once) and revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => apiKeysApi.list(), 'api-keys');
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const items = data ?? [];

  return (
    <section data-testid="page-api-keys">
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" data-testid="apikey-new" onClick={() => setCreating(true)}>
            {t('apiKeys.new')}
          </button>
        }
      />
      {flash ? (
        <Notice kind="success" testId="apikey-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="apikey-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.prefix')}</th>
                <th scope="col">{t('apiKeys.scopes')}</th>
                <th scope="col">{t('apiKeys.createdAt')}</th>
                <th scope="col">{t('apiKeys.lastUsedAt')}</th>
                <th scope="col">{t('apiKeys.expiresAt')}</th>
                <th scope="col">{t('apiKeys.status')}</th>
                <th scope="col" aria-label={t('apiKeys.revoke')} />
              </tr>
            </thead>
            <tbody>
              {items.map((key) => {
                const state = keyState(key);
                return (
                  <tr key={key.id} data-testid="apikey-row" data-key-id={key.id}>
                    <td className="strong">{key.name}</td>
                    <td className="mono">{key.prefix}…</td>
                    <td>
                      <div className="tag-list">
                        {key.scopes.map((scope) => (
                          <span key={scope} className="badge" title={isKnownScope(scope) ? t(SCOPE_LABELS[scope]) : undefined}>
                            {scope}
                          </span>
                        ))}
                      </div>
                    </td>
                    <td className="nowrap">{formatDateTime(key.createdAt)}</td>
                    <td className="nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}</td>
                    <td className="nowrap">{key.expiresAt ? formatDateTime(key.expiresAt) : t('apiKeys.noExpiry')}</td>
                    <td>
                      <span className={STATE_BADGE[state]}>{t(`apiKeys.${state}`)}</span>
                    </td>
                    <td className="actions">
                      {state !== 'revoked' ? (
                        <button
                          type="button"
                          className="btn btn-danger-ghost btn-small"
                          data-testid={`apikey-revoke-${key.id}`}
                          onClick={() => setRevoking(key)}
                        >
                          {t('apiKeys.revoke')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!loading && items.length === 0 ? (
            <p className="empty" data-testid="apikey-empty">
              {t('apiKeys.empty')}
            </p>
          ) : null}
        </div>
      </div>
      {creating ? (
        <CreateKeyDialog
          onCreated={() => {
            setFlash(null);
            reload();
          }}
          onClose={() => setCreating(false)}
        />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('apiKeys.revokeTitle')}
          message={t('apiKeys.revokeConfirm', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          danger
          onConfirm={async () => {
            await apiKeysApi.revoke(revoking.id);
            setFlash(t('apiKeys.revokedDone', { name: revoking.name }));
            reload();
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}
