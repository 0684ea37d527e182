import { useTranslation } from 'react-i18next';
import type { RuleAction } from '../../api/types';

const TONE: Record<RuleAction, string> = {
  allow: 'badge-neutral',
  warn: 'badge-warning',
  require_approval: 'badge-info',
  block: 'badge-danger',
  personal_pay: 'badge-warning',
};

/** What happens when a rule fails: 允许 / 提醒并填写超标原因 / 需额外审批 / 禁止并隐藏. */
export function ActionBadge({ action }: { action: RuleAction }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[action]}`} data-testid="rule-action-badge" data-action={action}>
      {t(`policy.action.${action}`)}
    </span>
  );
}

const OUTCOME_TONE: Record<Exclude<RuleAction, 'personal_pay'>, string> = {
  allow: 'badge-success',
  warn: 'badge-warning',
  require_approval: 'badge-info',
  block: 'badge-danger',
};

/** An evaluation's outcome: 合规 / 提醒 / 需审批 / 禁止. */
export function OutcomeBadge({ outcome }: { outcome: Exclude<RuleAction, 'personal_pay'> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${OUTCOME_TONE[outcome]}`} data-testid="preview-outcome" data-outcome={outcome}>
      {t(`policy.outcome.${outcome}`)}
    </span>
  );
}
