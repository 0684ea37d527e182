import { useTranslation } from 'react-i18next';
import type { OrderCheck, ReasonCode } from '../../api/types';
import { Notice } from '../../components/Notice';
import { capitalised } from '../../lib/format';
import { localized, zhEn } from '../../lib/localized';
import { OutcomeBadge } from '../policy/ActionBadge';
import { ApproverPreviewView } from '../travel/ApproverPreviewView';

const OUTCOME_KIND = { no_approval: 'success', approval_required: 'info', blocked: 'error' } as const satisfies Record<
  OrderCheck['approval']['outcome'],
  string
>;

function PolicySection({ check, reasonCodes }: { check: OrderCheck; reasonCodes: ReasonCode[] }) {
  const { t } = useTranslation();
  const { evaluation, policy, version } = check;
  if (!evaluation || !policy) return <p className="muted">{t('myPolicy.result.noPolicy')}</p>;
  const applicable = evaluation.checks.filter((c) => c.applicable);
  const others = evaluation.checks.length - applicable.length;
  return (
    <>
      <p className="muted small">
        {version ? t('myPolicy.result.policyVersion', { name: policy.name, version: version.version }) : policy.name}{' '}
        <OutcomeBadge outcome={evaluation.outcome} />
      </p>
      {applicable.length > 0 ? (
        <table className="table compact" data-testid="order-check-rules">
          <thead>
            <tr>
              <th scope="col">{t('myPolicy.result.rule')}</th>
              <th scope="col">{t('myPolicy.result.result')}</th>
              <th scope="col">{t('myPolicy.result.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {applicable.map((c) => (
              <tr
                key={c.ruleId}
                data-testid="order-check-rule"
                data-rule-id={c.ruleId}
                data-passed={String(c.passed)}
                data-action={c.action}
              >
                <td className="nowrap">{t(`policy.kind.${c.kind}`)}</td>
                <td className="nowrap">
                  {c.passed ? (
                    <span className="badge badge-success">{t('myPolicy.result.passed')}</span>
                  ) : (
                    <span className="badge badge-warning">{t('myPolicy.result.failed')}</span>
                  )}
                </td>
                <td>{localized(c.explanation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {evaluation.compliant ? <p className="muted small">{t('myPolicy.result.allPassed')}</p> : null}
      {others > 0 ? <p className="muted small">{t('myPolicy.result.notApplicable', { count: others })}</p> : null}
      {evaluation.requiresReasonCode ? (
        <div className="order-check-reasons" data-testid="order-check-reasons">
          <span>{reasonCodes.length > 0 ? t('myPolicy.result.reasonRequired') : t('myPolicy.result.noReasonCodes')}</span>
          {reasonCodes.map((r) => (
            <span key={r.code} className="badge badge-neutral" data-testid="order-check-reason" data-code={r.code}>
              {zhEn(r.labelZh, r.labelEn)}
            </span>
          ))}
        </div>
      ) : null}
    </>
  );
}

function RequestSection({ check }: { check: OrderCheck }) {
  const { t } = useTranslation();
  const { request, coverage } = check;
  if (!request || !coverage) return <p className="muted">{t('myPolicy.result.noRequest')}</p>;
  return (
    <>
      <p>
        <span className="mono">{request.code}</span> {request.purpose}{' '}
        <span
          className={`badge ${coverage.covered ? 'badge-success' : 'badge-warning'}`}
          data-testid="order-check-covered"
          data-covered={String(coverage.covered)}
        >
          {coverage.covered ? t('myPolicy.result.covered') : t('myPolicy.result.notCovered')}
        </span>
      </p>
      <ul className="plain-list coverage-checks">
        {coverage.checks.map((c) => (
          <li key={c.check} data-testid="order-check-coverage" data-check={c.check} data-pass={String(c.pass)}>
            <span className={c.pass ? 'coverage-pass' : 'coverage-fail'} aria-hidden="true">
              {c.pass ? '✓' : '✗'}
            </span>{' '}
            {capitalised(localized(c.explanation))}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What booking the option would mean: the verdict, the policy rule by rule, the request, the approvers. */
export function OrderCheckResult({ check, reasonCodes }: { check: OrderCheck; reasonCodes: ReasonCode[] }) {
  const { t } = useTranslation();
  const { approval } = check;
  return (
    <div className="order-check-result" data-testid="order-check-result" data-outcome={approval.outcome} data-reason={approval.reason}>
      <Notice kind={OUTCOME_KIND[approval.outcome]}>
        <strong data-testid="order-check-outcome">{t(`myPolicy.result.outcome.${approval.outcome}`)}</strong>
        <span data-testid="order-check-explanation"> {localized(approval.explanation)}</span>
      </Notice>
      <div className="order-check-sections">
        <section>
          <h3 className="subsection-title">{t('myPolicy.result.policyTitle')}</h3>
          <PolicySection check={check} reasonCodes={reasonCodes} />
        </section>
        <section>
          <h3 className="subsection-title">{t('myPolicy.result.requestTitle')}</h3>
          <RequestSection check={check} />
        </section>
        {approval.outcome === 'approval_required' && approval.flow ? (
          <section>
            <h3 className="subsection-title">{t('myPolicy.result.approvalTitle')}</h3>
            <ApproverPreviewView wanted preview={{ flow: approval.flow, stages: approval.stages }} loading={false} error={null} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
