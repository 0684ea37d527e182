import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { CompliantFlag } from './orderLabels';

const OUTCOMES = ['allow', 'warn', 'require_approval', 'block', 'personal_pay'] as const;

/** The failed rules of the verdict kept on the order, each in the viewer's language where it says. */
export function failedRulesOf(verdict: Record<string, unknown> | null, lang: 'zh-CN' | 'en'): string[] {
  const checks = verdict?.checks;
  if (!Array.isArray(checks)) return [];
  return checks.flatMap((check: unknown): string[] => {
    if (!check || typeof check !== 'object') return [];
    const c = check as { applicable?: unknown; passed?: unknown; explanation?: unknown; kind?: unknown };
    if (c.applicable !== true || c.passed !== false) return [];
    const explanation = c.explanation as Partial<Record<'zh-CN' | 'en', unknown>> | undefined;
    const text = explanation?.[lang] ?? explanation?.['zh-CN'];
    return [typeof text === 'string' && text ? text : typeof c.kind === 'string' ? c.kind : ''].filter(Boolean);
  });
}

/** 差旅标准: the outcome of the check when it was booked, the rules it did not meet and the 超标原因 given. */
export function OrderPolicyCard({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const outcome = OUTCOMES.find((o) => o === order.policyOutcome);
  const failed = failedRulesOf(order.policyVerdict, currentLanguage());
  const hasReason = order.reasonCode !== null || order.reasonText !== null;
  return (
    <div className="card form-card detail-card" data-testid="order-policy">
      <h2 className="card-title">{t('orders.detail.policy')}</h2>
      {order.policyOutcome === null ? (
        <p className="muted">{t('orders.detail.noPolicy')}</p>
      ) : (
        <dl className="summary-grid">
          <div>
            <dt>{t('orders.detail.policyOutcome')}</dt>
            <dd data-testid="order-policy-outcome" data-outcome={order.policyOutcome}>
              <CompliantFlag compliant={order.compliant} />{' '}
              {outcome && outcome !== 'allow' ? t(`orders.detail.outcomeName.${outcome}`) : outcome ? null : order.policyOutcome}
            </dd>
          </div>
        </dl>
      )}
      {failed.length > 0 ? (
        <>
          <h3 className="subsection-title">{t('orders.detail.failedRules')}</h3>
          <ul className="plain-list" data-testid="order-failed-rules">
            {failed.map((text, i) => (
              <li key={i} className="check-explanation">
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!order.compliant || hasReason ? (
        <>
          <h3 className="subsection-title">{t('orders.detail.reasons')}</h3>
          <dl className="summary-grid" data-testid="order-reason">
            <div>
              <dt>{t('orders.detail.reasonCode')}</dt>
              <dd>{order.reasonCode ?? t('orders.detail.noReason')}</dd>
            </div>
            <div>
              <dt>{t('orders.detail.reasonText')}</dt>
              <dd>{order.reasonText ?? t('orders.detail.noReason')}</dd>
            </div>
          </dl>
        </>
      ) : null}
    </div>
  );
}
