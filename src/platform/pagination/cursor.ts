import { Type } from '@sinclair/typebox';
import { AppError } from '../errors/app-error.ts';

/** Opaque cursors: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === arity && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return value as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** The answer to a cursor this server did not issue (also for one that decodes but holds nonsense). */
export const invalidCursor = (): AppError =>
  new AppError('VALIDATION_FAILED', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'not a valid cursor' }] });

export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'From the previous page’s nextCursor' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Given limit+1 rows, returns a page and the cursor of its last row when there are more. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
