import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetCheck } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { BudgetCheckView } from './BudgetCheckView';

interface OverBudgetDialogProps {
  check: BudgetCheck;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** 超预算: shows why the budget warns and asks for the reason before submitting again. */
export function OverBudgetDialog({ check, busy, onSubmit, onClose }: OverBudgetDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Dialog
      title={t('travel.form.overBudgetTitle')}
      onClose={onClose}
      testId="over-budget-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="over-budget-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            data-testid="over-budget-submit"
            onClick={() => {
              if (reason.trim() === '') setMissing(true);
              else onSubmit(reason.trim());
            }}
          >
            {t('travel.form.submitWithReason')}
          </button>
        </>
      }
    >
      <p>{t('travel.form.overBudgetIntro')}</p>
      <BudgetCheckView check={check} testId="over-budget-check" />
      <Field
        label={t('travel.form.overBudgetReason')}
        htmlFor="over-budget-reason"
        required
        error={missing ? t('common.required') : undefined}
      >
        <textarea
          id="over-budget-reason"
          data-testid="over-budget-reason"
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
        />
      </Field>
    </Dialog>
  );
}
