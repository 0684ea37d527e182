import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalApi } from '../../api/approval';
import type { Delegation } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useNow } from '../../lib/useNow';
import { DelegationDialog } from './DelegationDialog';

/** 委托: my delegations (who may decide for me, when) with create and delete. */
export function DelegationsPanel() {
  const { t } = useTranslation();
  const list = useLoad(() => approvalApi.delegations(), 'delegations');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Delegation | null>(null);
  const items = list.data ?? [];
  const now = useNow();
  return (
    <section className="delegations" data-testid="delegations">
      <div className="section-head">
        <div>
          <h2 className="section-title">{t('approvals.delegation.title')}</h2>
          <p className="muted small">{t('approvals.delegation.subtitle')}</p>
        </div>
        <button type="button" className="btn" data-testid="delegation-new" onClick={() => setCreating(true)}>
          {t('approvals.delegation.new')}
        </button>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="delegation-table">
            <thead>
              <tr>
                <th scope="col">{t('approvals.delegation.delegate')}</th>
                <th scope="col">{t('approvals.delegation.startsAt')}</th>
                <th scope="col">{t('approvals.delegation.endsAt')}</th>
                <th scope="col">{t('approvals.delegation.reason')}</th>
                <th scope="col">{t('approvals.delegation.state')}</th>
                <th scope="col" className="actions" />
              </tr>
            </thead>
            <tbody>
              {items.map((d) => {
                const active = new Date(d.startsAt).getTime() <= now && now < new Date(d.endsAt).getTime();
                const ended = new Date(d.endsAt).getTime() <= now;
                return (
                  <tr key={d.id} data-testid="delegation-row" data-delegation-id={d.id}>
                    <td className="strong">{d.delegateName}</td>
                    <td className="nowrap">{formatDateTime(d.startsAt)}</td>
                    <td className="nowrap">{formatDateTime(d.endsAt)}</td>
                    <td>{d.reason || t('common.none')}</td>
                    <td>
                      <span className={`badge ${active ? 'badge-success' : 'badge-neutral'}`}>
                        {active
                          ? t('approvals.delegation.active')
                          : ended
                            ? t('approvals.delegation.ended')
                            : t('approvals.delegation.upcoming')}
                      </span>
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        className="btn btn-small btn-danger-ghost"
                        data-testid="delegation-delete"
                        onClick={() => setDeleting(d)}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? <p className="empty">{t('approvals.delegation.empty')}</p> : null}
        </div>
      </div>
      {creating ? <DelegationDialog onCreated={list.reload} onClose={() => setCreating(false)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('approvals.delegation.deleteTitle')}
          message={t('approvals.delegation.deleteConfirm', { name: deleting.delegateName })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={async () => {
            await approvalApi.deleteDelegation(deleting.id);
            list.reload();
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
