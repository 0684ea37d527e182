import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { orgApi } from '../../api/org';
import { policyApi } from '../../api/policy';
import type { PolicyAssignment } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { CreatePolicyDialog } from './CreatePolicyDialog';
import { listJoin } from '../../lib/lists';

/** /policies: every policy with its published and draft versions and whom it is assigned to. */
export function PolicyListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasPermission } = useSession();
  const list = useLoad(() => policyApi.list(), 'policies');
  const ranks = useLoad(() => orgApi.ranks().catch(() => []), 'ranks');
  const [creating, setCreating] = useState(false);
  const rankName = useMemo(() => new Map((ranks.data ?? []).map((r) => [r.code, r.name])), [ranks.data]);
  const items = list.data ?? [];

  const assignmentText = (a: PolicyAssignment) => {
    const codes = a.rankCodes;
    const parts = [a.departmentName ?? t('policy.assignments.wholeCompany')];
    if (codes.length > 0) parts.push(listJoin(codes.map((c) => rankName.get(c) ?? c)));
    if (a.minRankLevel !== null || a.maxRankLevel !== null)
      parts.push(t('policy.rules.levels', { min: a.minRankLevel ?? 1, max: a.maxRankLevel ?? '∞' }));
    return parts.join(' · ');
  };
  const hrefOf = (id: string) => `/policies/${encodeURIComponent(id)}`;
  const open = (id: string) => void navigate(hrefOf(id));

  return (
    <section data-testid="page-policies">
      <PageHeader
        title={t('policy.title')}
        subtitle={t('policy.subtitle')}
        actions={
          hasPermission('policy.manage') ? (
            <button type="button" className="btn btn-primary" data-testid="policy-new" onClick={() => setCreating(true)}>
              {t('policy.new')}
            </button>
          ) : null
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="policy-table" data-loading={list.loading ? 'true' : 'false'}>
            <thead>
              <tr>
                <th scope="col">{t('policy.list.name')}</th>
                <th scope="col">{t('policy.list.published')}</th>
                <th scope="col">{t('policy.list.draft')}</th>
                <th scope="col">{t('policy.list.assignments')}</th>
                <th scope="col">{t('policy.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <LinkRow key={p.id} to={hrefOf(p.id)} data-testid="policy-row" data-policy-id={p.id}>
                  <td>
                    <div className="strong">
                      <RowLink to={hrefOf(p.id)}>{p.name}</RowLink>
                    </div>
                    {p.description ? <div className="muted small">{p.description}</div> : null}
                  </td>
                  <td className="nowrap">
                    {p.published ? (
                      <>
                        <span className="badge badge-success">v{p.published.version}</span>{' '}
                        <span className="muted small">{formatDate(p.published.publishedAt)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('policy.list.notPublished')}</span>
                    )}
                  </td>
                  <td>
                    {p.draft ? (
                      <span className="badge badge-warning">{t('policy.list.draftVersion', { version: p.draft.version })}</span>
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td>
                    {p.assignments.length === 0 ? (
                      <span className="muted">{t('policy.list.unassigned')}</span>
                    ) : (
                      <ul className="plain-list compact-list">
                        {p.assignments.map((a) => (
                          <li key={a.id}>{assignmentText(a)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <span className={`badge ${p.status === 'active' ? 'badge-success' : 'badge-neutral'}`}>
                      {t(`policy.list.statuses.${p.status}`)}
                    </span>
                  </td>
                </LinkRow>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? <p className="empty">{t('policy.list.empty')}</p> : null}
        </div>
      </div>
      {creating ? <CreatePolicyDialog policies={items} onCreated={(id) => open(id)} onClose={() => setCreating(false)} /> : null}
    </section>
  );
}
