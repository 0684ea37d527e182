import { EmployeePicker } from '../../components/EmployeePicker';

interface ManagerPickerProps {
  id?: string;
  managerId: string;
  managerName: string;
  /** The employee being edited (cannot be their own manager). */
  selfId?: string;
  disabled?: boolean;
  invalid?: boolean;
  onChange: (managerId: string, managerName: string) => void;
}

/** The employee form's 直属上级 field: the shared employee search, without the employee themself. */
export function ManagerPicker({ id, managerId, managerName, selfId, disabled, invalid, onChange }: ManagerPickerProps) {
  return (
    <EmployeePicker
      testId="emp-manager"
      id={id}
      value={managerId ? { id: managerId, name: managerName } : null}
      onChange={(e) => onChange(e?.id ?? '', e?.name ?? '')}
      excludeIds={selfId ? [selfId] : []}
      disabled={disabled}
      invalid={invalid}
    />
  );
}
