import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../../api/errors';
import { orgApi } from '../../api/org';
import type { Employee } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { useSession } from '../../session/SessionContext';
import { EmployeeForm, type EmployeeFormOptions } from './EmployeeForm';
import {
  EMPLOYEE_FIELDS,
  EMPTY_EMPLOYEE,
  createBody,
  missingRequired,
  patchBody,
  valuesFromEmployee,
  type EmployeeField,
  type EmployeeFormValues,
} from './employeeFormModel';

interface EditorProps {
  employee: Employee | null;
  options: EmployeeFormOptions;
}

interface EditorLocationState {
  created?: string;
}

/** Holds the form state and saves with POST (new) or PATCH (changed fields only). */
export function EmployeeEditor({ employee, options }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { hasPermission } = useSession();
  const readOnly = !hasPermission('org.write');
  const [record, setRecord] = useState<Employee | null>(employee);
  const initial = record ? valuesFromEmployee(record) : EMPTY_EMPLOYEE;
  const [values, setValues] = useState<EmployeeFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<EmployeeField, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(() => {
    const created = (location.state as EditorLocationState | null)?.created;
    return created ? t('employeeForm.created', { name: created }) : null;
  });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setError(null);
    setOtherErrors([]);
    const missing = missingRequired(values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t('common.required')])));
      setOtherErrors([t('employeeForm.fixErrors')]);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (!record) {
        const created = await orgApi.createEmployee(createBody(values));
        void navigate(`/org/employees/${encodeURIComponent(created.id)}`, {
          replace: true,
          state: { created: created.name } satisfies EditorLocationState,
        });
        return;
      }
      const body = patchBody(initial, values);
      if (Object.keys(body).length === 0) {
        setNotice(t('employeeForm.noChanges'));
      } else {
        const saved = await orgApi.updateEmployee(record.id, body);
        setRecord(saved);
        setValues(valuesFromEmployee(saved));
        setNotice(t('employeeForm.saved'));
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VALIDATION_FAILED') {
        const mapped = mapFieldErrors(fieldErrorsOf(err), EMPLOYEE_FIELDS);
        setErrors(mapped.byField);
        setOtherErrors([t('employeeForm.fixErrors'), ...mapped.other]);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const title = record ? t('employeeForm.titleEdit', { name: record.name }) : t('employeeForm.titleNew');

  return (
    <section data-testid="page-employee-form">
      <PageHeader
        title={title}
        actions={
          <Link className="btn" to="/org/employees" data-testid="emp-back">
            {t('common.back')}
          </Link>
        }
      />
      <form className="card form-card" onSubmit={(e) => void submit(e)} noValidate data-testid="employee-form">
        {notice ? (
          <Notice kind="success" testId="emp-notice">
            {notice}
          </Notice>
        ) : null}
        {readOnly ? <Notice kind="info">{t('employeeForm.readOnly')}</Notice> : null}
        {otherErrors.length > 0 ? (
          <Notice kind="error" testId="form-error">
            <ul className="plain-list">
              {otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <ErrorNotice error={error} testId="emp-error" />
        {record ? <p className="muted small">{t('employeeForm.maskedHint')}</p> : null}
        <EmployeeForm
          values={values}
          errors={errors}
          options={options}
          selfId={record?.id}
          readOnly={readOnly}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        />
        {!readOnly ? (
          <div className="form-actions">
            <span className="spacer" />
            <Link className="btn" to="/org/employees" data-testid="emp-cancel">
              {t('common.cancel')}
            </Link>
            <button type="submit" className="btn btn-primary" data-testid="emp-save" disabled={busy}>
              {busy ? t('common.saving') : t('common.save')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
