/**
 * Outbound mail by nodemailer over `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…:465`; query
 * options such as `?ignoreTLS=true` go to nodemailer's SMTP transport). Threading headers are
 * set from the caller's Message-IDs so the requester's client files our mail under their thread,
 * and Reply-To carries the ticket's reply address so their answer finds its ticket.
 */
import { createTransport } from 'nodemailer';

export interface OutgoingMail {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** The ticket's reply address (replyAddress in the engine). */
  replyTo: string;
  /** The Message-ID this mail answers. */
  inReplyTo?: string;
  /** The thread's Message-IDs, oldest first. */
  references?: string[];
  headers?: Record<string, string>;
}

export interface SentMail {
  /** `<id@host>`, to store beside the ticket's message so replies to it thread by References. */
  messageId: string;
  /** Recipients the relay refused (the others were accepted). */
  rejected: string[];
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

export interface MailSenderOptions {
  smtpUrl: string;
  /** The From address, with a display name: `"Tripdesk 客服" <support@tripdesk.local>`. */
  from: string;
}

export function createMailSender(opts: MailSenderOptions): MailSender {
  const transport = createTransport(opts.smtpUrl);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html !== undefined ? { html: mail.html } : {}),
        replyTo: mail.replyTo,
        ...(mail.inReplyTo !== undefined ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references && mail.references.length > 0 ? { references: mail.references } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
      return { messageId: info.messageId, rejected: info.rejected };
    },
    close: () => transport.close(),
  };
}
