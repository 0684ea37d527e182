import { useEffect, useId, useState } from 'react';
import { useFieldControlId } from './Field';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../api/org';
import type { Employee } from '../api/types';
import { useDebounced } from '../lib/useDebounced';

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
export function EmployeePicker({ testId, id, value, onChange, excludeIds, placeholder, disabled, invalid, ariaLabel }: EmployeePickerProps) {
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
  const optionId = (index: number) => `${listId}-${index}`;
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
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
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
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive(options.length === 0 ? -1 : (current + step + options.length) % options.length);
          } else if (e.key === 'Enter' && current >= 0) {
            e.preventDefault();
            const employee = options[current];
            if (employee) choose(employee);
          }
        }}
      />
      {open ? (
        // Pressing on the list must not take the focus from the box (that would close it first).
        <div className="picker-options" role="presentation" data-testid={`${testId}-options`} onMouseDown={(e) => e.preventDefault()}>
          <ul className="picker-list" id={listId} role="listbox" aria-label={ariaLabel ?? t('picker.employeeSearch')}>
            {options.map((employee, index) => (
              <li
                key={employee.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === current}
                className={index === current ? 'picker-option active' : 'picker-option'}
                data-testid={`${testId}-option`}
                data-employee-id={employee.id}
                onClick={() => choose(employee)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    choose(employee);
                  }
                }}
              >
                <strong>{employee.name}</strong>
                <span className="muted">
                  {employee.employeeNo} · {employee.departmentName}
                </span>
              </li>
            ))}
          </ul>
          {!searching && options.length === 0 ? <p className="picker-empty muted">{t('picker.noMatches')}</p> : null}
          {searching ? <p className="picker-empty muted">{t('common.loading')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
