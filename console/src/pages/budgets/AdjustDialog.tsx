import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetApi } from '../../api/budget';
import { fieldErrorsOf } from '../../api/errors';
import type { BudgetAdjustmentKind, BudgetView } from '../../api/types';
import { BUDGET_ADJUSTMENT_KINDS } from '../../api/values';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { MoneyInput } from '../../components/MoneyInput';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { clauseJoin } from '../../lib/lists';
import { formatFen } from '../../lib/money';
import { periodText } from '../../lib/periodLabel';
import { useLoad } from '../../lib/useLoad';

const FIELDS = ['kind', 'amountFen', 'reason', 'targetBudgetId'] as const;
type AdjustField = (typeof FIELDS)[number];

/**
 * 预算调整: increase, decrease or transfer a budget, with the amount, a reason and (for a transfer)
 * the budget that receives it. Submitting starts its approval; the budget changes only when approved.
 */
export function AdjustDialog({ budget, onSubmitted, onClose }: { budget: BudgetView; onSubmitted: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BudgetAdjustmentKind>('increase');
  const [amount, setAmount] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [problems, setProblems] = useState<Partial<Record<AdjustField, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const all = useLoad(() => (kind === 'transfer' ? budgetApi.list({}) : Promise.resolve([])), kind);
  const targets = (all.data ?? []).filter((b) => b.id !== budget.id);
  const used = budget.occupiedFen + budget.spentFen;
  const room = Math.max(0, budget.remainingFen);

  const submit = async () => {
    const next: Partial<Record<AdjustField, string>> = {};
    if (amount === null || amount <= 0) next.amountFen = t('budgetLedger.amountRequired');
    else if (kind !== 'increase' && amount > room) next.amountFen = t('budgetLedger.amountTooLarge', { room: formatFen(room) });
    if (reason.trim() === '') next.reason = t('budgetLedger.reasonRequired');
    if (kind === 'transfer' && target === '') next.targetBudgetId = t('budgetLedger.targetRequired');
    setProblems(next);
    if (Object.keys(next).length > 0 || amount === null) return;
    setBusy(true);
    setError(null);
    setOther([]);
    try {
      await budgetApi.requestAdjustment(budget.id, {
        kind,
        amountFen: amount,
        reason: reason.trim(),
        ...(kind === 'transfer' ? { targetBudgetId: target } : {}),
      });
      onSubmitted();
      onClose();
    } catch (err) {
      const mapped = mapFieldErrors(fieldErrorsOf(err), FIELDS);
      setProblems(mapped.byField);
      setOther(mapped.other);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('budgetLedger.adjustTitle', { name: budget.scopeName, period: periodText(budget.periodLabel, budget.periodLabelEn) })}
      onClose={onClose}
      testId="budget-adjust-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            data-testid="budget-adjust-submit"
            onClick={() => void submit()}
          >
            {busy ? t('common.saving') : t('budgetLedger.submit')}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} testId="budget-adjust-error" />
      {other.length > 0 ? <p className="field-error">{clauseJoin(other)}</p> : null}
      <p className="muted small" data-testid="budget-adjust-current">
        {t('budgetLedger.current', { amount: formatFen(budget.amountFen), used: formatFen(used), room: formatFen(room) })}
      </p>
      <Field group label={t('budgetLedger.kind')} hint={t(`budgetLedger.kindHints.${kind}`)} error={problems.kind}>
        <div className="segmented" role="radiogroup" aria-label={t('budgetLedger.kind')}>
          {BUDGET_ADJUSTMENT_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              data-testid={`budget-adjust-kind-${k}`}
              className={kind === k ? 'segmented-item active' : 'segmented-item'}
              onClick={() => setKind(k)}
            >
              {t(`budgetLedger.kinds.${k}`)}
            </button>
          ))}
        </div>
      </Field>
      <Field label={t('budgetLedger.amountYuan')} htmlFor="budget-adjust-amount" required error={problems.amountFen}>
        <MoneyInput
          id="budget-adjust-amount"
          testId="budget-adjust-amount"
          value={amount}
          onChange={setAmount}
          invalid={Boolean(problems.amountFen)}
        />
      </Field>
      {kind === 'transfer' ? (
        <Field label={t('budgetLedger.target')} htmlFor="budget-adjust-target" required error={problems.targetBudgetId}>
          <select
            id="budget-adjust-target"
            data-testid="budget-adjust-target"
            value={target}
            aria-invalid={Boolean(problems.targetBudgetId) || undefined}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t('common.selectPlaceholder')}</option>
            {targets.map((b) => (
              <option key={b.id} value={b.id}>
                {t('budgetLedger.targetOption', {
                  name: b.scopeName,
                  period: periodText(b.periodLabel, b.periodLabelEn),
                  remaining: formatFen(b.remainingFen),
                })}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label={t('budgetLedger.reason')} htmlFor="budget-adjust-reason" required error={problems.reason}>
        <textarea
          id="budget-adjust-reason"
          data-testid="budget-adjust-reason"
          rows={3}
          maxLength={500}
          value={reason}
          aria-invalid={Boolean(problems.reason) || undefined}
          onChange={(e) => {
            setReason(e.target.value);
            if (problems.reason && e.target.value.trim() !== '') setProblems({ ...problems, reason: undefined });
          }}
        />
      </Field>
      <p className="muted small">{t('budgetLedger.approvalNote')}</p>
    </Dialog>
  );
}
