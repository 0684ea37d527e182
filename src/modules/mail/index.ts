/**
 * The support desk's email channel. In: an SMTP listener that acknowledges a message only once
 * the handler the composition root gives it has taken it, and a parser to one message shape with
 * the new text of replies. Out: a nodemailer sender and the requester's mails in zh-CN / en. The
 * ticket a mail belongs to is decided from its reply address (a signed token) or its Message-IDs;
 * the tickets module, not this one, stores tickets and reviews what cannot be attributed.
 */
export {
  signTicketToken,
  verifyTicketToken,
  TICKET_TOKEN_LENGTH,
  replyAddress,
  tokenOfAddress,
  isSupportAddress,
  stripQuotedHistory,
  REPLY_ABOVE_MARKER,
  decideThread,
  normalizeMessageId,
  type ThreadDecision,
  type ThreadInput,
} from './engine/index.ts';
export type { InboundMessage, InboundAttachment, MailAddress } from './inbound-message.ts';
export { parseInbound } from './parse-inbound.ts';
export { startSmtpListener, type SmtpListener, type SmtpListenerOptions, type InboundEnvelope, type MailLog } from './smtp-listener.ts';
export { createMailSender, type MailSender, type MailSenderOptions, type OutgoingMail, type SentMail } from './send-mail.ts';
export {
  ticketReceivedMail,
  agentReplyMail,
  ticketSolvedMail,
  type MailLocale,
  type RenderedMail,
  type TicketReceivedData,
  type AgentReplyData,
  type TicketSolvedData,
} from './templates.ts';
export { ticketNotification, type TicketNotificationInput } from './ticket-notification.ts';
