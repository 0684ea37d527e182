/**
 * Rows of a raw tx.execute(sql`…`) result. Both drivers (node-postgres and PGlite) answer
 * { rows: [...] }; Drizzle's generic database type cannot say so, hence this narrowing.
 */
export function rawRows(result: unknown): Record<string, unknown>[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  }
  throw new Error('unexpected result shape from the database driver');
}
