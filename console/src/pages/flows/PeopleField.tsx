import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import { EmployeePicker } from '../../components/EmployeePicker';
import { useLoad } from '../../lib/useLoad';

/** Names of employees by id, loaded once per list (ids of people who cannot be read show as the id). */
export function useEmployeeNames(ids: readonly string[]): Map<string, string> {
  const loaded = useLoad(
    () =>
      Promise.all(
        ids.map((id) =>
          orgApi
            .employee(id)
            .then((e) => [id, e.name] as const)
            .catch(() => [id, id] as const),
        ),
      ),
    ids.join(','),
  );
  return new Map(loaded.data ?? []);
}

interface PeopleFieldProps {
  ids: string[];
  onChange: (ids: string[]) => void;
  testId: string;
  label: string;
  invalid?: boolean;
}

/** A list of named employees as chips, with a search to add one more (指定多人, 发起人自选's candidates, 抄送). */
export function PeopleField({ ids, onChange, testId, label, invalid }: PeopleFieldProps) {
  const { t } = useTranslation();
  const names = useEmployeeNames(ids);
  return (
    <div className="travellers" data-testid={testId}>
      <ul className="chip-list">
        {ids.map((id) => {
          const name = names.get(id) ?? '…';
          return (
            <li key={id} className="chip" data-testid={`${testId}-chip`} data-employee-id={id}>
              <span>{name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('approvalOrg.people.remove', { name })}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <EmployeePicker
        testId={`${testId}-picker`}
        value={null}
        invalid={invalid}
        excludeIds={ids}
        ariaLabel={label}
        placeholder={t('approvalOrg.people.add')}
        onChange={(person) => {
          if (person && !ids.includes(person.id)) onChange([...ids, person.id]);
        }}
      />
    </div>
  );
}
