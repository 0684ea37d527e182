import { and, eq, gt, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../errors/app-error.ts';
import { isUuid } from '../ids.ts';
import { decodeCursor } from './cursor.ts';

const badCursor = () =>
  new AppError('VALIDATION_FAILED', 'cursor is not valid', { errors: [{ path: 'cursor', message: 'not a valid cursor' }] });

/**
 * Keyset pagination over (key, id): the rows after the cursor's [key, id]. The id breaks ties when
 * several tenants are read together and share a key.
 */
export function afterCursor(cursor: string | undefined, keyColumn: AnyPgColumn, idColumn: AnyPgColumn): SQL | undefined {
  const after = decodeCursor(cursor, 2);
  if (after === null) return undefined;
  const [key, id] = after;
  if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  return or(gt(keyColumn, key), and(eq(keyColumn, key), gt(idColumn, id)));
}
