import { createContext, useContext, useId, type ReactNode } from 'react';

/** The id of the control a Field labels, for the control inside it to take. */
const FieldControlId = createContext<string | undefined>(undefined);

/**
 * The id a form control should carry: its own when given, else that of the Field around it, so
 * the Field's label names it (NumberInput, OptionSelect, MoneyInput, DepartmentSelect, CitySelect
 * and EmployeePicker take it this way).
 */
export function useFieldControlId(own?: string): string | undefined {
  const fromField = useContext(FieldControlId);
  return own ?? fromField;
}

interface FieldProps {
  label: string;
  /**
   * The id of the labelled control when the control sets it itself. Without it the Field makes one,
   * which the control inside takes through useFieldControlId, or `children(id)` puts on a plain
   * <input> or <select>.
   */
  htmlFor?: string;
  /**
   * Several controls, each named on its own (checkboxes with their text, a from–to pair): the label
   * names the group rather than one control.
   */
  group?: boolean;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode | ((controlId: string) => ReactNode);
  /** data-testid of the error text, e.g. "field-error-email". */
  errorTestId?: string;
}

/** A labelled form control (or group of controls) with its validation message beneath. */
export function Field({ label, htmlFor, group = false, error, hint, required, children, errorTestId }: FieldProps) {
  const generated = useId();
  const controlId = htmlFor ?? generated;
  const labelId = `${controlId}-label`;
  const text = (
    <>
      {label}
      {required ? (
        <span className="field-required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </>
  );
  return (
    <div
      className={error ? 'field field-invalid' : 'field'}
      role={group ? 'group' : undefined}
      aria-labelledby={group ? labelId : undefined}
    >
      {group ? (
        <span className="field-label" id={labelId}>
          {text}
        </span>
      ) : (
        <label className="field-label" htmlFor={controlId} id={labelId}>
          {text}
        </label>
      )}
      {/* Inside a group each control is named on its own: none takes the group's id. */}
      <FieldControlId.Provider value={group ? undefined : controlId}>
        {typeof children === 'function' ? children(controlId) : children}
      </FieldControlId.Provider>
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
