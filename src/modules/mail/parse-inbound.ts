/**
 * Raw RFC 5322 bytes → InboundMessage, by mailparser's simpleParser: MIME structure, transfer
 * encodings, RFC 2047 / 2231 header words and the charsets Chinese clients send (GB2312, GBK,
 * GB18030, Big5 — decoded as their supersets, so a GBK character in mail labelled GB2312 reads
 * right) are the library's work. Here: one shape with plain types, and the new text of a reply.
 */
import { simpleParser, type AddressObject, type Attachment, type EmailAddress, type ParsedMail } from 'mailparser';
import { normalizeMessageId } from './engine/thread-decision.ts';
import { stripQuotedHistory } from './engine/strip-quoted.ts';
import type { InboundAttachment, InboundMessage, MailAddress } from './inbound-message.ts';

function flatten(list: readonly EmailAddress[]): MailAddress[] {
  return list.flatMap((entry) => {
    if (entry.group) return flatten(entry.group);
    const address = entry.address?.trim().toLowerCase();
    return address ? [{ address, name: entry.name.trim() }] : [];
  });
}

function addresses(header: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!header) return [];
  return flatten((Array.isArray(header) ? header : [header]).flatMap((h) => h.value));
}

function messageIds(header: string | string[] | undefined): string[] {
  const all = (Array.isArray(header) ? header : [header ?? '']).flatMap((value) => value.split(/[\s,]+/));
  return all.map(normalizeMessageId).filter((id): id is string => id !== null);
}

function attachment(a: Attachment, index: number): InboundAttachment {
  return {
    filename: a.filename?.trim() || `attachment-${index + 1}`,
    contentType: a.contentType,
    size: a.content.length,
    content: a.content,
    ...(a.cid ? { contentId: a.cid } : {}),
    inline: a.related === true || a.contentDisposition === 'inline',
  };
}

/** The Date header, or null: mailparser puts the current time in place of a date it cannot read. */
function headerDate(mail: ParsedMail): Date | null {
  const line = mail.headerLines.find((h) => h.key === 'date')?.line;
  if (line === undefined) return null;
  const parsed = new Date(
    line
      .slice(line.indexOf(':') + 1)
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export async function parseInbound(raw: Buffer): Promise<InboundMessage> {
  // keepCidLinks: embedded images stay attachments rather than data: URIs inflating the HTML.
  const mail = await simpleParser(raw, { keepCidLinks: true });
  const fullText = (mail.text ?? '').replace(/\r\n?/g, '\n');
  return {
    messageId: mail.messageId ? normalizeMessageId(mail.messageId) : null,
    inReplyTo: messageIds(mail.inReplyTo)[0] ?? null,
    references: messageIds(mail.references),
    from: addresses(mail.from)[0] ?? null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: (mail.subject ?? '').trim(),
    text: stripQuotedHistory(fullText),
    fullText: fullText.trim(),
    ...(typeof mail.html === 'string' ? { html: mail.html } : {}),
    attachments: mail.attachments.map(attachment),
    date: headerDate(mail),
  };
}
