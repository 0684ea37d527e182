import pg from 'pg';
import { preparedNameOf } from './prepared.ts';

/**
 * The single exchange of a one-statement scope (scope.ts, oneStatementInTenantScope): one
 * simple-protocol message
 *
 *     begin; <preamble>; execute <statement>(<parameters as literals>); commit
 *
 * One round trip (PostgreSQL) or one call into the backend (PGlite) instead of three or six. The
 * statements of a message run in order and the first error ends it, so the statement never runs
 * unless BEGIN and the preamble have. The statement is a prepared statement (prepared.ts), made
 * once per connection with PREPARE under its own name, `<name>__1` (protocol-level prepared
 * statements keep theirs).
 */
export interface OneStatement {
  /** PREPARE for the statement, when the connection does not have it yet. */
  prepare: string | null;
  sqlName: string;
  message: string;
  /** Where the statement's result is among the message's results. */
  resultIndex: number;
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
    message: `begin; ${preamble}; execute ${sqlName}${args}; commit`,
    resultIndex: 2,
  };
}

/** A one-statement scope's client refuses a second statement: after the first, its transaction is over. */
export function assertFirstStatement(used: boolean): void {
  if (used) throw new Error('a one-statement scope runs one statement; use inTenantScope for more');
}
