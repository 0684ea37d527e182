import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceApprovalsChanged } from '../../api/approval';
import { travelApi } from '../../api/travel';
import type { TravelChangeBody, TravelChangePlan, TravelRequest } from '../../api/types';
import { ESTIMATE_CATEGORIES } from '../../api/values';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useDebounced } from '../../lib/useDebounced';
import { BudgetCheckView } from './BudgetCheckView';
import { EstimateEditor } from './EstimateEditor';
import { ItineraryEditor } from './ItineraryEditor';
import { checkForm, EMPTY_ESTIMATE, type EstimateValues, type LegValues, valuesFromRequest } from './requestFormModel';

function bodyOf(legs: LegValues[], estimate: EstimateValues, note: string, overBudgetReason: string): TravelChangeBody {
  const e = { flight: 0, hotel: 0, train: 0, car: 0, other: 0 };
  for (const c of ESTIMATE_CATEGORIES) e[c] = estimate[c] ?? 0;
  return {
    itinerary: legs.map((l) => ({ fromCity: l.fromCity, toCity: l.toCity, departDate: l.departDate, returnDate: l.returnDate || null })),
    estimate: e,
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(overBudgetReason.trim() ? { overBudgetReason: overBudgetReason.trim() } : {}),
  };
}

/** 变更: new dates, cities and estimate for an approved request, with what will need approval again shown as it is typed. */
export function ChangeDialog({ request, onClose, onDone }: { request: TravelRequest; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const initial = valuesFromRequest(request);
  const [legs, setLegs] = useState(initial.legs);
  const [estimate, setEstimate] = useState<EstimateValues>(initial.estimate ?? { ...EMPTY_ESTIMATE });
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [plan, setPlan] = useState<{ key: string; plan: TravelChangePlan | null; error: unknown }>({ key: '', plan: null, error: null });
  const problems = checkForm({ ...initial, legs, estimate });
  const valid = problems.legs.size === 0 && !problems.estimate;
  const key = useDebounced(valid ? JSON.stringify(bodyOf(legs, estimate, '', '')) : '', 400);

  useEffect(() => {
    if (!key) return undefined;
    const controller = new AbortController();
    travelApi
      .previewChange(request.id, JSON.parse(key) as TravelChangeBody, controller.signal)
      .then((p) => setPlan({ key, plan: p, error: null }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setPlan({ key, plan: null, error: e });
      });
    return () => controller.abort();
  }, [key, request.id]);

  const current = plan.key === key && key !== '' ? plan : null;
  const warn = current?.plan?.budgetCheck.outcome === 'warn';
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await travelApi.change(request.id, bodyOf(legs, estimate, note, warn ? reason : ''));
      announceApprovalsChanged();
      onDone();
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title={t('travelMoney.change.title')}
      onClose={onClose}
      testId="change-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="change-submit"
            disabled={busy || !valid || current?.plan == null || (warn && reason.trim() === '')}
            onClick={() => void submit()}
          >
            {busy ? t('travelMoney.change.submitting') : t('travelMoney.change.submit')}
          </button>
        </>
      }
    >
      <p className="muted">{t('travelMoney.change.intro')}</p>
      <ErrorNotice error={error} testId="change-error" />
      <ItineraryEditor legs={legs} problems={problems.legs} onChange={setLegs} />
      <EstimateEditor value={estimate} invalid={Boolean(problems.estimate)} onChange={setEstimate} />
      <div data-testid="change-plan">
        {valid && current === null ? <p className="muted">{t('travelMoney.change.checking')}</p> : null}
        {current?.error ? <ErrorNotice error={current.error} testId="change-plan-error" /> : null}
        {current?.plan ? (
          current.plan.reasons.length === 0 ? (
            <Notice kind="success" testId="change-within-bounds">
              {t('travelMoney.change.withinBounds')}
            </Notice>
          ) : (
            <Notice kind="warning" testId="change-needs-approval">
              <p className="strong">{t('travelMoney.change.needsApproval')}</p>
              <ul className="plain-list">
                {current.plan.reasons.map((r) => (
                  <li key={r} data-testid="change-reason" data-reason={r}>
                    {t(`travelMoney.change.reasons.${r}`)}
                  </li>
                ))}
              </ul>
            </Notice>
          )
        ) : null}
        {current?.plan ? <BudgetCheckView check={current.plan.budgetCheck} testId="change-budget-check" /> : null}
      </div>
      {warn ? (
        <Field label={t('travelMoney.change.overBudgetReason')} htmlFor="change-over-budget-reason" required>
          <textarea
            id="change-over-budget-reason"
            data-testid="change-over-budget-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
      ) : null}
      <Field label={t('travelMoney.change.note')} htmlFor="change-note">
        <textarea
          id="change-note"
          data-testid="change-note"
          rows={2}
          maxLength={1000}
          placeholder={t('travelMoney.change.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
    </Dialog>
  );
}
