import { useState } from 'react';
import { useFieldControlId } from './Field';
import { fenToYuanText, yuanToFen } from '../lib/money';

interface MoneyInputProps {
  id?: string;
  testId: string;
  /** Amount in fen; null when empty or not a number. */
  value: number | null;
  onChange: (fen: number | null) => void;
  invalid?: boolean;
  disabled?: boolean;
  placeholder?: string;
  ariaLabel?: string;
}

/** A yuan (¥) amount input that reports fen: the user types yuan, the API gets fen. */
export function MoneyInput({ id, testId, value, onChange, invalid, disabled, placeholder, ariaLabel }: MoneyInputProps) {
  const controlId = useFieldControlId(id);
  const [text, setText] = useState(() => fenToYuanText(value));
  // Follow changes made from outside (a sample loaded, a reset) without fighting the typing.
  const shown = yuanToFen(text) === value || (text.trim() === '' && value === null) ? text : fenToYuanText(value);
  return (
    <div className="money-input">
      <span className="money-prefix" aria-hidden="true">
        ¥
      </span>
      <input
        id={controlId}
        data-testid={testId}
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        disabled={disabled}
        placeholder={placeholder}
        aria-label={ariaLabel}
        aria-invalid={invalid || (text.trim() !== '' && yuanToFen(text) === null) || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(yuanToFen(e.target.value));
        }}
      />
    </div>
  );
}
