import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import type { Employee } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';

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

const MAX_OPTIONS = 8;

/** Searchable employee picker backed by GET /org/employees?q=. */
export function ManagerPicker({ id, managerId, managerName, selfId, disabled, invalid, onChange }: ManagerPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Employee[]>([]);
  const [searching, setSearching] = useState(false);
  const term = useDebounced(query.trim(), 300);

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setSearching(true);
    orgApi
      .employees({ q: term || undefined, status: 'active', limit: MAX_OPTIONS + 1 }, controller.signal)
      .then((page) => {
        setOptions(page.items.filter((e) => e.id !== selfId).slice(0, MAX_OPTIONS));
        setSearching(false);
      })
      .catch(() => {
        if (!controller.signal.aborted) {
          setOptions([]);
          setSearching(false);
        }
      });
    return () => controller.abort();
  }, [term, open, selfId]);

  const choose = (employee: Employee | null) => {
    onChange(employee?.id ?? '', employee?.name ?? '');
    setQuery('');
    setOpen(false);
  };

  if (managerId && !open) {
    return (
      <div className="picker-selected" data-testid="emp-manager-selected">
        <span>{managerName || managerId}</span>
        {!disabled ? (
          <>
            <button type="button" className="btn btn-link" data-testid="emp-manager-change" onClick={() => setOpen(true)}>
              {t('employeeForm.managerChange')}
            </button>
            <button type="button" className="btn btn-link" data-testid="emp-manager-clear" onClick={() => choose(null)}>
              {t('common.clear')}
            </button>
          </>
        ) : null}
      </div>
    );
  }

  return (
    <div
      className="picker"
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node) || !e.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <input
        id={id}
        data-testid="emp-manager-search"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={managerId ? managerName : t('employeeForm.managerSearch')}
        value={query}
        disabled={disabled}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open ? (
        <ul
          className="picker-options"
          id={listId}
          role="listbox"
          data-testid="emp-manager-options"
          // keep focus in the input so choosing an option does not blur and close the list first
          onMouseDown={(e) => e.preventDefault()}
        >
          <li role="option" aria-selected={!managerId}>
            <button type="button" className="picker-option muted" onClick={() => choose(null)}>
              {t('employeeForm.managerNone')}
            </button>
          </li>
          {options.map((employee) => (
            <li key={employee.id} role="option" aria-selected={employee.id === managerId}>
              <button
                type="button"
                className="picker-option"
                data-testid={`emp-manager-option-${employee.id}`}
                onClick={() => choose(employee)}
              >
                <strong>{employee.name}</strong>
                <span className="muted">
                  {employee.employeeNo} · {employee.departmentName}
                </span>
              </button>
            </li>
          ))}
          {!searching && options.length === 0 ? <li className="picker-empty muted">{t('employeeForm.noMatches')}</li> : null}
          {searching ? <li className="picker-empty muted">{t('common.loading')}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
