import type { KeyboardEvent, ReactNode } from 'react';

/**
 * The shared parts of the app's comboboxes (ARIA 1.2: focus stays in the box; arrows move through
 * the options, Enter picks): the dropdown listbox, and the box's key handling. The pickers
 * (EmployeePicker, CitySelect) own their search and what an option shows.
 */

interface ComboboxOptionsProps<T> {
  testId: string;
  listId: string;
  label: string;
  options: readonly T[];
  /** The option the arrow keys are on (-1: none). */
  current: number;
  keyOf: (option: T) => string;
  /** data-* attributes of an option (what tests and scripts find it by). */
  dataOf: (option: T) => Record<`data-${string}`, string>;
  render: (option: T) => ReactNode;
  onChoose: (option: T) => void;
  /** Shown under the list: "searching…", "no match" or nothing. */
  note: string | null;
}

export const optionIdOf = (listId: string, index: number) => `${listId}-${index}`;

export function ComboboxOptions<T>({
  testId,
  listId,
  label,
  options,
  current,
  keyOf,
  dataOf,
  render,
  onChoose,
  note,
}: ComboboxOptionsProps<T>) {
  return (
    // Pressing on the list must not take the focus from the box (that would close it first).
    <div className="picker-options" role="presentation" data-testid={`${testId}-options`} onMouseDown={(e) => e.preventDefault()}>
      <ul className="picker-list" id={listId} role="listbox" aria-label={label}>
        {options.map((option, index) => (
          <li
            key={keyOf(option)}
            id={optionIdOf(listId, index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === current}
            className={index === current ? 'picker-option active' : 'picker-option'}
            data-testid={`${testId}-option`}
            {...dataOf(option)}
            onClick={() => onChoose(option)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onChoose(option);
              }
            }}
          >
            {render(option)}
          </li>
        ))}
      </ul>
      {note !== null ? <p className="picker-empty muted">{note}</p> : null}
    </div>
  );
}

interface ComboboxKeys<T> {
  options: readonly T[];
  current: number;
  setActive: (index: number) => void;
  setOpen: (open: boolean) => void;
  onChoose: (option: T) => void;
  /** Enter picks the only option even when the arrows are on none. */
  pickSingle?: boolean;
}

/** The box's keys: Escape closes, the arrows move (round), Enter picks. */
export function comboboxKeyDown<T>(e: KeyboardEvent<HTMLInputElement>, keys: ComboboxKeys<T>): void {
  const { options, current } = keys;
  if (e.key === 'Escape') {
    keys.setOpen(false);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    keys.setOpen(true);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    keys.setActive(options.length === 0 ? -1 : (current + step + options.length) % options.length);
  } else if (e.key === 'Enter') {
    const pick = current >= 0 ? options[current] : keys.pickSingle && options.length === 1 ? options[0] : undefined;
    if (pick !== undefined) {
      e.preventDefault();
      keys.onChoose(pick);
    }
  }
}
