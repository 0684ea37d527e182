/**
 * A PostgreSQL array literal ('{"a","b",NULL}') for one text parameter cast to an array type
 * (`${arrayLiteral(xs)}::text[]`): every element quoted, its quotes and backslashes escaped, null as
 * NULL. Drizzle's sql template would spread a JS array into a list of parameters, and the two
 * drivers (node-postgres, PGlite) serialise array parameters differently; text is the same on both.
 * Sending columns as arrays and unnesting them is also the cheapest way to insert many rows in one
 * statement (ingestion's hot path, so one pass per element).
 */
const SPECIAL = /["\\]/g;

export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += `"${v}"`;
    else out += `"${v.replace(SPECIAL, '\\$&')}"`;
  }
  return out + '}';
}
