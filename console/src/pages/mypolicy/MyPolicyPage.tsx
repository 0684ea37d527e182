import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import { policyApi } from '../../api/policy';
import { travelApi } from '../../api/travel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { loadCityDirectory } from '../../lib/cities';
import { localized } from '../../lib/localized';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { RuleList } from '../policy/RuleList';
import { rulesForRank } from './myRules';
import { LiveSearchPanel } from './LiveSearchPanel';
import { OrderCheckPanel } from './OrderCheckPanel';

const NO_ERRORS = new Map<number, never[]>();

/** The traveller's published policy with its rules, and where they stand. */
async function loadApplied() {
  const resolved = await policyApi.resolve();
  const version = resolved.policy && resolved.version ? await policyApi.version(resolved.policy.id, resolved.version.versionId) : null;
  return { resolved, rules: version?.rules ?? [] };
}

/** The traveller's approved requests, and the first leg of the newest (where the check starts). */
async function loadApproved() {
  // The city directory turns the legs' city names into the ids the searches take.
  const [page] = await Promise.all([travelApi.list({ scope: 'mine', status: 'approved', limit: 50 }), loadCityDirectory()]);
  const requests = page.items;
  const first = requests[0];
  const firstLeg = first ? ((await travelApi.get(first.id)).itinerary[0] ?? null) : null;
  return { requests, firstLeg };
}

/** /my-policy (我的差旅标准): the policy that applies to the signed-in traveller, and 预订前校验. */
export function MyPolicyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [showAll, setShowAll] = useState(false);
  const applied = useLoad(loadApplied, 'applied');
  const ranks = useLoad(() => orgApi.ranks(), 'ranks');
  const employeeId = me?.employeeId ?? '';
  const self = useLoad(() => (employeeId ? orgApi.employee(employeeId) : Promise.resolve(null)), `self:${employeeId}`);
  const approved = useLoad(loadApproved, 'approved');
  const reasonCodes = useLoad(() => policyApi.reasonCodes(), 'reason-codes');

  const error = applied.error ?? ranks.error ?? approved.error ?? reasonCodes.error;
  const header = <PageHeader title={t('myPolicy.title')} subtitle={t('myPolicy.subtitle')} />;
  if (error && !applied.data) {
    return (
      <section data-testid="page-my-policy">
        {header}
        <ErrorNotice error={error} onRetry={applied.reload} />
      </section>
    );
  }
  if (!applied.data || !ranks.data || !approved.data || !reasonCodes.data || self.data === undefined) return <Loading />;
  const { resolved, rules } = applied.data;
  const sortedRanks = [...ranks.data].sort((a, b) => a.level - b.level);
  const myRank = sortedRanks.find((r) => r.code === self.data?.rank);
  const { mine, others } = rulesForRank(rules, myRank);
  return (
    <section data-testid="page-my-policy" data-policy-id={resolved.policy?.id ?? ''}>
      {header}
      <div className="card detail-card" data-testid="my-policy-applied">
        <h2 className="card-title">{t('myPolicy.applied')}</h2>
        {resolved.policy ? (
          <dl className="summary-grid">
            <div>
              <dt>{t('myPolicy.name')}</dt>
              <dd>
                <strong data-testid="my-policy-name">{resolved.policy.name}</strong>
                {resolved.version ? (
                  <span className="muted small"> · {t('myPolicy.version', { version: resolved.version.version })}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{t('myPolicy.why')}</dt>
              <dd data-testid="my-policy-reason">{localized(resolved.reason)}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted" data-testid="my-policy-none">
            {t('myPolicy.noPolicy')}
          </p>
        )}
      </div>
      <LiveSearchPanel requests={approved.data.requests} firstLeg={approved.data.firstLeg} />
      <OrderCheckPanel
        requests={approved.data.requests}
        firstLeg={approved.data.firstLeg}
        reasonCodes={reasonCodes.data.filter((r) => r.active)}
      />
      {resolved.policy ? (
        <>
          <div className="section-head">
            <h2 className="section-title">{t('myPolicy.rules')}</h2>
            {others > 0 ? (
              <label className="checkbox">
                <input type="checkbox" data-testid="my-policy-show-all" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
                <span>{t('myPolicy.showAll', { count: others })}</span>
              </label>
            ) : null}
          </div>
          {myRank && !showAll ? (
            <p className="muted small" data-testid="my-policy-for-rank">
              {t('myPolicy.forRank', { rank: myRank.name, level: myRank.level })}
            </p>
          ) : null}
          <RuleList rules={showAll ? rules : mine} errorsByIndex={NO_ERRORS} ranks={sortedRanks} readOnly onChange={() => undefined} />
        </>
      ) : null}
    </section>
  );
}
