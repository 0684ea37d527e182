import type { FieldError } from '../api/errors';

export interface MappedFieldErrors<F extends string> {
  byField: Partial<Record<F, string>>;
  /** Messages whose path names no known field, shown above the form. */
  other: string[];
}

/** "/email", "body.email", "body/projectIds/0", "email" → "email" / "projectIds". */
export function fieldOfPath(path: string): string {
  const segments = path
    .replace(/^[#/.]+/, '')
    .split(/[/.[\]]+/)
    .filter(Boolean);
  const first = segments[0] === 'body' ? segments[1] : segments[0];
  return first ?? '';
}

/** Sorts server validation errors ({path, message}) onto the form's fields. */
export function mapFieldErrors<F extends string>(errors: FieldError[], fields: readonly F[]): MappedFieldErrors<F> {
  const known = new Set<string>(fields);
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (known.has(field)) {
      const key = field as F;
      byField[key] = byField[key] ? `${byField[key]}；${error.message}` : error.message;
    } else {
      other.push(error.path ? `${error.path}: ${error.message}` : error.message);
    }
  }
  return { byField, other };
}
