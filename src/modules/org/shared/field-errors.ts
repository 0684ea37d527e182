import { validationFailed, type AppError, type FieldError } from '../../../platform/errors/app-error.ts';
import type { Checked } from '../rules/field-rules.ts';

/** Collects field errors across a whole input so the caller sees all of them at once. */
export interface FieldCollector {
  readonly errors: FieldError[];
  /** The checked value, or undefined after recording its problem under path. */
  take<T>(path: string, checked: Checked<T>): T | undefined;
  add(path: string, message: string): void;
  /** Throws VALIDATION_FAILED with every recorded error, if any. */
  assertValid(): void;
  /** VALIDATION_FAILED with every recorded error: throw it when a required value came back undefined. */
  failure(): AppError;
}

export function fieldCollector(): FieldCollector {
  const errors: FieldError[] = [];
  return {
    errors,
    take(path, checked) {
      if (checked.ok) return checked.value;
      errors.push({ path, message: checked.problem.message });
      return undefined;
    },
    add(path, message) {
      errors.push({ path, message });
    },
    assertValid() {
      if (errors.length > 0) throw validationFailed(errors);
    },
    failure() {
      return validationFailed(errors.length > 0 ? errors : [{ path: '', message: 'invalid input' }]);
    },
  };
}

/**
 * An optional, clearable field: undefined stays undefined (leave unchanged), null or blank text
 * becomes null (clear), anything else goes through the rule.
 */
export function clearable<T>(raw: string | null | undefined, rule: (s: string) => Checked<T>): Checked<T | null | undefined> {
  if (raw === undefined) return { ok: true, value: undefined };
  if (raw === null || raw.trim() === '') return { ok: true, value: null };
  return rule(raw);
}

/** An optional field that cannot be cleared: undefined stays undefined, anything else goes through the rule. */
export function optional<T>(raw: string | undefined, rule: (s: string) => Checked<T>): Checked<T | undefined> {
  return raw === undefined ? { ok: true, value: undefined } : rule(raw);
}
