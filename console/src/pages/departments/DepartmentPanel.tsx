import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors';
import { orgApi } from '../../api/org';
import type { Department } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { flattenTree, subtreeIds, type DepartmentNode } from './tree';

const FIELDS = ['code', 'name', 'parentId'] as const;
type DeptField = (typeof FIELDS)[number];

interface DepartmentPanelProps {
  /** null = create a new department. */
  department: Department | null;
  /** Parent to preselect when creating. */
  defaultParentId?: string | null;
  roots: DepartmentNode[];
  canWrite: boolean;
  onSaved: (department: Department, created: boolean) => void;
  onDeleted: (department: Department) => void;
  onCancel: () => void;
}

/** Side panel to create, rename, move or delete a department. */
export function DepartmentPanel({ department, defaultParentId, roots, canWrite, onSaved, onDeleted, onCancel }: DepartmentPanelProps) {
  const { t } = useTranslation();
  const isNew = department === null;
  const [code, setCode] = useState(department?.code ?? '');
  const [name, setName] = useState(department?.name ?? '');
  const [parentId, setParentId] = useState(department ? (department.parentId ?? '') : (defaultParentId ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Partial<Record<DeptField, string>>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);

  const options = flattenTree(roots);
  const excluded = department ? subtreeIds(roots, department.id) : undefined;
  const readOnly = !canWrite;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      let saved: Department;
      if (isNew) {
        saved = await orgApi.createDepartment({ code: code.trim(), name: name.trim(), ...(parentId ? { parentId } : {}) });
      } else {
        const changes: { code?: string; name?: string; parentId?: string | null } = {};
        if (code.trim() !== department.code) changes.code = code.trim();
        if (name.trim() !== department.name) changes.name = name.trim();
        if ((parentId || null) !== department.parentId) changes.parentId = parentId || null;
        saved = Object.keys(changes).length > 0 ? await orgApi.updateDepartment(department.id, changes) : department;
      }
      onSaved(saved, isNew);
    } catch (err) {
      setErrors(mapFieldErrors(fieldErrorsOf(err), FIELDS).byField);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card side-panel" onSubmit={(e) => void submit(e)} data-testid="dept-panel" noValidate>
      <h2 className="panel-title">{isNew ? t('departments.createTitle') : t('departments.editTitle')}</h2>
      {readOnly ? <Notice kind="info">{t('departments.readOnly')}</Notice> : null}
      <ErrorNotice error={error} testId="dept-error" />
      <Field label={t('departments.name')} htmlFor="dept-name" required error={errors.name} errorTestId="field-error-name">
        <input
          id="dept-name"
          data-testid="dept-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          disabled={readOnly}
          maxLength={100}
        />
      </Field>
      <Field label={t('departments.code')} htmlFor="dept-code" required error={errors.code} errorTestId="field-error-code">
        <input
          id="dept-code"
          data-testid="dept-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          disabled={readOnly}
          maxLength={50}
        />
      </Field>
      <Field label={t('departments.parent')} htmlFor="dept-parent" error={errors.parentId} errorTestId="field-error-parentId">
        <DepartmentSelect
          id="dept-parent"
          testId="dept-parent"
          value={parentId}
          onChange={setParentId}
          nodes={options}
          emptyLabel={t('departments.root')}
          exclude={excluded}
          disabled={readOnly}
        />
      </Field>
      {department ? <p className="muted">{t('departments.employeeCount', { count: department.employeeCount })}</p> : null}
      {canWrite ? (
        <div className="form-actions">
          {department ? (
            <button type="button" className="btn btn-danger-ghost" data-testid="dept-delete" onClick={() => setConfirmDelete(true)}>
              {t('common.delete')}
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" className="btn" data-testid="dept-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dept-save" disabled={busy || !code.trim() || !name.trim()}>
            {busy ? t('common.saving') : isNew ? t('common.create') : t('common.save')}
          </button>
        </div>
      ) : null}
      {confirmDelete && department ? (
        <ConfirmDialog
          title={t('common.delete')}
          message={t('departments.deleteConfirm', { name: department.name })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={async () => {
            await orgApi.deleteDepartment(department.id);
            onDeleted(department);
          }}
          onClose={() => setConfirmDelete(false)}
        />
      ) : null}
    </form>
  );
}
