import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  htmlFor?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
  /** data-testid of the error text, e.g. "field-error-email". */
  errorTestId?: string;
}

/** A labelled form control with its validation message beneath. */
export function Field({ label, htmlFor, error, hint, required, children, errorTestId }: FieldProps) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={htmlFor}>
        {label}
        {required ? <span className="field-required" aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {error ? (
        <p className="field-error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint">{hint}</p>
      ) : null}
    </div>
  );
}
