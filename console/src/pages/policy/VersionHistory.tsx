import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/policy';
import type { PolicyDetail, PolicyVersionSummary } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { ActionBadge } from './ActionBadge';
import { ruleSummary } from './ruleModel';

const TONE = { draft: 'badge-warning', published: 'badge-success', superseded: 'badge-neutral' } as const;

function VersionRules({ policyId, version, onClose }: { policyId: string; version: PolicyVersionSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useLoad(() => policyApi.version(policyId, version.versionId), version.versionId);
  return (
    <Dialog title={t('policy.versions.rulesOf', { version: version.version })} onClose={onClose} testId="version-dialog" wide>
      <ErrorNotice error={detail.error} />
      {!detail.data ? <Loading /> : null}
      <ul className="rule-items">
        {(detail.data?.rules ?? []).map((rule) => (
          <li key={rule.id} className="rule-item">
            <div className="rule-main">
              <span className="strong">{t(`policy.kind.${rule.kind}`)}</span>
              <span className="rule-summary">{ruleSummary(t, rule)}</span>
            </div>
            <ActionBadge action={rule.action} />
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/** Every version of the policy, newest first, each viewable. */
export function VersionHistory({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<PolicyVersionSummary | null>(null);
  const versions = [...policy.versions].sort((a, b) => b.version - a.version);
  return (
    <div className="card" data-testid="policy-versions">
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('policy.versions.version')}</th>
              <th scope="col">{t('policy.versions.status')}</th>
              <th scope="col">{t('policy.versions.note')}</th>
              <th scope="col">{t('policy.versions.createdAt')}</th>
              <th scope="col">{t('policy.versions.publishedAt')}</th>
              <th scope="col" className="actions" />
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionId} data-testid="version-row" data-status={v.status}>
                <td className="strong">v{v.version}</td>
                <td>
                  <span className={`badge ${TONE[v.status]}`}>{t(`policy.versions.statuses.${v.status}`)}</span>
                </td>
                <td>{v.note || t('common.none')}</td>
                <td className="nowrap muted">{formatDateTime(v.createdAt)}</td>
                <td className="nowrap muted">{formatDateTime(v.publishedAt) || t('common.none')}</td>
                <td className="actions">
                  <button type="button" className="btn btn-small btn-ghost" data-testid="version-view" onClick={() => setOpen(v)}>
                    {t('policy.versions.view')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? <VersionRules policyId={policy.id} version={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
