import { quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

/** The ticket as "#100023 subject" (its number and subject as recorded, else as resolved now). */
const name = (p: SentenceParts) => {
  const number = p.data.number;
  const subject = text(p.data.subject);
  return typeof number === 'number' && subject ? `#${number} ${subject}` : p.label;
};
const zq = (p: SentenceParts) => quoted(name(p), 'zh-CN');
const eq = (p: SentenceParts) => quoted(name(p), 'en');

const FIELD_ZH: Record<string, string> = {
  status: '状态',
  priority: '优先级',
  category: '类别',
  assignee: '处理人',
  team: '团队',
  tags: '标签',
  subject: '标题',
};

/** "状态 open → solved，优先级 normal → high" from the recorded field changes. */
function changes(p: SentenceParts, lang: 'zh-CN' | 'en'): string {
  const list = Array.isArray(p.data.changes) ? p.data.changes.map(record) : [];
  const show = (v: unknown) =>
    v === null || v === undefined ? (lang === 'en' ? 'none' : '无') : Array.isArray(v) ? v.join(', ') : String(v);
  const parts = list.map((c) => {
    const field = text(c.field) ?? '';
    return `${lang === 'en' ? field : (FIELD_ZH[field] ?? field)} ${show(c.from)} → ${show(c.to)}`;
  });
  if (parts.length === 0) return '';
  return lang === 'en' ? `: ${parts.join(', ')}` : `：${parts.join('，')}`;
}

/** Tickets of the support desk (the tickets module). */
export const ticketSentences: SentenceTable = {
  'ticket.created': {
    zh: (p) => `${p.who}创建了工单${zq(p)}`,
    en: (p) => `${p.who} opened the ticket${eq(p)}`,
  },
  'ticket.replied': {
    zh: (p) => `${p.who}回复了工单${zq(p)}`,
    en: (p) => `${p.who} replied on the ticket${eq(p)}`,
  },
  'ticket.requester_replied': {
    zh: (p) => `${p.who}在工单${zq(p)}中留言`,
    en: (p) => `${p.who} wrote on the ticket${eq(p)}`,
  },
  'ticket.noted': {
    zh: (p) => `${p.who}在工单${zq(p)}中添加了内部备注`,
    en: (p) => `${p.who} added an internal note to the ticket${eq(p)}`,
  },
  'ticket.updated': {
    zh: (p) => `${p.who}修改了工单${zq(p)}${changes(p, 'zh-CN')}`,
    en: (p) => `${p.who} changed the ticket${eq(p)}${changes(p, 'en')}`,
  },
  'ticket.assigned': {
    zh: (p) => `${p.who}分派了工单${zq(p)}${changes(p, 'zh-CN')}`,
    en: (p) => `${p.who} assigned the ticket${eq(p)}${changes(p, 'en')}`,
  },
  'ticket.solved': {
    zh: (p) => `${p.who}将工单${zq(p)}标记为已解决`,
    en: (p) => `${p.who} solved the ticket${eq(p)}`,
  },
  'ticket.closed': {
    zh: (p) => `${p.who}关闭了工单${zq(p)}`,
    en: (p) => `${p.who} closed the ticket${eq(p)}`,
  },
  'ticket.reopened': {
    zh: (p) => `${p.who}重新打开了工单${zq(p)}`,
    en: (p) => `${p.who} reopened the ticket${eq(p)}`,
  },
  'ticket.sla_warning': {
    zh: (p) => `工单${zq(p)}的 SLA 目标${text(p.data.target) ?? ''}即将超时`,
    en: (p) => `The ticket${eq(p)} is close to breaching its ${text(p.data.target) ?? ''} SLA target`,
  },
  'ticket.sla_breached': {
    zh: (p) => `工单${zq(p)}的 SLA 目标${text(p.data.target) ?? ''}已超时`,
    en: (p) => `The ticket${eq(p)} breached its ${text(p.data.target) ?? ''} SLA target`,
  },
  'ticket_intake.made_ticket': {
    zh: (p) => `${p.who}将来信“${text(p.data.subject) ?? ''}”（${text(p.data.sender) ?? '未知发件人'}）转为工单`,
    en: (p) => `${p.who} made the message “${text(p.data.subject) ?? ''}” (${text(p.data.sender) ?? 'unknown sender'}) a ticket`,
  },
  'ticket_intake.discarded': {
    zh: (p) => `${p.who}舍弃了来信“${text(p.data.subject) ?? ''}”（${text(p.data.sender) ?? '未知发件人'}）：${text(p.data.note) ?? ''}`,
    en: (p) =>
      `${p.who} discarded the message “${text(p.data.subject) ?? ''}” (${text(p.data.sender) ?? 'unknown sender'}): ${text(p.data.note) ?? ''}`,
  },
};
