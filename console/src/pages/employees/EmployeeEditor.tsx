import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../../api/errors';
import { orgApi } from '../../api/org';
import type { Employee, EmployeePiiField } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { useSession } from '../../session/SessionContext';
import type { OffboardResult } from '../../api/offboarding';
import { EmployeeForm, type EmployeeFormOptions, type PiiReveal } from './EmployeeForm';
import { OffboardDialog } from './OffboardDialog';
import { OffboardSummary } from './OffboardSummary';
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

const PII_FIELDS: readonly EmployeePiiField[] = ['phone', 'idCardNo', 'passportNo'];

/**
 * Holds the form state and saves with POST (new) or PATCH (changed fields only). An existing
 * employee opens read-only; Edit (with org.write) makes the form editable. Personal numbers come
 * masked: with pii.read each has a Show button that reveals that one field (the server audits it).
 * A revealed value counts as loaded, so it is not sent back; a number typed over a masked one is.
 */
export function EmployeeEditor({ employee, options }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { hasPermission } = useSession();
  const canWrite = hasPermission('org.write');
  const [record, setRecord] = useState<Employee | null>(employee);
  const [editing, setEditing] = useState(employee === null);
  const readOnly = !canWrite || !editing;
  const [revealed, setRevealed] = useState<Partial<Record<EmployeePiiField, string>>>({});
  const [revealing, setRevealing] = useState<EmployeePiiField | null>(null);
  const initial = record ? { ...valuesFromEmployee(record), ...revealed } : EMPTY_EMPLOYEE;
  const [values, setValues] = useState<EmployeeFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<EmployeeField, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(() => {
    const created = (location.state as EditorLocationState | null)?.created;
    return created ? t('employeeForm.created', { name: created }) : null;
  });
  const [busy, setBusy] = useState(false);
  const [offboarding, setOffboarding] = useState(false);
  const [offboarded, setOffboarded] = useState<OffboardResult | null>(null);

  const revealField = async (field: EmployeePiiField) => {
    if (!record) return;
    setError(null);
    setRevealing(field);
    try {
      const { value } = await orgApi.revealEmployeePii(record.id, field);
      const shown = value ?? '';
      // What was on screen is replaced only if untouched; a number typed over the mask stays.
      setValues((v) => (v[field] === initial[field] ? { ...v, [field]: shown } : v));
      setRevealed((r) => ({ ...r, [field]: shown }));
    } catch (err) {
      setError(err);
    } finally {
      setRevealing(null);
    }
  };

  const masked = new Set(PII_FIELDS.filter((field) => !(field in revealed) && (record?.[field] ?? '').includes('*')));
  const reveal: PiiReveal | undefined =
    record && hasPermission('pii.read') && masked.size > 0
      ? { fields: masked, busy: revealing, onReveal: (field) => void revealField(field) }
      : undefined;

  const cancelEdit = () => {
    setValues(initial);
    setErrors({});
    setOtherErrors([]);
    setEditing(false);
  };

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
        setRevealed({});
        setValues(valuesFromEmployee(saved));
        setEditing(false);
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

  const title = !record
    ? t('employeeForm.titleNew')
    : readOnly
      ? t('employeeForm.titleView', { name: record.name })
      : t('employeeForm.titleEdit', { name: record.name });

  return (
    <section data-testid="page-employee-form">
      <PageHeader
        title={title}
        actions={
          <>
            {record && canWrite && !editing ? (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="emp-edit"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('employeeForm.edit')}
              </button>
            ) : null}
            {record && canWrite && !editing && record.status === 'active' ? (
              <button type="button" className="btn btn-danger-ghost" data-testid="emp-offboard" onClick={() => setOffboarding(true)}>
                {t('offboarding.action')}
              </button>
            ) : null}
            <Link className="btn" to="/org/employees" data-testid="emp-back">
              {t('common.back')}
            </Link>
          </>
        }
      />
      {offboarding && record ? (
        <OffboardDialog
          employee={record}
          onClose={() => setOffboarding(false)}
          onDone={(result) => {
            setOffboarding(false);
            setOffboarded(result);
            setRecord(result.employee);
            setRevealed({});
            setValues(valuesFromEmployee(result.employee));
            setNotice(null);
          }}
        />
      ) : null}
      <form className="card form-card" onSubmit={(e) => void submit(e)} noValidate data-testid="employee-form">
        {offboarded ? <OffboardSummary result={offboarded} /> : null}
        {record?.status === 'inactive' && !offboarded ? (
          <Notice kind="info" testId="emp-inactive">
            {t('offboarding.inactiveNote')}
          </Notice>
        ) : null}
        {notice ? (
          <Notice kind="success" testId="emp-notice">
            {notice}
          </Notice>
        ) : null}
        {!canWrite ? <Notice kind="info">{t('employeeForm.readOnly')}</Notice> : null}
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
          reveal={reveal}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        />
        {!readOnly ? (
          <div className="form-actions">
            <span className="spacer" />
            {record ? (
              <button type="button" className="btn" data-testid="emp-cancel" onClick={cancelEdit}>
                {t('common.cancel')}
              </button>
            ) : (
              <Link className="btn" to="/org/employees" data-testid="emp-cancel">
                {t('common.cancel')}
              </Link>
            )}
            <button type="submit" className="btn btn-primary" data-testid="emp-save" disabled={busy}>
              {busy ? t('common.saving') : t('common.save')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
