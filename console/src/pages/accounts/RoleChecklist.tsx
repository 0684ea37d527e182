import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../lib/roles';

/** Checkboxes for choosing several roles. */
export function RoleChecklist<R extends string>({
  roles,
  value,
  onChange,
  testId,
}: {
  roles: readonly R[];
  value: readonly R[];
  onChange: (next: R[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const toggle = (role: R) => onChange(value.includes(role) ? value.filter((r) => r !== role) : [...value, role]);
  return (
    <div className="checkbox-list" data-testid={testId}>
      {roles.map((role) => (
        <label key={role} className="checkbox">
          <input type="checkbox" data-testid={`${testId}-${role}`} checked={value.includes(role)} onChange={() => toggle(role)} />
          <span>
            {roleLabel(t, role)} <code>{role}</code>
          </span>
        </label>
      ))}
    </div>
  );
}
