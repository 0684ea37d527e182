/**
 * A rendered mail addressed to a ticket's requester: Reply-To is the ticket's reply address (the
 * signed token in the subaddress), and the threading headers continue the ticket's mail thread.
 */
import { replyAddress } from './engine/reply-address.ts';
import { signTicketToken } from './engine/ticket-token.ts';
import type { OutgoingMail } from './send-mail.ts';
import type { RenderedMail } from './templates.ts';

export interface TicketNotificationInput {
  to: string;
  mail: RenderedMail;
  supportEmail: string;
  tokenSecret: Buffer;
  ticketId: string;
  /** The Message-IDs of the ticket's thread so far, oldest first: the mail answers the last. */
  thread?: readonly string[];
}

export function ticketNotification(input: TicketNotificationInput): OutgoingMail {
  const thread = [...(input.thread ?? [])];
  const last = thread[thread.length - 1];
  return {
    to: input.to,
    subject: input.mail.subject,
    text: input.mail.text,
    html: input.mail.html,
    replyTo: replyAddress(input.supportEmail, signTicketToken(input.tokenSecret, input.ticketId)),
    ...(last !== undefined ? { inReplyTo: last, references: thread } : {}),
  };
}
