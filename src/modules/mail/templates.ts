/**
 * The support desk's mails to requesters, in zh-CN and en: plain functions of typed data, each
 * returning subject, text and HTML. Every mail starts with REPLY_ABOVE_MARKER, so a reply from a
 * client whose quoting we do not recognise still ends where our mail begins, and carries the
 * ticket number in its subject for people (threading uses the reply address and Message-IDs).
 */
import { REPLY_ABOVE_MARKER } from './engine/strip-quoted.ts';

export type MailLocale = 'zh-CN' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface TicketRef {
  requesterName: string;
  /** The number people quote (工单号), not the id. */
  ticketNumber: string;
  subject: string;
  /** The ticket's page for the requester, when they have one. */
  ticketUrl?: string;
}

export type TicketReceivedData = TicketRef;

export interface AgentReplyData extends TicketRef {
  agentName: string;
  replyText: string;
}

export interface TicketSolvedData extends TicketRef {
  /** The rating page (1–5 and a comment). */
  csatUrl: string;
  /** Days in which a reply reopens the ticket. */
  reopenDays: number;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const paragraphsHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const link = (url: string, label: string): string => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

/** Text and HTML from the same paragraphs: [text, optional link]. */
function body(paragraphs: ReadonlyArray<string | { text: string; url: string; label: string }>): Omit<RenderedMail, 'subject'> {
  const text = [REPLY_ABOVE_MARKER, '', ...paragraphs.flatMap((p) => [typeof p === 'string' ? p : `${p.text} ${p.url}`, ''])]
    .join('\n')
    .trimEnd();
  const html = [
    `<div style="color:#999;font-size:12px">${escapeHtml(REPLY_ABOVE_MARKER)}</div>`,
    ...paragraphs.map((p) => (typeof p === 'string' ? paragraphsHtml(p) : `<p>${escapeHtml(p.text)} ${link(p.url, p.label)}</p>`)),
  ].join('\n');
  return { text, html: `<!doctype html><html><body>${html}</body></html>` };
}

const tag = (locale: MailLocale, ticketNumber: string): string =>
  locale === 'zh-CN' ? `[工单 ${ticketNumber}]` : `[Ticket ${ticketNumber}]`;

function ticketLink(locale: MailLocale, url: string | undefined) {
  if (!url) return [];
  return [locale === 'zh-CN' ? { text: '查看工单：', url, label: url } : { text: 'View the ticket:', url, label: url }];
}

/** The automatic acknowledgement of a new ticket, with its number. */
export function ticketReceivedMail(locale: MailLocale, d: TicketReceivedData): RenderedMail {
  if (locale === 'zh-CN')
    return {
      subject: `${tag(locale, d.ticketNumber)} 我们已收到您的请求：${d.subject}`,
      ...body([
        `${d.requesterName}，您好：`,
        `我们已收到您的请求「${d.subject}」，工单号 ${d.ticketNumber}。客服会尽快回复您。`,
        '如需补充信息，请直接回复本邮件，内容会加入同一工单。',
        ...ticketLink(locale, d.ticketUrl),
        'Tripdesk 客服中心',
      ]),
    };
  return {
    subject: `${tag(locale, d.ticketNumber)} We received your request: ${d.subject}`,
    ...body([
      `Dear ${d.requesterName},`,
      `We received your request "${d.subject}" as ticket ${d.ticketNumber}. An agent will answer you shortly.`,
      'To add anything, reply to this email: your reply joins the same ticket.',
      ...ticketLink(locale, d.ticketUrl),
      'Tripdesk Support',
    ]),
  };
}

/** An agent's public reply. */
export function agentReplyMail(locale: MailLocale, d: AgentReplyData): RenderedMail {
  if (locale === 'zh-CN')
    return {
      subject: `${tag(locale, d.ticketNumber)} 回复：${d.subject}`,
      ...body([`${d.requesterName}，您好：`, d.replyText, ...ticketLink(locale, d.ticketUrl), `${d.agentName}\nTripdesk 客服中心`]),
    };
  return {
    subject: `${tag(locale, d.ticketNumber)} Re: ${d.subject}`,
    ...body([`Dear ${d.requesterName},`, d.replyText, ...ticketLink(locale, d.ticketUrl), `${d.agentName}\nTripdesk Support`]),
  };
}

/** The ticket is solved: the invitation to rate it, and how to reopen it. */
export function ticketSolvedMail(locale: MailLocale, d: TicketSolvedData): RenderedMail {
  if (locale === 'zh-CN')
    return {
      subject: `${tag(locale, d.ticketNumber)} 已解决：${d.subject}`,
      ...body([
        `${d.requesterName}，您好：`,
        `您的工单 ${d.ticketNumber}「${d.subject}」已解决。`,
        { text: '请为本次服务评分（1–5 分）：', url: d.csatUrl, label: '评价本次服务' },
        `如问题仍未解决，请在 ${d.reopenDays} 天内直接回复本邮件，工单将重新打开。`,
        'Tripdesk 客服中心',
      ]),
    };
  return {
    subject: `${tag(locale, d.ticketNumber)} Solved: ${d.subject}`,
    ...body([
      `Dear ${d.requesterName},`,
      `Your ticket ${d.ticketNumber} "${d.subject}" has been solved.`,
      { text: 'Please rate our service (1–5):', url: d.csatUrl, label: 'Rate this service' },
      `If the problem is not solved, reply to this email within ${d.reopenDays} days and the ticket reopens.`,
      'Tripdesk Support',
    ]),
  };
}
