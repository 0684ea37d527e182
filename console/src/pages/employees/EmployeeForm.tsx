import { useTranslation } from 'react-i18next';
import type { CostCentre, EmployeePiiField, EmployeeStatus, Project, Rank } from '../../api/types';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { Field } from '../../components/Field';
import type { DepartmentNode } from '../departments/tree';
import type { EmployeeField, EmployeeFormValues } from './employeeFormModel';
import { ManagerPicker } from './ManagerPicker';
import { ProjectPicker } from './ProjectPicker';

export interface EmployeeFormOptions {
  ranks: Rank[];
  departments: DepartmentNode[];
  costCentres: CostCentre[];
  projects: Project[];
}

/** The personal numbers shown masked, each with a Show button that reveals it (audited). */
export interface PiiReveal {
  fields: ReadonlySet<EmployeePiiField>;
  /** The field being revealed, if any. */
  busy: EmployeePiiField | null;
  onReveal: (field: EmployeePiiField) => void;
}

interface EmployeeFormProps {
  values: EmployeeFormValues;
  errors: Partial<Record<EmployeeField, string>>;
  options: EmployeeFormOptions;
  selfId?: string;
  readOnly: boolean;
  reveal?: PiiReveal;
  onChange: (patch: Partial<EmployeeFormValues>) => void;
}

const isPiiField = (field: string): field is EmployeePiiField => field === 'phone' || field === 'idCardNo' || field === 'passportNo';

type TextField = 'employeeNo' | 'name' | 'email' | 'phone' | 'idCardNo' | 'passportNo';

/** The employee form's fields; state and saving live in EmployeeFormPage. */
export function EmployeeForm({ values, errors, options, selfId, readOnly, reveal, onChange }: EmployeeFormProps) {
  const { t } = useTranslation();

  const showButton = (field: TextField, label: string) =>
    reveal && isPiiField(field) && reveal.fields.has(field) ? (
      <button
        type="button"
        className="btn btn-small"
        data-testid={`emp-reveal-${field}`}
        aria-label={t('employeeForm.showField', { field: label })}
        disabled={reveal.busy !== null}
        onClick={() => reveal.onReveal(field)}
      >
        {t('employeeForm.show')}
      </button>
    ) : null;

  const text = (field: TextField, label: string, extra: { required?: boolean; type?: string; autoComplete?: string } = {}) => {
    const input = (
      <input
        id={`emp-${field}`}
        data-testid={`emp-${field}`}
        type={extra.type ?? 'text'}
        autoComplete={extra.autoComplete ?? 'off'}
        value={values[field]}
        disabled={readOnly}
        aria-invalid={errors[field] ? true : undefined}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    );
    const show = showButton(field, label);
    return (
      <Field label={label} htmlFor={`emp-${field}`} required={extra.required} error={errors[field]} errorTestId={`field-error-${field}`}>
        {show ? (
          <div className="input-with-action">
            {input}
            {show}
          </div>
        ) : (
          input
        )}
      </Field>
    );
  };

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('employeeForm.sectionBasic')}</legend>
        <div className="form-grid">
          {text('employeeNo', t('employeeForm.employeeNo'), { required: true })}
          {text('name', t('employeeForm.name'), { required: true })}
          {text('email', t('employeeForm.email'), { type: 'email' })}
          {text('phone', t('employeeForm.phone'), { type: 'tel' })}
          <Field label={t('employeeForm.status')} htmlFor="emp-status" error={errors.status} errorTestId="field-error-status">
            <select
              id="emp-status"
              data-testid="emp-status"
              value={values.status}
              disabled={readOnly}
              onChange={(e) => onChange({ status: e.target.value as EmployeeStatus })}
            >
              <option value="active">{t('employees.statusActive')}</option>
              <option value="inactive">{t('employees.statusInactive')}</option>
            </select>
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('employeeForm.sectionOrg')}</legend>
        <div className="form-grid">
          <Field
            label={t('employeeForm.department')}
            htmlFor="emp-departmentId"
            required
            error={errors.departmentId}
            errorTestId="field-error-departmentId"
          >
            <DepartmentSelect
              id="emp-departmentId"
              testId="emp-departmentId"
              value={values.departmentId}
              onChange={(departmentId) => onChange({ departmentId })}
              nodes={options.departments}
              emptyLabel={t('common.selectPlaceholder')}
              disabled={readOnly}
              invalid={Boolean(errors.departmentId)}
            />
          </Field>
          <Field label={t('employeeForm.rank')} htmlFor="emp-rank" required error={errors.rank} errorTestId="field-error-rank">
            <select
              id="emp-rank"
              data-testid="emp-rank"
              value={values.rank}
              disabled={readOnly}
              aria-invalid={errors.rank ? true : undefined}
              onChange={(e) => onChange({ rank: e.target.value })}
            >
              <option value="">{t('common.selectPlaceholder')}</option>
              {options.ranks.map((rank) => (
                <option key={rank.code} value={rank.code}>
                  {rank.name} ({rank.code})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('employeeForm.manager')} htmlFor="emp-manager" error={errors.managerId} errorTestId="field-error-managerId">
            <ManagerPicker
              id="emp-manager"
              managerId={values.managerId}
              managerName={values.managerName}
              selfId={selfId}
              disabled={readOnly}
              invalid={Boolean(errors.managerId)}
              onChange={(managerId, managerName) => onChange({ managerId, managerName })}
            />
          </Field>
          <Field
            label={t('employeeForm.costCentre')}
            htmlFor="emp-costCentreId"
            error={errors.costCentreId}
            errorTestId="field-error-costCentreId"
          >
            <select
              id="emp-costCentreId"
              data-testid="emp-costCentreId"
              value={values.costCentreId}
              disabled={readOnly}
              onChange={(e) => onChange({ costCentreId: e.target.value })}
            >
              <option value="">{t('common.none')}</option>
              {options.costCentres.map((cc) => (
                <option key={cc.id} value={cc.id}>
                  {cc.name} ({cc.code})
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field group label={t('employeeForm.projects')} error={errors.projectIds} errorTestId="field-error-projectIds">
          <ProjectPicker
            projects={options.projects}
            value={values.projectIds}
            disabled={readOnly}
            onChange={(projectIds) => onChange({ projectIds })}
          />
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('employeeForm.sectionDocuments')}</legend>
        <div className="form-grid">
          {text('idCardNo', t('employeeForm.idCardNo'))}
          {text('passportNo', t('employeeForm.passportNo'))}
        </div>
      </fieldset>
    </>
  );
}
