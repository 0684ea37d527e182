/**
 * Small checks for validating policy data read from JSON: each records a problem at a path
 * ('rules.3.params.maxDiscount', the API's field-path style) and says whether the value was fine.
 */

export interface PolicyProblem {
  path: string;
  message: string;
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Problems {
  readonly list: PolicyProblem[] = [];

  add(path: string, message: string): false {
    this.list.push({ path, message });
    return false;
  }

  /** A whole number of fen, zero or more. */
  fen(v: unknown, path: string): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.add(path, 'must be an amount in fen');
    if (v < 0) return this.add(path, 'must not be negative');
    return Number.isInteger(v) || this.add(path, 'must be a whole number of fen');
  }

  /** A whole number in [min, max]. */
  int(v: unknown, path: string, min: number, max: number = Number.MAX_SAFE_INTEGER): boolean {
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.add(path, 'must be a whole number');
    return (
      (v >= min && v <= max) ||
      this.add(path, max === Number.MAX_SAFE_INTEGER ? `must be at least ${min}` : `must be between ${min} and ${max}`)
    );
  }

  /** A fraction in (0, 1]. */
  fraction(v: unknown, path: string): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.add(path, 'must be a number');
    return (v > 0 && v <= 1) || this.add(path, 'must be more than 0 and at most 1 (0.7 is 7折 / 70%)');
  }

  oneOf(v: unknown, path: string, values: readonly string[], what: string): boolean {
    return (
      (typeof v === 'string' && values.includes(v)) || this.add(path, `unknown ${what} ${JSON.stringify(v)}; one of ${values.join(', ')}`)
    );
  }

  text(v: unknown, path: string): v is string {
    return (typeof v === 'string' && v.trim() !== '') || this.add(path, 'must be a non-empty text');
  }

  /** An array (absent allowed when optional); calls each() for its elements. */
  listOf(v: unknown, path: string, optional: boolean, each: (item: unknown, path: string) => void): boolean {
    if (v === undefined && optional) return true;
    if (!Array.isArray(v)) return this.add(path, 'must be a list');
    v.forEach((item, i) => each(item, `${path}.${i}`));
    return true;
  }

  obj(v: unknown, path: string): v is Obj {
    return isObj(v) || this.add(path, 'must be an object');
  }
}
