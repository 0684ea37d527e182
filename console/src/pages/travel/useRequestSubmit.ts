import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { announceApprovalsChanged } from '../../api/approval';
import type { BudgetCheck } from '../../api/types';
import { ApiError } from '../../api/client';
import { budgetCheckOf, fieldErrorsOf } from '../../api/errors';
import { travelApi } from '../../api/travel';
import { normalisePath } from '../../lib/paths';
import { toWrite, type RequestField, type RequestFormValues } from './requestFormModel';

const FIELD_OF: Record<string, RequestField> = {
  purpose: 'purpose',
  travellerIds: 'travellers',
  travellers: 'travellers',
  itinerary: 'itinerary',
  estimate: 'estimate',
  projectId: 'projectId',
  costCentreId: 'costCentreId',
  costBearer: 'costBearer',
};

export interface SubmitState {
  busy: boolean;
  error: unknown;
  fieldErrors: Partial<Record<RequestField, string>>;
  otherErrors: string[];
  /** 422 REASON_REQUIRED: the check to show while asking for the over-budget reason. */
  reasonCheck: BudgetCheck | null;
  /** 422 BUDGET_EXCEEDED: why the request is refused. */
  refusedCheck: BudgetCheck | null;
  savedId: string | null;
  savedDraft: boolean;
}

/**
 * Saves the form as a draft (POST, or PATCH once it exists) and submits it; on REASON_REQUIRED
 * the caller asks for a reason and calls submit again with it.
 */
export function useRequestSubmit(initialId: string | null) {
  const navigate = useNavigate();
  const [state, setState] = useState<SubmitState>({
    busy: false,
    error: null,
    fieldErrors: {},
    otherErrors: [],
    reasonCheck: null,
    refusedCheck: null,
    savedId: initialId,
    savedDraft: false,
  });

  // What was last written, so submitting again (e.g. with a reason) does not re-save unchanged values.
  const lastSaved = useRef<string | null>(null);

  const save = async (values: RequestFormValues): Promise<string> => {
    const body = toWrite(values);
    const written = JSON.stringify(body);
    if (state.savedId) {
      if (written === lastSaved.current) return state.savedId;
      // a PATCH keeps what it is not sent: clear the project and cost centre explicitly
      await travelApi.update(state.savedId, { ...body, projectId: values.projectId || null, costCentreId: values.costCentreId || null });
      lastSaved.current = written;
      return state.savedId;
    }
    const created = await travelApi.create(body);
    lastSaved.current = written;
    setState((s) => ({ ...s, savedId: created.id }));
    return created.id;
  };

  const fail = (err: unknown) => {
    const fieldErrors: Partial<Record<RequestField, string>> = {};
    const otherErrors: string[] = [];
    for (const e of fieldErrorsOf(err)) {
      const path = normalisePath(e.path);
      const field = FIELD_OF[path.split('.')[0] ?? ''];
      if (field) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}；${e.message}` : e.message;
      else otherErrors.push(`${path}: ${e.message}`);
    }
    const code = err instanceof ApiError ? err.code : '';
    setState((s) => ({
      ...s,
      busy: false,
      error: code === 'REASON_REQUIRED' || code === 'BUDGET_EXCEEDED' ? null : err,
      fieldErrors,
      otherErrors,
      reasonCheck: code === 'REASON_REQUIRED' ? (budgetCheckOf(err) ?? { outcome: 'warn', lines: [] }) : null,
      refusedCheck: code === 'BUDGET_EXCEEDED' ? (budgetCheckOf(err) ?? { outcome: 'forbid', lines: [] }) : null,
    }));
  };

  const begin = () =>
    setState((s) => ({ ...s, busy: true, error: null, fieldErrors: {}, otherErrors: [], refusedCheck: null, savedDraft: false }));

  const submit = async (values: RequestFormValues, overBudgetReason?: string, approverChoices?: Record<string, string>) => {
    begin();
    try {
      const id = await save(values);
      await travelApi.submit(id, overBudgetReason, approverChoices);
      announceApprovalsChanged();
      void navigate(`/travel/requests/${encodeURIComponent(id)}`, { state: { submitted: true } });
    } catch (err) {
      fail(err);
    }
  };

  const saveDraft = async (values: RequestFormValues) => {
    begin();
    try {
      await save(values);
      setState((s) => ({ ...s, busy: false, savedDraft: true }));
    } catch (err) {
      fail(err);
    }
  };

  const dismissReason = () => setState((s) => ({ ...s, reasonCheck: null }));

  return { state, submit, saveDraft, dismissReason };
}
