/**
 * Reading a ticket's timeline entries (GET /tickets/{id}/timeline): the server records each change
 * as `data.changes = [{field, from, to}]` with stored values (status codes, account ids); the desk
 * says them in words. The data is typed as an open record, so it is read defensively: a change
 * whose shape is not recognised is left out rather than shown as raw JSON.
 */

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The field changes an entry records (none when it records none). */
export function changesIn(data: Record<string, unknown>): FieldChange[] {
  const list = data.changes;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: unknown) => (isRecord(c) && typeof c.field === 'string' ? [{ field: c.field, from: c.from, to: c.to }] : []));
}

/** How to name the values of each kind of field, in the viewer's language. */
export interface ValueWords {
  status: (code: string) => string | undefined;
  priority: (code: string) => string | undefined;
  category: (code: string) => string | undefined;
  /** An operator account's name (assignee). */
  person: (accountId: string) => string | undefined;
  none: string;
  join: (items: readonly string[]) => string;
}

/**
 * A recorded value in words: a code through its field's names (an unknown code as itself), an
 * assignee by name, tags as a list, nothing as "none".
 */
export function valueInWords(field: string, value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (Array.isArray(value)) return value.length === 0 ? words.none : words.join(value.map(String));
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  switch (field) {
    case 'status':
      return words.status(text) ?? text;
    case 'priority':
      return words.priority(text) ?? text;
    case 'category':
      return words.category(text) ?? text;
    case 'assignee':
      return words.person(text) ?? '…';
    default:
      return text;
  }
}
