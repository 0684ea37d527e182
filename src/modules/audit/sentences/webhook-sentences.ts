import { quoted, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

/** The endpoint as named in the entry (its URL), else as resolved now. */
const target = (p: SentenceParts, lang: 'zh-CN' | 'en') => quoted(text(p.data.url) ?? p.label, lang);
const zq = (p: SentenceParts) => target(p, 'zh-CN');
const eq = (p: SentenceParts) => target(p, 'en');

/** Outbound webhook endpoints (the webhooks module). */
export const webhookSentences: SentenceTable = {
  'webhook_endpoint.created': {
    zh: (p) => `${p.who}添加了 Webhook 地址${zq(p)}`,
    en: (p) => `${p.who} added the webhook endpoint${eq(p)}`,
  },
  'webhook_endpoint.updated': {
    zh: (p) => `${p.who}修改了 Webhook 地址${zq(p)}`,
    en: (p) => `${p.who} changed the webhook endpoint${eq(p)}`,
  },
  'webhook_endpoint.enabled': {
    zh: (p) => `${p.who}启用了 Webhook 地址${zq(p)}`,
    en: (p) => `${p.who} enabled the webhook endpoint${eq(p)}`,
  },
  'webhook_endpoint.disabled': {
    zh: (p) => `${p.who}停用了 Webhook 地址${zq(p)}${p.data.reason === 'gone' ? '（对方返回 410，地址已不存在）' : ''}`,
    en: (p) => `${p.who} disabled the webhook endpoint${eq(p)}${p.data.reason === 'gone' ? ' (it answered 410 Gone)' : ''}`,
  },
  'webhook_endpoint.deleted': {
    zh: (p) => `${p.who}删除了 Webhook 地址${zq(p)}`,
    en: (p) => `${p.who} deleted the webhook endpoint${eq(p)}`,
  },
  'webhook_endpoint.secret_rotated': {
    zh: (p) => `${p.who}更换了 Webhook 地址${zq(p)}的签名密钥`,
    en: (p) => `${p.who} rotated the signing secret of the webhook endpoint${eq(p)}`,
  },
};
