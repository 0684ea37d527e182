/**
 * Which ticket an inbound mail belongs to, from what the mail itself says. The token in a reply
 * address wins: it is signed, survives clients that drop threading headers, and names one ticket.
 * Otherwise the Message-IDs it answers (In-Reply-To, then References from the newest back) are for
 * the caller to look up among the messages it stored; with neither, the mail starts a ticket.
 */
import { tokenOfAddress } from './reply-address.ts';
import { verifyTicketToken } from './ticket-token.ts';

export type ThreadDecision = { kind: 'token'; ticketId: string } | { kind: 'references'; messageIds: string[] } | { kind: 'new' };

export interface ThreadInput {
  inReplyTo: string | null;
  references: readonly string[];
  /** Every address the mail was delivered to: the envelope's RCPT TO first, then To and Cc. */
  recipients: readonly string[];
  supportEmail: string;
  secret: Buffer;
}

/** `<id@host>` with its angle brackets, as mail headers and nodemailer's messageId write it. */
export function normalizeMessageId(id: string): string | null {
  const bare = id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return bare === '' || /[\s<>]/.test(bare) ? null : `<${bare}>`;
}

export function decideThread(input: ThreadInput): ThreadDecision {
  for (const address of input.recipients) {
    const token = tokenOfAddress(address, input.supportEmail);
    const ticketId = token === null ? null : verifyTicketToken(input.secret, token);
    if (ticketId !== null) return { kind: 'token', ticketId };
  }
  const ordered = [input.inReplyTo, ...[...input.references].reverse()];
  const messageIds: string[] = [];
  for (const id of ordered) {
    const normal = id === null ? null : normalizeMessageId(id);
    if (normal !== null && !messageIds.includes(normal)) messageIds.push(normal);
  }
  return messageIds.length > 0 ? { kind: 'references', messageIds } : { kind: 'new' };
}
