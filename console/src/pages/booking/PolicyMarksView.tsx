import { useTranslation } from 'react-i18next';
import type { SearchOption } from '../../api/booking';
import { capitalised } from '../../lib/format';
import { localized } from '../../lib/localized';
import { formatFen } from '../../lib/money';

export type MarkKind = 'compliant' | 'reason' | 'approval' | 'personalPay' | 'blocked' | 'unchecked';

/** The marks of an option, in the order they are shown: what the policy says of it. */
export function marksOf(option: Pick<SearchOption, 'policy' | 'bookable'>): MarkKind[] {
  const { policy } = option;
  if (!option.bookable) return ['blocked'];
  if (!policy) return ['unchecked'];
  if (policy.compliant) return ['compliant'];
  const marks: MarkKind[] = [];
  if (policy.requiresReasonCode) marks.push('reason');
  if (policy.outcome === 'require_approval') marks.push('approval');
  if (policy.personalPayFen > 0) marks.push('personalPay');
  // Out of policy with none of the above (a warning without a reason code asked): still say so.
  return marks.length > 0 ? marks : ['reason'];
}

/** Whether booking the option asks for a 超标原因: a rule asks for one, or the option is out of policy at all. */
export function needsReason(option: Pick<SearchOption, 'policy'>): boolean {
  return option.policy !== null && (option.policy.requiresReasonCode || !option.policy.compliant);
}

const BADGE: Record<MarkKind, string> = {
  compliant: 'badge-success',
  reason: 'badge-warning',
  approval: 'badge-info',
  personalPay: 'badge-warning',
  blocked: 'badge-danger',
  unchecked: 'badge-neutral',
};

/** The policy badges of an option, the failed checks in the viewer's language, and whether the request covers it. */
export function PolicyMarksView({ option, showCoverage = true }: { option: SearchOption; showCoverage?: boolean }) {
  const { t } = useTranslation();
  const marks = marksOf(option);
  const failed = option.policy?.failedChecks ?? [];
  const { coverage } = option;
  return (
    <div className="booking-marks" data-testid="booking-marks">
      <div className="booking-badges">
        {marks.map((m) => (
          <span key={m} className={`badge ${BADGE[m]}`} data-testid="booking-mark" data-mark={m}>
            {m === 'personalPay'
              ? t('booking.mark.personalPay', { amount: formatFen(option.policy?.personalPayFen ?? 0) })
              : t(`booking.mark.${m}`)}
          </span>
        ))}
      </div>
      {failed.length > 0 ? (
        <ul className="plain-list booking-failed">
          {failed.map((c) => (
            <li key={c.ruleId} data-testid="booking-failed-check" data-rule-id={c.ruleId} data-action={c.action}>
              {capitalised(localized(c.explanation))}
              {c.dataMissing ? <span className="muted"> · {t('booking.mark.dataMissing')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {showCoverage && coverage.requestId !== null ? (
        <p
          className={coverage.covered ? 'booking-covered small' : 'booking-not-covered small'}
          data-testid="booking-coverage"
          data-covered={String(coverage.covered)}
        >
          {coverage.covered ? t('booking.results.covered') : t('booking.results.notCovered')}
        </p>
      ) : null}
    </div>
  );
}
