import { useEffect, useId, useState } from 'react';
import { useFieldControlId } from './Field';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../api/org';
import type { Employee } from '../api/types';
import { useDebounced } from '../lib/useDebounced';
import { comboboxKeyDown, ComboboxOptions, optionIdOf } from './ComboboxOptions';

export interface PickedEmployee {
  id: string;
  name: string;
  departmentId?: string;
  departmentName?: string;
  rank?: string;
}

interface EmployeePickerProps {
  testId: string;
  id?: string;
  /** The chosen employee; null shows the search box (also after each pick when used to add to a list). */
  value: PickedEmployee | null;
  onChange: (employee: PickedEmployee | null) => void;
  excludeIds?: readonly string[];
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  /** The search box's name when no Field labels it. */
  ariaLabel?: string;
}

const MAX_OPTIONS = 8;

function picked(e: Employee): PickedEmployee {
  return { id: e.id, name: e.name, departmentId: e.departmentId, departmentName: e.departmentName, rank: e.rank };
}

/** Searches active employees by name or number (GET /org/employees?q=) and picks one. */
export function EmployeePicker({
  testId,
  id,
  value,
  onChange,
  excludeIds,
  placeholder,
  disabled,
  invalid,
  ariaLabel,
}: EmployeePickerProps) {
  const { t } = useTranslation();
  const controlId = useFieldControlId(id);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** The option the arrow keys are on (-1: none). */
  const [active, setActive] = useState(-1);
  const term = useDebounced(query.trim(), 250);
  const excluded = (excludeIds ?? []).join(',');
  // The options found for one search (term and exclusions); while the next search runs the last
  // ones stay on screen, marked as searching.
  const searchKey = `${term}\u0000${excluded}`;
  const [found, setFound] = useState<{ key: string; options: Employee[] } | null>(null);
  const options = found?.options ?? [];
  const searching = found?.key !== searchKey;

  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    const skip = new Set(excluded ? excluded.split(',') : []);
    orgApi
      .employees({ q: term || undefined, status: 'active', limit: MAX_OPTIONS + skip.size }, controller.signal)
      .then((page) => setFound({ key: searchKey, options: page.items.filter((e) => !skip.has(e.id)).slice(0, MAX_OPTIONS) }))
      .catch(() => {
        if (!controller.signal.aborted) setFound({ key: searchKey, options: [] });
      });
    return () => controller.abort();
  }, [term, open, excluded, searchKey]);

  if (value) {
    return (
      <div className="picker-selected" data-testid={`${testId}-selected`} data-employee-id={value.id}>
        <span>{value.name}</span>
        {value.departmentName ? <span className="muted small">{value.departmentName}</span> : null}
        {!disabled ? (
          <button type="button" className="btn btn-link" data-testid={`${testId}-clear`} onClick={() => onChange(null)}>
            {t('common.clear')}
          </button>
        ) : null}
      </div>
    );
  }

  const choose = (employee: Employee) => {
    onChange(picked(employee));
    setQuery('');
    setOpen(false);
    setActive(-1);
  };
  const current = open && active >= 0 && active < options.length ? active : -1;

  return (
    <div
      className="picker"
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node) || !e.currentTarget.contains(next)) setOpen(false);
      }}
    >
      {/* A combobox (ARIA 1.2): focus stays in the box; arrows move through the options, Enter picks. */}
      <input
        id={controlId}
        aria-label={ariaLabel}
        data-testid={`${testId}-search`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionIdOf(listId, current) : undefined}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={placeholder ?? t('picker.employeeSearch')}
        value={query}
        disabled={disabled}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={(e) => comboboxKeyDown(e, { options, current, setActive, setOpen, onChoose: choose })}
      />
      {open ? (
        <ComboboxOptions
          testId={testId}
          listId={listId}
          label={ariaLabel ?? t('picker.employeeSearch')}
          options={options}
          current={current}
          keyOf={(employee) => employee.id}
          dataOf={(employee) => ({ 'data-employee-id': employee.id })}
          onChoose={choose}
          note={searching ? t('common.loading') : options.length === 0 ? t('picker.noMatches') : null}
          render={(employee) => (
            <>
              <strong>{employee.name}</strong>
              <span className="muted">
                {employee.employeeNo} · {employee.departmentName}
              </span>
            </>
          )}
        />
      ) : null}
    </div>
  );
}
