/** An inbound mail as the support desk sees it, whatever client and charset it came from. */

export interface MailAddress {
  /** Lower case: addresses are matched against employees' addresses. */
  address: string;
  name: string;
}

export interface InboundAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
  /** The Content-ID without angle brackets, for `cid:` links in the HTML body. */
  contentId?: string;
  /** Shown inside the body (an embedded image) rather than offered as a file. */
  inline: boolean;
}

export interface InboundMessage {
  /** `<id@host>`; null when the sender's client set none (RFC 5322 says it should, not must). */
  messageId: string | null;
  inReplyTo: string | null;
  /** Oldest first, as in the header. */
  references: string[];
  /** Null when the From header is missing or unreadable: such mail goes to review. */
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** What the sender wrote in this mail: quoted history and signature stripped. */
  text: string;
  /** The whole plain text (rendered from HTML when the mail has no text part). */
  fullText: string;
  html?: string;
  attachments: InboundAttachment[];
  /** The Date header; null when missing or unreadable. */
  date: Date | null;
}
