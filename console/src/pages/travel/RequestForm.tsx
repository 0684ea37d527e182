import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CostBearer, CostCentre, Project } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { ApproverPreviewView } from './ApproverPreviewView';
import { BudgetCheckView } from './BudgetCheckView';
import { EstimateEditor } from './EstimateEditor';
import { ItineraryEditor } from './ItineraryEditor';
import { OverBudgetDialog } from './OverBudgetDialog';
import { checkForm, estimateTotal, firstDepartDate, type RequestFormValues } from './requestFormModel';
import { TravellersField } from './TravellersField';
import { CostSharesView } from './CostSharesView';
import { splitShares } from './costSplit';
import { useSession } from '../../session/SessionContext';
import { useApproverPreview } from './useApproverPreview';
import { useBudgetPreview } from './useBudgetPreview';
import { useRequestSubmit } from './useRequestSubmit';

const BEARERS: CostBearer[] = ['traveller_department', 'cost_centre', 'project'];

interface RequestFormProps {
  initial: RequestFormValues;
  requestId: string | null;
  projects: Project[];
  costCentres: CostCentre[];
}

/** The travel request form: purpose, travellers, itinerary, estimate, project; live budget check and likely approvers; save / submit. */
export function RequestForm({ initial, requestId, projects, costCentres }: RequestFormProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [values, setValues] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const { state, submit, saveDraft, dismissReason } = useRequestSubmit(requestId);
  const total = estimateTotal(values.estimate);
  // The live check (POST /budgets/check) is the caller's own: shown when they travel alone on their department's budget.
  const selfOnly =
    values.costBearer === 'traveller_department' && values.travellers.length === 1 && values.travellers[0]?.id === me?.employeeId;
  const budget = useBudgetPreview(selfOnly ? total : 0, firstDepartDate(values.legs), values.projectId);
  const bearerName =
    values.costBearer === 'cost_centre'
      ? (costCentres.find((c) => c.id === values.costCentreId)?.name ?? '')
      : (projects.find((p) => p.id === values.projectId)?.name ?? '');
  const split = splitShares(total, values.travellers, values.costBearer, bearerName);
  const approvers = useApproverPreview(total, values.projectId, {
    travellerIds: values.travellers.map((p) => p.id),
    costCentreId: values.costCentreId,
  });
  // 发起人自选: the approver picked for each stage where the requester chooses.
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [showChoiceProblems, setShowChoiceProblems] = useState(false);
  const choiceStages = approvers.preview?.stages.filter((s) => s.choice !== null) ?? [];
  const chosen = Object.fromEntries(choiceStages.flatMap((s) => (choices[s.stageId] ? [[s.stageId, choices[s.stageId] ?? '']] : [])));
  const unchosen = choiceStages.filter((s) => !chosen[s.stageId]);
  const problems = checkForm(values);
  const shown = showProblems ? problems : { legs: new Map<string, never>() };
  const change = (patch: Partial<RequestFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const hasProblems = Boolean(problems.purpose || problems.travellers || problems.estimate || problems.bearer || problems.legs.size > 0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    setShowChoiceProblems(true);
    if (!hasProblems && unchosen.length === 0) void submit(values, undefined, chosen);
  };

  return (
    <form className="card form-card" data-testid="request-form" onSubmit={onSubmit} noValidate>
      <ErrorNotice error={state.error} testId="request-form-error" />
      {showProblems && hasProblems ? (
        <Notice kind="error" testId="request-form-problems">
          {t('travel.form.fixProblems')}
        </Notice>
      ) : null}
      {state.otherErrors.length > 0 ? (
        <Notice kind="error" testId="request-form-other-errors">
          <ul className="plain-list">
            {state.otherErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {state.refusedCheck ? (
        <Notice kind="error" testId="budget-refused">
          <p className="strong">{t('travel.form.budgetRefused')}</p>
          <BudgetCheckView check={state.refusedCheck} testId="budget-refused-check" />
        </Notice>
      ) : null}
      {state.savedDraft && state.savedId ? (
        <Notice kind="success" testId="request-draft-saved">
          {t('travel.form.draftSaved')}{' '}
          <Link to={`/travel/requests/${encodeURIComponent(state.savedId)}`}>{t('travel.form.openDraft')}</Link>
        </Notice>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('travel.form.sectionTrip')}</legend>
        <Field
          label={t('travel.form.purpose')}
          htmlFor="request-purpose"
          required
          error={shown.purpose ? t('common.required') : state.fieldErrors.purpose}
        >
          <input
            id="request-purpose"
            data-testid="request-purpose"
            maxLength={200}
            placeholder={t('travel.form.purposePlaceholder')}
            value={values.purpose}
            aria-invalid={Boolean(shown.purpose || state.fieldErrors.purpose) || undefined}
            onChange={(e) => change({ purpose: e.target.value })}
          />
        </Field>
        <Field
          label={t('travel.form.travellers')}
          required
          error={shown.travellers ? t('travel.form.travellersRequired') : state.fieldErrors.travellers}
        >
          <TravellersField
            value={values.travellers}
            invalid={Boolean(shown.travellers)}
            onChange={(travellers) => change({ travellers })}
          />
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('travel.form.sectionItinerary')}</legend>
        <ItineraryEditor
          legs={values.legs}
          problems={shown.legs}
          serverError={state.fieldErrors.itinerary}
          onChange={(legs) => change({ legs })}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('travel.form.sectionEstimate')}</legend>
        <EstimateEditor
          value={values.estimate}
          invalid={Boolean(shown.estimate)}
          error={shown.estimate ? t('travel.form.estimateRequired') : state.fieldErrors.estimate}
          onChange={(estimate) => change({ estimate })}
        />
        <div className="form-grid">
          <Field label={t('travel.form.project')} htmlFor="request-project" error={state.fieldErrors.projectId}>
            <select
              id="request-project"
              data-testid="request-project"
              value={values.projectId}
              onChange={(e) => change({ projectId: e.target.value })}
            >
              <option value="">{t('common.none')}</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.code})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('travel.form.costCentre')} htmlFor="request-cost-centre" error={state.fieldErrors.costCentreId}>
            <select
              id="request-cost-centre"
              data-testid="request-cost-centre"
              value={values.costCentreId}
              onChange={(e) => change({ costCentreId: e.target.value })}
            >
              <option value="">{t('common.none')}</option>
              {costCentres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.code})
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('travelMoney.bearer.label')}
            htmlFor="request-cost-bearer"
            hint={t('travelMoney.bearer.hint')}
            error={showProblems && problems.bearer ? t(`travelMoney.bearer.${problems.bearer}`) : state.fieldErrors.costBearer}
          >
            <select
              id="request-cost-bearer"
              data-testid="request-cost-bearer"
              value={values.costBearer}
              onChange={(e) => change({ costBearer: e.target.value as CostBearer })}
            >
              {BEARERS.map((b) => (
                <option key={b} value={b}>
                  {t(`travelMoney.bearer.${b}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <h3>{t('travelMoney.shares.title')}</h3>
        <CostSharesView shares={split} testId="request-form-shares" />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('travel.form.sectionBudget')}</legend>
        <ErrorNotice error={budget.error} testId="budget-check-error" />
        {selfOnly ? (
          <BudgetCheckView check={budget.check} loading={budget.loading} />
        ) : (
          <p className="muted" data-testid="budget-check-on-submit">
            {t('travelMoney.bearer.previewOnSubmit')}
          </p>
        )}
        <ApproverPreviewView
          wanted={approvers.wanted}
          preview={approvers.preview}
          loading={approvers.loading}
          error={approvers.error}
          choices={choices}
          missingChoices={showChoiceProblems ? unchosen.map((s) => s.stageId) : []}
          onChoose={(stageId, employeeId) => setChoices((c) => ({ ...c, [stageId]: employeeId }))}
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={state.busy} data-testid="request-submit">
          {state.busy ? t('travel.form.submitting') : t('travel.form.submit')}
        </button>
        <button type="button" className="btn" disabled={state.busy} data-testid="request-save-draft" onClick={() => void saveDraft(values)}>
          {t('travel.form.saveDraft')}
        </button>
        <Link className="btn btn-ghost" to="/travel/requests">
          {t('common.cancel')}
        </Link>
      </div>

      {state.reasonCheck ? (
        <OverBudgetDialog
          check={state.reasonCheck}
          busy={state.busy}
          onClose={dismissReason}
          onSubmit={(reason) => {
            dismissReason();
            void submit(values, reason, chosen);
          }}
        />
      ) : null}
    </form>
  );
}
