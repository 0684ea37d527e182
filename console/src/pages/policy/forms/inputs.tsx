import { useState } from 'react';
import type { FieldError } from '../../../api/errors';
import { useFieldControlId } from '../../../components/Field';
import { messagesAt } from '../../../lib/paths';

/** Props every rule-params form takes: its params, a setter, and the server's errors for this rule (paths from 'params.'). */
export interface ParamsFormProps<P> {
  params: P;
  onChange: (params: P) => void;
  errors: FieldError[];
  testId: string;
}

export function errorAt(errors: FieldError[], path: string): string | undefined {
  return messagesAt(errors, path);
}

interface IntInputProps {
  testId: string;
  id?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  invalid?: boolean;
  min?: number;
  max?: number;
  step?: number;
  suffix?: string;
  ariaLabel?: string;
}

/** A number input that reports undefined while empty or not a number. */
export function NumberInput({ testId, id, value, onChange, invalid, min, max, step, suffix, ariaLabel }: IntInputProps) {
  const controlId = useFieldControlId(id);
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = text.trim() === '' ? undefined : Number(text);
  const shown = parsed === value || (parsed !== undefined && Number.isNaN(parsed)) ? text : value === undefined ? '' : String(value);
  return (
    <div className="number-input">
      <input
        id={controlId}
        type="number"
        data-testid={testId}
        value={shown}
        min={min}
        max={max}
        step={step ?? 1}
        aria-label={ariaLabel}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.value.trim() === '' ? undefined : Number(e.target.value);
          onChange(n === undefined || Number.isNaN(n) ? undefined : n);
        }}
      />
      {suffix ? <span className="number-suffix">{suffix}</span> : null}
    </div>
  );
}

interface OptionSelectProps<T extends string> {
  testId: string;
  id?: string;
  value: T;
  options: readonly T[];
  label: (value: T) => string;
  onChange: (value: T) => void;
  invalid?: boolean;
  /** The select's name when no Field labels it. */
  ariaLabel?: string;
}

/** A <select> over a fixed list of codes with translated labels. */
export function OptionSelect<T extends string>({ testId, id, value, options, label, onChange, invalid, ariaLabel }: OptionSelectProps<T>) {
  const controlId = useFieldControlId(id);
  return (
    <select
      id={controlId}
      aria-label={ariaLabel}
      data-testid={testId}
      value={value}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const next = options.find((o) => o === e.target.value);
        if (next !== undefined) onChange(next);
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}
