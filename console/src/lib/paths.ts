import type { FieldError } from '../api/errors';
import { clauseJoin } from './lists';

/**
 * A server field path in one dotted form: 'rules[2].params.maxDiscount', '/rules/2/params/maxDiscount'
 * and 'body.rules.2.params.maxDiscount' all become 'rules.2.params.maxDiscount'.
 */
export function normalisePath(path: string): string {
  const dotted = path
    .replace(/^[#/.]+/, '')
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/\.+/g, '.')
    .replace(/^\./, '');
  return dotted.startsWith('body.') ? dotted.slice(5) : dotted;
}

/** Errors grouped by list index under `prefix` ('rules', 'stages'): index → [{rest, message}]. */
export function errorsByIndex(errors: FieldError[], prefix: string): { byIndex: Map<number, FieldError[]>; other: FieldError[] } {
  const byIndex = new Map<number, FieldError[]>();
  const other: FieldError[] = [];
  for (const error of errors) {
    const path = normalisePath(error.path);
    const match = new RegExp(`^(?:definition\\.)?${prefix}\\.(\\d+)(?:\\.(.*))?$`).exec(path);
    if (!match) {
      other.push({ path, message: error.message });
      continue;
    }
    const index = Number(match[1]);
    const list = byIndex.get(index) ?? [];
    list.push({ path: match[2] ?? '', message: error.message });
    byIndex.set(index, list);
  }
  return { byIndex, other };
}

/** The messages of errors whose (relative) path equals `path` or lies under it. */
export function messagesAt(errors: FieldError[] | undefined, path: string): string | undefined {
  const found = (errors ?? []).filter((e) => e.path === path || e.path.startsWith(`${path}.`)).map((e) => e.message);
  return found.length > 0 ? clauseJoin(found) : undefined;
}
