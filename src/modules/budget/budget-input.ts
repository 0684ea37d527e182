import type { FieldError } from '../../platform/errors/app-error.ts';

/** Rules for the numbers of a budget; each problem is recorded under its field's path. */

/** ¥100 billion: far above any real budget, far below 2^53 fen. */
export const MAX_AMOUNT_FEN = 10_000_000_000_000;
export const DEFAULT_WARN_AT_PERCENT = [80, 100];
const MAX_THRESHOLDS = 5;
const MAX_PERCENT = 1000;

export function checkAmountFen(errors: FieldError[], path: string, value: number): number | undefined {
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_AMOUNT_FEN) {
    errors.push({ path, message: `must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN}` });
    return undefined;
  }
  return value;
}

/** Thresholds in percent, each 1–1000, at most five, without repeats; returned ascending. */
export function checkWarnAtPercent(errors: FieldError[], path: string, value: readonly number[]): number[] | undefined {
  if (value.length > MAX_THRESHOLDS) {
    errors.push({ path, message: `at most ${MAX_THRESHOLDS} thresholds` });
    return undefined;
  }
  let ok = true;
  value.forEach((p, i) => {
    if (!Number.isInteger(p) || p < 1 || p > MAX_PERCENT) {
      errors.push({ path: `${path}[${i}]`, message: `must be a whole percentage from 1 to ${MAX_PERCENT}` });
      ok = false;
    } else if (value.indexOf(p) !== i) {
      errors.push({ path: `${path}[${i}]`, message: `${p}% is listed twice` });
      ok = false;
    }
  });
  return ok ? [...value].sort((a, b) => a - b) : undefined;
}
