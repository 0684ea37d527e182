import { isUtf8 } from 'node:buffer';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { App } from './types.ts';

/**
 * A NUL character (PostgreSQL text cannot hold one: the query fails) or half of a surrogate pair
 * (not a character; it would be stored as U+FFFD).
 */
// eslint-disable-next-line no-control-regex -- finding the control character NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in value (object keys included) is not storable text. Iterative: JSON may nest deeply. */
function holdsUnstorableText(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' || typeof item === 'string') pending.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (UNSTORABLE.test(key)) return true;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** The dotted path of the first unstorable string in value (a key's path for a key), for the error's details. */
function pathOfUnstorableText(root: unknown): string {
  const pending: [unknown, string][] = [[root, '']];
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  while (pending.length > 0) {
    const [value, path] = pending.pop() ?? [null, ''];
    if (typeof value === 'string' && UNSTORABLE.test(value)) return path;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return join(path, JSON.stringify(key).slice(1, -1));
      pending.push([child, join(path, key)]);
    }
  }
  return '';
}

/** Whether every run of percent-escapes in a raw query string decodes to UTF-8 (a stray % is left alone). */
function queryEscapesAreUtf8(rawQuery: string): boolean {
  for (const [run] of rawQuery.matchAll(/(?:%[0-9A-Fa-f]{2})+/g)) {
    if (!isUtf8(Buffer.from(run.replace(/%/g, ''), 'hex'))) return false;
  }
  return true;
}

const invalidText = (part: string, path: string, what: string) =>
  new AppError('INVALID_TEXT', `The ${part} holds ${what}${path === '' ? '' : ` at ${path}`}`, { part, path });

/**
 * Refuses, before validation and before anything reaches the database, text that cannot be stored:
 * NUL characters and lone surrogates in the query string, the path parameters and the parsed body
 * (JSON values and keys, a CSV file's text), and query escapes that are not UTF-8. Bodies that are
 * not UTF-8 are refused where they are decoded (body-parsers.ts, the CSV import's reader).
 */
export function registerTextGuard(app: App): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const queryAt = req.url.indexOf('?');
    if (queryAt >= 0 && !queryEscapesAreUtf8(req.url.slice(queryAt + 1))) {
      throw invalidText('querystring', '', 'percent-escapes that are not UTF-8');
    }
    for (const [part, value] of [
      ['querystring', req.query],
      ['params', req.params],
      ['body', req.body],
    ] as const) {
      if (holdsUnstorableText(value)) throw invalidText(part, pathOfUnstorableText(value), 'a NUL character or a lone surrogate');
    }
  });
}
