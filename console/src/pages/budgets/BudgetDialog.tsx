import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetApi } from '../../api/budget';
import type { BudgetControl, BudgetScopeType, BudgetView } from '../../api/types';
import { fieldErrorsOf } from '../../api/errors';
import { orgApi } from '../../api/org';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { MoneyInput } from '../../components/MoneyInput';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { periodText } from '../../lib/periodLabel';
import { useLoad } from '../../lib/useLoad';
import { buildDepartmentTree, flattenTree } from '../departments/tree';
import { periodStart, type PeriodPick } from './period';
import { PeriodPicker } from './PeriodPicker';
import { clauseJoin } from '../../lib/lists';

const FIELDS = ['scopeType', 'scopeId', 'periodType', 'periodStart', 'amountFen', 'warnAtPercent', 'control', 'ownerEmployeeId'] as const;
type BudgetField = (typeof FIELDS)[number];
const CONTROLS: BudgetControl[] = ['allow', 'warn', 'forbid'];

interface BudgetDialogProps {
  budget: BudgetView | null;
  defaultPeriod: PeriodPick;
  onSaved: () => void;
  /** Editing only: asks to delete the budget (the dialog closes first). */
  onDelete?: () => void;
  onClose: () => void;
}

function parsePercents(text: string): number[] | null {
  const parts = text.split(/[,，\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isInteger(n) && n > 0 && n <= 1000) ? numbers : null;
}

/** Create a budget (scope, period, amount, thresholds, control) or change amount, thresholds and control. */
export function BudgetDialog({ budget, defaultPeriod, onSaved, onDelete, onClose }: BudgetDialogProps) {
  const { t } = useTranslation();
  const creating = budget === null;
  const [scopeType, setScopeType] = useState<BudgetScopeType>(budget?.scopeType ?? 'department');
  const [scopeId, setScopeId] = useState(budget?.scopeId ?? '');
  const [employee, setEmployee] = useState<PickedEmployee | null>(null);
  const [period, setPeriod] = useState<PeriodPick>(defaultPeriod);
  // Editing shows the budget's own amount; adjustments come on top of it and are not edited here.
  const [amount, setAmount] = useState<number | null>(budget?.originalAmountFen ?? null);
  // Once anything is booked against a budget its amount changes only by an adjustment.
  const amountLocked = budget !== null && (budget.occupiedFen !== 0 || budget.spentFen !== 0 || budget.adjustedFen !== 0);
  const [owner, setOwner] = useState<PickedEmployee | null>(
    budget?.ownerEmployeeId && budget.ownerName ? { id: budget.ownerEmployeeId, name: budget.ownerName } : null,
  );
  const [warnText, setWarnText] = useState((budget?.warnAtPercent ?? [80, 100]).join(', '));
  const [control, setControl] = useState<BudgetControl>(budget?.control ?? 'warn');
  const [problems, setProblems] = useState<Partial<Record<BudgetField, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const departments = useLoad(() => (creating ? orgApi.departments() : Promise.resolve([])), 'departments');
  const projects = useLoad(() => (creating ? orgApi.projects().catch(() => []) : Promise.resolve([])), 'projects');
  const costCentres = useLoad(() => (creating ? orgApi.costCentres().catch(() => []) : Promise.resolve([])), 'cost-centres');
  const nodes = useMemo(() => flattenTree(buildDepartmentTree(departments.data ?? [])), [departments.data]);

  const submit = async () => {
    const warnAtPercent = parsePercents(warnText);
    const chosenScope = scopeType === 'employee' ? (employee?.id ?? '') : scopeId;
    const next: Partial<Record<BudgetField, string>> = {};
    if (creating && !chosenScope) next.scopeId = t('common.required');
    if (amount === null || amount <= 0) next.amountFen = t('budgets.amountRequired');
    if (warnAtPercent === null) next.warnAtPercent = t('budgets.warnInvalid');
    setProblems(next);
    if (Object.keys(next).length > 0 || amount === null || warnAtPercent === null) return;
    setBusy(true);
    setError(null);
    setOther([]);
    try {
      if (budget)
        await budgetApi.update(budget.id, {
          ...(amount !== budget.originalAmountFen ? { amountFen: amount } : {}),
          warnAtPercent,
          control,
          ownerEmployeeId: owner?.id ?? null,
        });
      else
        await budgetApi.create({
          scopeType,
          scopeId: chosenScope,
          periodType: period.type,
          periodStart: periodStart(period),
          amountFen: amount,
          warnAtPercent,
          control,
        });
      onSaved();
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
      title={
        creating
          ? t('budgets.createTitle')
          : t('budgets.editTitle', { name: budget.scopeName, period: periodText(budget.periodLabel, budget.periodLabelEn) })
      }
      onClose={onClose}
      testId="budget-dialog"
      footer={
        <>
          {onDelete ? (
            <button
              type="button"
              className="btn btn-danger-ghost dialog-footer-start"
              data-testid="budget-delete"
              onClick={() => {
                onClose();
                onDelete();
              }}
            >
              {t('common.delete')}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} data-testid="budget-save" onClick={() => void submit()}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} testId="budget-error" />
      {other.length > 0 ? <p className="field-error">{clauseJoin(other)}</p> : null}
      {creating ? (
        <>
          <Field label={t('budgets.scopeType')} htmlFor="budget-scope-type" error={problems.scopeType}>
            <select
              id="budget-scope-type"
              data-testid="budget-scope-type"
              value={scopeType}
              onChange={(e) => {
                setScopeType(e.target.value as BudgetScopeType);
                setScopeId('');
              }}
            >
              <option value="department">{t('budgets.scopeTypes.department')}</option>
              <option value="project">{t('budgets.scopeTypes.project')}</option>
              <option value="cost_centre">{t('budgets.scopeTypes.cost_centre')}</option>
              <option value="employee">{t('budgets.scopeTypes.employee')}</option>
            </select>
          </Field>
          <Field label={t('budgets.scope')} htmlFor="budget-scope" required error={problems.scopeId}>
            {scopeType === 'department' ? (
              <DepartmentSelect
                id="budget-scope"
                testId="budget-scope"
                value={scopeId}
                onChange={setScopeId}
                nodes={nodes}
                emptyLabel={t('common.selectPlaceholder')}
                invalid={Boolean(problems.scopeId)}
              />
            ) : scopeType === 'project' || scopeType === 'cost_centre' ? (
              <select
                id="budget-scope"
                data-testid="budget-scope"
                value={scopeId}
                aria-invalid={Boolean(problems.scopeId) || undefined}
                onChange={(e) => setScopeId(e.target.value)}
              >
                <option value="">{t('common.selectPlaceholder')}</option>
                {((scopeType === 'project' ? projects.data : costCentres.data) ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.code})
                  </option>
                ))}
              </select>
            ) : (
              <EmployeePicker testId="budget-scope-employee" value={employee} onChange={setEmployee} invalid={Boolean(problems.scopeId)} />
            )}
          </Field>
          <Field group label={t('budgets.period')} error={problems.periodStart ?? problems.periodType}>
            <PeriodPicker testId="budget-dialog-period" value={period} onChange={setPeriod} />
          </Field>
        </>
      ) : null}
      <Field label={t('budgets.amountYuan')} htmlFor="budget-amount" required error={problems.amountFen}>
        <MoneyInput
          id="budget-amount"
          testId="budget-amount"
          value={amount}
          onChange={setAmount}
          invalid={Boolean(problems.amountFen)}
          disabled={amountLocked}
        />
      </Field>
      {amountLocked ? <p className="muted small">{t('budgetLedger.amountLocked')}</p> : null}
      <Field label={t('budgets.warnAt')} htmlFor="budget-warn" hint={t('budgets.warnHint')} error={problems.warnAtPercent}>
        <input
          id="budget-warn"
          data-testid="budget-warn"
          value={warnText}
          onChange={(e) => setWarnText(e.target.value)}
          aria-invalid={Boolean(problems.warnAtPercent) || undefined}
        />
      </Field>
      {budget ? (
        <Field
          label={t('budgetLedger.owner')}
          hint={
            owner === null && budget.ownerName
              ? `${t('budgetLedger.ownerHint')} ${t('budgetLedger.ownerDefault', { name: budget.ownerName })}`
              : t('budgetLedger.ownerHint')
          }
          error={problems.ownerEmployeeId}
        >
          <EmployeePicker testId="budget-owner" value={owner} onChange={setOwner} invalid={Boolean(problems.ownerEmployeeId)} />
        </Field>
      ) : null}
      <Field label={t('budgets.control')} htmlFor="budget-control" hint={t(`budgets.controlHints.${control}`)} error={problems.control}>
        <select
          id="budget-control"
          data-testid="budget-control"
          value={control}
          onChange={(e) => setControl(e.target.value as BudgetControl)}
        >
          {CONTROLS.map((c) => (
            <option key={c} value={c}>
              {t(`budgets.controls.${c}`)}
            </option>
          ))}
        </select>
      </Field>
    </Dialog>
  );
}
