import { useTranslation } from 'react-i18next';
import type { RequestPolicyCheck } from '../../api/types';
import { localized } from '../../lib/localized';
import { formatFen } from '../../lib/money';
import { OutcomeBadge } from '../policy/ActionBadge';

interface PolicyCheckViewProps {
  check: RequestPolicyCheck | null;
  travellerNames: Map<string, string>;
  reason: string | null;
}

/**
 * 差旅标准检查 of a travel request: the outcome, what the estimate was checked as, and per traveller
 * and stay every rule that counted (failed, flagged for missing data, or paid personally), in the
 * reader's language.
 */
export function PolicyCheckView({ check, travellerNames, reason }: PolicyCheckViewProps) {
  const { t } = useTranslation();
  if (check === null) return <p className="muted">{t('common.none')}</p>;
  const checked = check.travellers.filter((tr) => tr.policy !== null);
  return (
    <div data-testid="request-policy-check" data-outcome={check.outcome}>
      <p>
        <OutcomeBadge outcome={check.outcome} />{' '}
        <span data-testid="request-policy-outcome">{t(`policyClosed.request.outcome.${check.outcome}`)}</span>
      </p>
      {checked.length === 0 ? <p className="muted">{t('policyClosed.request.none')}</p> : null}
      {checked.length > 0 ? (
        <p className="muted small">
          {t('policyClosed.request.basis', { daily: formatFen(check.dailyCostFen), nightly: formatFen(check.nightlyRateFen) })}
        </p>
      ) : null}
      {check.personalPayFen > 0 ? <p>{t('policyClosed.request.personalPay', { amount: formatFen(check.personalPayFen) })}</p> : null}
      {check.dataMissing ? <p className="muted small">{t('policyClosed.request.dataMissing')}</p> : null}
      {checked.map((tr) => (
        <section key={tr.employeeId} className="policy-check-traveller">
          <h3 className="card-subtitle">
            {travellerNames.get(tr.employeeId) ?? tr.employeeId} · {tr.policy?.name}
            {tr.version ? ` v${tr.version.version}` : ''}
          </h3>
          <ul className="plain-list">
            {tr.stays.map(({ stay, evaluation }) => {
              const shown = evaluation.checks.filter((c) => c.applicable);
              return (
                <li key={`${stay.city}-${stay.checkIn}`} data-testid="request-policy-stay">
                  <span className="muted small">
                    {t('policyClosed.request.stay', {
                      city: stay.city,
                      checkIn: stay.checkIn,
                      checkOut: stay.checkOut,
                      nights: stay.nights,
                    })}
                  </span>
                  {shown.length === 0 ? (
                    <p className="muted small">{t('policyClosed.request.noRules')}</p>
                  ) : (
                    <ul className="plain-list">
                      {shown.map((c) => (
                        <li
                          key={c.ruleId}
                          data-testid="request-policy-explanation"
                          data-passed={c.passed}
                          className={c.passed ? '' : 'field-error'}
                        >
                          {localized(c.explanation)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {reason ? <p data-testid="request-policy-reason">{t('policyClosed.request.reasonGiven', { reason })}</p> : null}
    </div>
  );
}
