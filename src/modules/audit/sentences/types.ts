/** The languages audit sentences are written in: zh-CN first, en second. */
export type SentenceLang = 'zh-CN' | 'en';
export const sentenceLangs: readonly SentenceLang[] = ['zh-CN', 'en'];

/** What a sentence is built from: one audit entry, and a label for its entity when one was found. */
export interface SentenceEntry {
  action: string;
  actorKind: string;
  actorName: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  /** The entity's name or code as it is now (resolved at read time), when the entry's data has none. */
  entityLabel?: string | null;
}

/** The pieces a sentence template gets: who acted, the entity named, and the entry's data. */
export interface SentenceParts {
  /** The actor as a reader names them: a person, an API key, or the system. */
  who: string;
  /** The entity's name / code, or '' when nothing names it. */
  label: string;
  data: Record<string, unknown>;
  entry: SentenceEntry;
}

export type Phrase = (p: SentenceParts) => string;

/** One action's sentence in both languages. */
export interface ActionSentence {
  zh: Phrase;
  en: Phrase;
}

/** action → sentence; each feature area keeps its own table, merged in sentences/index.ts. */
export type SentenceTable = Readonly<Record<string, ActionSentence>>;
