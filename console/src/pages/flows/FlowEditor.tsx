import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { approvalApi } from '../../api/approval';
import type { Flow, FlowDefinition, Project, StageDefinition } from '../../api/types';
import type { FieldError } from '../../api/errors';
import { fieldErrorsOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { errorsByIndex, messagesAt, normalisePath } from '../../lib/paths';
import type { DepartmentNode } from '../departments/tree';
import { NumberInput } from '../policy/forms/inputs';
import { CcEditor } from './CcEditor';
import { ConditionsEditor } from './ConditionsEditor';
import { localFlowErrors, newStage } from './flowModel';
import { StageCard } from './StageCard';

interface FlowEditorProps {
  flow: Flow | null;
  departments: DepartmentNode[];
  projects: Project[];
}

/** The structured flow editor: name, priority, conditions, stages; server errors at their fields. */
export function FlowEditor({ flow, departments, projects }: FlowEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(flow?.name ?? '');
  const [priority, setPriority] = useState<number | undefined>(flow?.priority ?? 100);
  const [active, setActive] = useState(flow?.active ?? true);
  const [def, setDef] = useState<FlowDefinition>(
    () =>
      flow?.definition ?? {
        id: `flow-${Date.now().toString(36)}`,
        name: '',
        priority: 100,
        conditions: [],
        stages: [newStage([], t('flows.editor.defaultStage'))],
      },
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const stageErrors = errorsByIndex(errors, 'stages');
  const conditionErrors = errorsByIndex(stageErrors.other, 'conditions');
  const topErrors = conditionErrors.other.map((e) => ({ path: normalisePath(e.path).replace(/^definition\./, ''), message: e.message }));
  const setStages = (stages: StageDefinition[]) => setDef((d) => ({ ...d, stages }));

  const save = async () => {
    const local = localFlowErrors(t, name, def);
    if (local.length > 0) {
      setErrors(local);
      setError(null);
      setSaved(false);
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    const body = {
      name: name.trim(),
      priority: priority ?? Number.NaN,
      active,
      definition: { ...def, name: name.trim(), priority: priority ?? Number.NaN },
    };
    try {
      const result = flow ? await approvalApi.updateFlow(flow.id, body) : await approvalApi.createFlow(body);
      setErrors([]);
      setSaved(true);
      if (!flow) void navigate(`/approvals/flows/${encodeURIComponent(result.id)}`, { replace: true });
    } catch (err) {
      setErrors(fieldErrorsOf(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="page-flow">
      <PageHeader
        title={flow ? flow.name : t('flows.new')}
        subtitle={t('flows.editor.subtitle')}
        actions={
          <Link className="btn" to="/approvals/flows">
            {t('flows.editor.backToList')}
          </Link>
        }
      />
      <ErrorNotice error={error} testId="flow-error" />
      {!error && errors.length > 0 ? (
        <Notice kind="error" testId="flow-error">
          {t('flows.editor.fixErrors')}
        </Notice>
      ) : null}
      {saved ? (
        <Notice kind="success" testId="flow-saved">
          {t('flows.editor.saved')}
        </Notice>
      ) : null}
      {topErrors.filter((e) => !['name', 'priority'].includes(e.path)).length > 0 ? (
        <Notice kind="error" testId="flow-other-errors">
          <ul className="plain-list">
            {topErrors
              .filter((e) => !['name', 'priority'].includes(e.path))
              .map((e) => (
                <li key={e.path + e.message}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
              ))}
          </ul>
        </Notice>
      ) : null}
      <div className="card form-card">
        <div className="form-grid">
          <Field label={t('flows.editor.name')} htmlFor="flow-name" required error={messagesAt(topErrors, 'name')}>
            <input id="flow-name" data-testid="flow-name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('flows.editor.priority')} hint={t('flows.editor.priorityHint')} error={messagesAt(topErrors, 'priority')}>
            <NumberInput testId="flow-priority" value={priority} onChange={setPriority} />
          </Field>
          <Field group label={t('flows.editor.active')}>
            <label className="checkbox">
              <input type="checkbox" data-testid="flow-active" checked={active} onChange={(e) => setActive(e.target.checked)} />
              <span>{t('flows.editor.activeHint')}</span>
            </label>
          </Field>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="flow-skip-repeated"
            checked={def.skipRepeatedApprover === true}
            onChange={(e) => setDef((d) => ({ ...d, skipRepeatedApprover: e.target.checked }))}
          />
          <span>{t('flows.editor.skipRepeated')}</span>
        </label>
        <Field group label={t('approvalOrg.cc.title')} error={messagesAt(topErrors, 'cc')}>
          <CcEditor
            testId="flow-cc"
            hint={t('approvalOrg.cc.flowHint')}
            value={def.cc}
            onChange={(cc) =>
              setDef((d) => {
                const { cc: _old, ...rest } = d;
                return cc === undefined ? rest : { ...rest, cc };
              })
            }
          />
        </Field>
      </div>
      <h2 className="section-title">{t('flows.editor.conditions')}</h2>
      <div className="card form-card">
        <ConditionsEditor
          conditions={def.conditions}
          errors={conditionErrors.byIndex}
          departments={departments}
          projects={projects}
          onChange={(conditions) => setDef((d) => ({ ...d, conditions }))}
        />
      </div>
      <h2 className="section-title">{t('flows.editor.stages')}</h2>
      <ol className="stage-list">
        {def.stages.map((stage, i) => (
          <StageCard
            key={stage.id}
            stage={stage}
            index={i}
            count={def.stages.length}
            errors={stageErrors.byIndex.get(i) ?? []}
            onChange={(next) => setStages(def.stages.map((s, j) => (j === i ? next : s)))}
            onRemove={() => setStages(def.stages.filter((_, j) => j !== i))}
            onMove={(delta) => {
              const next = [...def.stages];
              const [moved] = next.splice(i, 1);
              if (moved) next.splice(i + delta, 0, moved);
              setStages(next);
            }}
          />
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        data-testid="stage-add"
        onClick={() => setStages([...def.stages, newStage(def.stages, t('flows.editor.stageN', { n: def.stages.length + 1 }))])}
      >
        {t('flows.editor.addStage')}
      </button>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} data-testid="flow-save" onClick={() => void save()}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        {flow ? (
          <button type="button" className="btn btn-danger-ghost" data-testid="flow-delete" onClick={() => setDeleting(true)}>
            {t('common.delete')}
          </button>
        ) : null}
      </div>
      {deleting && flow ? (
        <ConfirmDialog
          title={t('flows.editor.deleteTitle')}
          message={t('flows.editor.deleteConfirm', { name: flow.name })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={async () => {
            await approvalApi.deleteFlow(flow.id);
            void navigate('/approvals/flows');
          }}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </section>
  );
}
