export { auditSentences } from './table.ts';
export { auditSentence, genericSentence } from './build-sentence.ts';
export { entityTypeName, entityTypeNames } from './entity-types.ts';
export { sentenceLangs, type SentenceEntry, type SentenceLang, type SentenceTable } from './types.ts';
