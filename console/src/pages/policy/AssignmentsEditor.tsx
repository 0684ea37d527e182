import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors';
import { policyApi } from '../../api/policy';
import type { AssignmentWrite, Department, PolicyAssignment, PolicyDetail, Rank } from '../../api/types';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { errorsByIndex } from '../../lib/paths';
import { buildDepartmentTree, flattenTree } from '../departments/tree';
import { NumberInput } from './forms/inputs';
import { clauseJoin } from '../../lib/lists';

interface Row {
  key: number;
  departmentId: string;
  rankCodes: string[];
  minRankLevel: number | undefined;
  maxRankLevel: number | undefined;
  priority: number | undefined;
}

let rowKey = 0;
function toRow(a: PolicyAssignment): Row {
  rowKey += 1;
  return {
    key: rowKey,
    departmentId: a.departmentId ?? '',
    rankCodes: a.rankCodes,
    minRankLevel: a.minRankLevel ?? undefined,
    maxRankLevel: a.maxRankLevel ?? undefined,
    priority: a.priority,
  };
}

/** The write body of a row: only what is set. */
export function assignmentWrite(row: Row): AssignmentWrite {
  return {
    ...(row.departmentId ? { departmentId: row.departmentId } : {}),
    ...(row.rankCodes.length > 0 ? { rankCodes: row.rankCodes } : {}),
    ...(row.minRankLevel !== undefined ? { minRankLevel: row.minRankLevel } : {}),
    ...(row.maxRankLevel !== undefined ? { maxRankLevel: row.maxRankLevel } : {}),
    ...(row.priority !== undefined ? { priority: row.priority } : {}),
  };
}

interface AssignmentsEditorProps {
  policy: PolicyDetail;
  ranks: Rank[];
  departments: Department[];
  readOnly: boolean;
  onSaved: () => void;
}

/** 适用范围: which travellers the policy is for (department and/or ranks or a level range), with a priority. */
export function AssignmentsEditor({ policy, ranks, departments, readOnly, onSaved }: AssignmentsEditorProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => policy.assignments.map(toRow));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const nodes = useMemo(() => flattenTree(buildDepartmentTree(departments)), [departments]);
  const [errors, setErrors] = useState<ReturnType<typeof errorsByIndex>>({ byIndex: new Map(), other: [] });
  const set = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await policyApi.saveAssignments(policy.id, rows.map(assignmentWrite));
      setErrors({ byIndex: new Map(), other: [] });
      setSaved(true);
      onSaved();
    } catch (err) {
      setErrors(errorsByIndex(fieldErrorsOf(err), 'assignments'));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card form-card" data-testid="policy-assignments">
      <p className="muted">{t('policy.assignments.intro')}</p>
      <ErrorNotice error={error} testId="assignments-error" />
      {saved ? <Notice kind="success">{t('policy.assignments.saved')}</Notice> : null}
      <div className="table-wrap">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('policy.assignments.department')}</th>
              <th scope="col">{t('policy.assignments.ranks')}</th>
              <th scope="col">{t('policy.assignments.levels')}</th>
              <th scope="col">{t('policy.assignments.priority')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowErrors = errors.byIndex.get(index) ?? [];
              return (
                <tr key={row.key} data-testid="assignment-row">
                  <td>
                    <DepartmentSelect
                      testId={`assignment-${index}-department`}
                      ariaLabel={t('policy.assignments.department')}
                      value={row.departmentId}
                      onChange={(departmentId) => set(row.key, { departmentId })}
                      nodes={nodes}
                      emptyLabel={t('policy.assignments.wholeCompany')}
                      disabled={readOnly}
                    />
                  </td>
                  <td>
                    <select
                      multiple
                      className="multi-select"
                      aria-label={t('policy.assignments.ranks')}
                      data-testid={`assignment-${index}-ranks`}
                      disabled={readOnly}
                      value={row.rankCodes}
                      onChange={(e) => set(row.key, { rankCodes: [...e.target.selectedOptions].map((o) => o.value) })}
                    >
                      {ranks.map((r) => (
                        <option key={r.code} value={r.code}>
                          {r.name} (L{r.level})
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div className="band-levels">
                      <NumberInput
                        testId={`assignment-${index}-min`}
                        value={row.minRankLevel}
                        min={1}
                        ariaLabel={t('policy.form.minRankLevel')}
                        onChange={(v) => set(row.key, { minRankLevel: v })}
                      />
                      <span>–</span>
                      <NumberInput
                        testId={`assignment-${index}-max`}
                        value={row.maxRankLevel}
                        min={1}
                        ariaLabel={t('policy.form.maxRankLevel')}
                        onChange={(v) => set(row.key, { maxRankLevel: v })}
                      />
                    </div>
                  </td>
                  <td>
                    <NumberInput
                      testId={`assignment-${index}-priority`}
                      value={row.priority}
                      ariaLabel={t('policy.assignments.priority')}
                      onChange={(v) => set(row.key, { priority: v })}
                    />
                  </td>
                  <td>
                    {!readOnly ? (
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                      >
                        {t('common.delete')}
                      </button>
                    ) : null}
                    {rowErrors.length > 0 ? (
                      <p className="field-error">{clauseJoin(rowErrors.map((e) => `${e.path} ${e.message}`))}</p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="empty">{t('policy.assignments.none')}</p> : null}
      </div>
      <p className="field-hint">{t('policy.assignments.hint')}</p>
      {!readOnly ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn"
            data-testid="assignment-add"
            onClick={() => {
              rowKey += 1;
              setRows((rs) => [
                ...rs,
                { key: rowKey, departmentId: '', rankCodes: [], minRankLevel: undefined, maxRankLevel: undefined, priority: 0 },
              ]);
            }}
          >
            {t('policy.assignments.add')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} data-testid="assignment-save" onClick={() => void save()}>
            {t('common.save')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
