import { useTranslation } from 'react-i18next';
import type { FlowCondition, Project } from '../../api/types';
import { APPROVAL_CATEGORIES } from '../../api/values';
import type { FieldError } from '../../api/errors';
import { MoneyInput } from '../../components/MoneyInput';
import type { DepartmentNode } from '../departments/tree';
import { CONDITION_KINDS, defaultCondition } from './flowModel';
import { clauseJoin } from '../../lib/lists';

interface ConditionsEditorProps {
  conditions: FlowCondition[];
  errors: Map<number, FieldError[]>;
  departments: DepartmentNode[];
  projects: Project[];
  onChange: (conditions: FlowCondition[]) => void;
}

function ConditionParams({
  c,
  set,
  departments,
  projects,
  index,
}: {
  c: FlowCondition;
  set: (c: FlowCondition) => void;
  departments: DepartmentNode[];
  projects: Project[];
  index: number;
}) {
  const { t } = useTranslation();
  const testId = `condition-${index}`;
  switch (c.kind) {
    case 'amount_at_least':
    case 'amount_at_most':
      return (
        <MoneyInput
          testId={`${testId}-fen`}
          ariaLabel={t(`flows.condition.${c.kind}`)}
          value={c.fen}
          onChange={(fen) => set({ ...c, fen: fen ?? Number.NaN })}
        />
      );
    case 'amount_between':
      return (
        <div className="band-levels">
          <MoneyInput
            testId={`${testId}-min`}
            ariaLabel={t('flows.editor.amountMin')}
            value={c.minFen}
            onChange={(fen) => set({ ...c, minFen: fen ?? Number.NaN })}
          />
          <span>–</span>
          <MoneyInput
            testId={`${testId}-max`}
            ariaLabel={t('flows.editor.amountMax')}
            value={c.maxFen}
            onChange={(fen) => set({ ...c, maxFen: fen ?? Number.NaN })}
          />
        </div>
      );
    case 'category_in':
      return (
        <div className="inline-checks">
          {APPROVAL_CATEGORIES.map((cat) => (
            <label key={cat} className="checkbox">
              <input
                type="checkbox"
                checked={c.categories.includes(cat)}
                onChange={(e) =>
                  set({ ...c, categories: e.target.checked ? [...c.categories, cat] : c.categories.filter((x) => x !== cat) })
                }
              />
              <span>{t(`flows.category.${cat}`)}</span>
            </label>
          ))}
        </div>
      );
    case 'department_in':
      return (
        <select
          multiple
          className="multi-select"
          aria-label={t(`flows.condition.${c.kind}`)}
          data-testid={`${testId}-departments`}
          value={c.departmentIds}
          onChange={(e) => set({ ...c, departmentIds: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {departments.map((n) => (
            <option key={n.department.id} value={n.department.id}>
              {`${'\u00a0\u00a0'.repeat(n.depth)}${n.department.name}`}
            </option>
          ))}
        </select>
      );
    case 'project_in':
      return (
        <select
          multiple
          className="multi-select"
          aria-label={t(`flows.condition.${c.kind}`)}
          data-testid={`${testId}-projects`}
          value={c.projectIds}
          onChange={(e) => set({ ...c, projectIds: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      );
    case 'out_of_policy':
    case 'has_project':
    case 'within_approved_request':
      return (
        <>
          <select
            aria-label={t(`flows.condition.${c.kind}`)}
            data-testid={`${testId}-is`}
            value={c.is ? 'yes' : 'no'}
            onChange={(e) => set({ ...c, is: e.target.value === 'yes' })}
          >
            <option value="yes">{t('flows.yes')}</option>
            <option value="no">{t('flows.no')}</option>
          </select>
          {c.kind === 'within_approved_request' ? (
            <p className="field-hint" data-testid={`${testId}-hint`}>
              {t('flows.editor.withinRequestHint')}
            </p>
          ) : null}
        </>
      );
  }
}

/** When the flow applies: every condition must hold; none makes it a catch-all. */
export function ConditionsEditor({ conditions, errors, departments, projects, onChange }: ConditionsEditorProps) {
  const { t } = useTranslation();
  return (
    <div className="conditions" data-testid="flow-conditions">
      {conditions.length === 0 ? <p className="muted">{t('flows.editor.catchAll')}</p> : null}
      {conditions.map((c, i) => {
        const message = clauseJoin((errors.get(i) ?? []).map((e) => e.message));
        return (
          <div key={i} className="condition-row" data-testid="flow-condition">
            <select
              aria-label={t('flows.editor.conditionKind')}
              data-testid={`condition-${i}-kind`}
              value={c.kind}
              onChange={(e) => {
                const kind = CONDITION_KINDS.find((k) => k === e.target.value);
                if (kind) onChange(conditions.map((x, j) => (j === i ? defaultCondition(kind) : x)));
              }}
            >
              {CONDITION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`flows.condition.${k}`)}
                </option>
              ))}
            </select>
            <div className="condition-params">
              <ConditionParams
                c={c}
                index={i}
                departments={departments}
                projects={projects}
                set={(next) => onChange(conditions.map((x, j) => (j === i ? next : x)))}
              />
            </div>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange(conditions.filter((_, j) => j !== i))}>
              {t('common.delete')}
            </button>
            {message ? (
              <p className="field-error condition-error" data-testid={`condition-${i}-error`}>
                {message}
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        type="button"
        className="btn btn-small"
        data-testid="condition-add"
        onClick={() => onChange([...conditions, defaultCondition('amount_at_least')])}
      >
        {t('flows.editor.addCondition')}
      </button>
    </div>
  );
}
