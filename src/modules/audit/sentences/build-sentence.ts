import { auditSentences } from './table.ts';
import { entityTypeName, humanise } from './entity-types.ts';
import { actorOf, labelOf, quoted, withoutIds } from './parts.ts';
import type { SentenceEntry, SentenceLang, SentenceParts, SentenceTable } from './types.ts';

/** The sentence for an action no table knows yet: who did what (in words) to which entity. */
export function genericSentence(parts: SentenceParts, lang: SentenceLang): string {
  const { entry } = parts;
  const type = entityTypeName(entry.entityType, lang);
  const what = humanise(entry.action.startsWith(`${entry.entityType}.`) ? entry.action.slice(entry.entityType.length + 1) : entry.action);
  return lang === 'en'
    ? `${parts.who}: ${what} — ${type}${quoted(parts.label, 'en')}`
    : `${parts.who}对${type}${quoted(parts.label, 'zh-CN')}执行了操作（${what}）`;
}

/** One sentence for one audit entry, in the reader's language; never an id. */
export function auditSentence(entry: SentenceEntry, lang: SentenceLang, table: SentenceTable = auditSentences): string {
  const parts: SentenceParts = { who: actorOf(entry, lang), label: labelOf(entry), data: entry.data, entry };
  const known = Object.hasOwn(table, entry.action) ? table[entry.action] : undefined;
  const sentence = known ? (lang === 'en' ? known.en(parts) : known.zh(parts)) : genericSentence(parts, lang);
  return withoutIds(sentence);
}
