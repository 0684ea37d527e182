import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, PreviewTraveller, Rank } from '../../../api/types';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { EmployeePicker } from '../../../components/EmployeePicker';
import { buildDepartmentTree, flattenTree } from '../../departments/tree';

export interface SampleTraveller {
  key: string;
  label: string;
  body: PreviewTraveller;
}

interface PreviewTravellersProps {
  value: SampleTraveller[];
  ranks: Rank[];
  departments: Department[];
  onChange: (value: SampleTraveller[]) => void;
}

let counter = 0;
const nextKey = () => {
  counter += 1;
  return `t${counter}`;
};

/** Sample travellers: real employees (search) or a rank in a department. */
export function PreviewTravellers({ value, ranks, departments, onChange }: PreviewTravellersProps) {
  const { t } = useTranslation();
  const [rank, setRank] = useState('');
  const [department, setDepartment] = useState('');
  const nodes = useMemo(() => flattenTree(buildDepartmentTree(departments)), [departments]);
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  const rankName = (code: string) => ranks.find((r) => r.code === code)?.name ?? code;
  return (
    <div className="preview-travellers" data-testid="preview-travellers">
      <ul className="chip-list">
        {value.map((s) => (
          <li key={s.key} className="chip" data-testid="preview-traveller">
            <span>{s.label}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('common.delete')}
              onClick={() => onChange(value.filter((x) => x.key !== s.key))}
            >
              ×
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="muted small">{t('policy.preview.noTravellers')}</li> : null}
      </ul>
      <div className="preview-add-row">
        <div className="grow">
          <EmployeePicker
            testId="preview-employee"
            value={null}
            excludeIds={value.flatMap((s) => ('employeeId' in s.body ? [s.body.employeeId] : []))}
            placeholder={t('policy.preview.addEmployee')}
            ariaLabel={t('policy.preview.addEmployee')}
            onChange={(e) => {
              if (e)
                onChange([
                  ...value,
                  { key: nextKey(), label: `${e.name}${e.departmentName ? ` · ${e.departmentName}` : ''}`, body: { employeeId: e.id } },
                ]);
            }}
          />
        </div>
        <span className="muted small">{t('policy.preview.or')}</span>
        <select data-testid="preview-rank" aria-label={t('policy.preview.rank')} value={rank} onChange={(e) => setRank(e.target.value)}>
          <option value="">{t('policy.preview.rank')}</option>
          {ranks.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} (L{r.level})
            </option>
          ))}
        </select>
        <DepartmentSelect
          testId="preview-department"
          ariaLabel={t('policy.preview.department')}
          value={department}
          onChange={setDepartment}
          nodes={nodes}
          emptyLabel={t('policy.preview.department')}
        />
        <button
          type="button"
          className="btn btn-small"
          data-testid="preview-add-rank"
          disabled={!rank || !department}
          onClick={() => {
            onChange([
              ...value,
              {
                key: nextKey(),
                label: `${rankName(rank)} · ${departmentName(department)}`,
                body: { rankCode: rank, departmentId: department },
              },
            ]);
            setRank('');
          }}
        >
          {t('policy.preview.addRank')}
        </button>
      </div>
    </div>
  );
}
