import { useTranslation } from 'react-i18next';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';

interface TravellersFieldProps {
  value: PickedEmployee[];
  invalid?: boolean;
  onChange: (value: PickedEmployee[]) => void;
}

/** 出行人: chips of the travellers (the requester by default) and a search to add colleagues. */
export function TravellersField({ value, invalid, onChange }: TravellersFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="travellers" data-testid="travellers">
      <ul className="chip-list">
        {value.map((person) => (
          <li key={person.id} className="chip" data-testid="traveller-chip" data-employee-id={person.id}>
            <span>{person.name}</span>
            {person.departmentName ? <span className="muted small">{person.departmentName}</span> : null}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('travel.form.removeTraveller', { name: person.name })}
              data-testid="traveller-remove"
              onClick={() => onChange(value.filter((p) => p.id !== person.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <EmployeePicker
        testId="traveller-picker"
        value={null}
        invalid={invalid}
        excludeIds={value.map((p) => p.id)}
        placeholder={t('travel.form.addTraveller')}
        onChange={(person) => {
          if (person) onChange([...value, person]);
        }}
      />
    </div>
  );
}
