import type { SentenceEntry, SentenceLang } from './types.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Text from data, when it is a non-empty string that is not an id. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(UUID, '').trim();
  return trimmed === '' ? null : trimmed;
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Array.isArray(value) ? value.length : 0;
}

/** "E0012 张三", "差旅标准 A": code and name from the entry's data (or its before/after), else the resolved label. */
export function labelOf(entry: SentenceEntry): string {
  const d = entry.data;
  const after = record(d.after);
  const before = record(d.before);
  const code = text(d.code) ?? text(d.employeeNo) ?? text(after.code) ?? text(before.code);
  const name = text(d.name) ?? text(after.name) ?? text(before.name);
  const own = [code, name].filter((v): v is string => v !== null).join(' ');
  if (entry.entityLabel && text(entry.entityLabel)) {
    const resolved = text(entry.entityLabel) ?? '';
    // The resolved label usually holds the code and the current name: prefer it unless the data names more.
    return own.length > resolved.length ? own : resolved;
  }
  return own;
}

/** The actor as a reader names them. */
export function actorOf(entry: SentenceEntry, lang: SentenceLang): string {
  const name = text(entry.actorName);
  if (entry.actorKind === 'system') {
    if (name && name !== 'system' && name !== '系统') return name;
    return lang === 'en' ? 'The system' : '系统';
  }
  if (entry.actorKind === 'api_key') return lang === 'en' ? `API key “${name ?? '?'}”` : `API 密钥“${name ?? '?'}”`;
  return name ?? (lang === 'en' ? 'Someone' : '某人');
}

/** 1234500 fen → "¥12,345.00". */
export function money(fen: unknown): string {
  const n = typeof fen === 'number' && Number.isFinite(fen) ? fen : 0;
  return `¥${(n / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Quotes a label in the reader's style, or '' when there is none. */
export const quoted = (label: string, lang: SentenceLang): string => (label === '' ? '' : lang === 'en' ? ` “${label}”` : `“${label}”`);

/** Removes any id that slipped into a sentence: a reader never sees a UUID. */
export const withoutIds = (s: string): string =>
  s
    .replace(UUID, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
