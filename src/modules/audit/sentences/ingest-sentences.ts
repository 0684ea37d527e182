import { text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const eventZh = (p: SentenceParts) => {
  const supplier = text(p.data.supplier);
  const type = text(p.data.type);
  return `${supplier ? `${supplier} 的` : ''}供应商事件${type ? `（${type}）` : ''}`;
};
const eventEn = (p: SentenceParts) => {
  const supplier = text(p.data.supplier);
  const type = text(p.data.type);
  return `a supplier event${type ? ` (${type})` : ''}${supplier ? ` from ${supplier}` : ''}`;
};
const outcomeZh = (p: SentenceParts) => (p.data.status === 'applied' ? '，已应用到订单' : p.data.status === 'dead' ? '，仍无法应用' : '');
const outcomeEn = (p: SentenceParts) =>
  p.data.status === 'applied' ? ': applied to its order' : p.data.status === 'dead' ? ': still not applicable' : '';
const reasonZh = (p: SentenceParts) => (text(p.data.reason) ? `，理由：${text(p.data.reason)}` : '');
const reasonEn = (p: SentenceParts) => (text(p.data.reason) ? ` (reason: ${text(p.data.reason)})` : '');

/** Supplier event ingestion (事件接入): dead letters replayed, rejects dismissed. */
export const ingestSentences: SentenceTable = {
  'ingest.dead_letter_replayed': {
    zh: (p) => `${p.who}重放了死信中的${eventZh(p)}${outcomeZh(p)}`,
    en: (p) => `${p.who} replayed ${eventEn(p)} from the dead-letter list${outcomeEn(p)}`,
  },
  'ingest.reject_dismissed': {
    zh: (p) => `${p.who}忽略了被拒收的${eventZh(p)}${reasonZh(p)}`,
    en: (p) => `${p.who} dismissed ${eventEn(p).replace(/^a /, 'a rejected ')}${reasonEn(p)}`,
  },
};
