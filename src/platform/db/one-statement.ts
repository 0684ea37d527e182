import pg from 'pg';
import { preparedNameOf } from './prepared.ts';

/**
 * The single exchange of a one-statement scope (scope.ts, oneStatementInTenantScope): one
 * simple-protocol message
 *
 *     <preamble: set local app.tenant_ids = …; set local role tripdesk_app>; execute <statement>(<parameters as literals>)
 *
 * One round trip (PostgreSQL) or one call into the backend (PGlite) instead of three, or about
 * sixteen. The statements of one message are one implicit transaction: they run in order, the
 * first error ends the message and rolls it back, and the local settings end with it — so the
 * statement never runs unless the preamble has, and nothing is left open. The statement is a
 * prepared statement (prepared.ts), made once per connection with PREPARE under its own name,
 * `<name>__1` (protocol-level prepared statements keep theirs).
 */
export interface OneStatement {
  /** PREPARE for the statement, when the connection does not have it yet. */
  prepare: string | null;
  sqlName: string;
  /** The message: its last result is the statement's. */
  message: string;
}

/** A parameter as an SQL literal: what the extended protocol would have sent as a value, quoted. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    // The extended protocol refuses NUL in text too; in a simple-protocol message it would end the text.
    if (value.includes('\u0000')) throw new Error('a statement parameter contains a NUL character');
    return pg.escapeLiteral(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a statement parameter is not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  throw new Error(`a one-statement scope cannot send a parameter of type ${typeof value}`);
}

/** The exchange for statement text with params, or an error when text is not a prepared statement. */
export function oneStatement(preamble: string, text: string, params: readonly unknown[], prepared: ReadonlySet<string>): OneStatement {
  const name = preparedNameOf(text);
  if (name === undefined) throw new Error('a one-statement scope runs prepared statements only (prepared.ts)');
  const sqlName = `${name}__1`;
  const args = params.length > 0 ? `(${params.map(sqlLiteral).join(', ')})` : '';
  return {
    prepare: prepared.has(sqlName) ? null : `prepare ${sqlName} as ${text}`,
    sqlName,
    message: `${preamble}; execute ${sqlName}${args}`,
  };
}

/** A one-statement scope's client refuses a second statement: after the first, its transaction is over. */
export function assertFirstStatement(used: boolean): void {
  if (used) throw new Error('a one-statement scope runs one statement; use inTenantScope for more');
}
