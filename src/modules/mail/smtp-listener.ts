/**
 * The inbound SMTP listener (smtp-server), run like an MX for the support address: no
 * authentication, recipients limited to the support mailbox and its `+` subaddresses (the reply
 * addresses), a size limit. A message is acknowledged with 250 only after `onMessage` resolved;
 * when it rejects, the sender gets 451 and its server retries later, so a failure here loses no
 * mail. The same mail can therefore arrive twice (a retry after a lost 250): `onMessage` should
 * be idempotent on the Message-ID.
 */
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { isSupportAddress } from './engine/reply-address.ts';

/** What the SMTP conversation said about a message, beside its bytes. */
export interface InboundEnvelope {
  /** MAIL FROM; null for the null sender `<>` (bounces). */
  mailFrom: string | null;
  /** RCPT TO, lower case: the support address or its reply addresses. */
  rcptTo: string[];
  remoteAddress: string;
  /** The name the client gave in HELO/EHLO. */
  clientName: string;
  /** When the last byte arrived. */
  receivedAt: Date;
}

/** The smallest logger the listener needs (pino's and Fastify's fit). */
export interface MailLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SmtpListenerOptions {
  /** 0 picks a free port (tests); the composition root does not start the listener when configured off. */
  port: number;
  host?: string;
  supportEmail: string;
  /** Largest message accepted, in bytes (advertised with SIZE; larger ones get 552). */
  maxBytes: number;
  onMessage(raw: Buffer, envelope: InboundEnvelope): Promise<void>;
  log: MailLog;
  /** The name in the greeting and EHLO answer (default: the host's name). */
  serverName?: string;
  /** PEM key and certificate: STARTTLS is offered only with them, never with smtp-server's published test certificate. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Milliseconds close() waits for open sessions before cutting them (default 5,000). */
  closeTimeoutMs?: number;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const smtpError = (responseCode: number, message: string): Error => Object.assign(new Error(message), { responseCode });

function envelopeOf(session: SMTPServerSession): InboundEnvelope {
  const { mailFrom, rcptTo } = session.envelope;
  return {
    mailFrom: mailFrom && mailFrom.address !== '' ? mailFrom.address.toLowerCase() : null,
    rcptTo: rcptTo.map((r) => r.address.toLowerCase()),
    remoteAddress: session.remoteAddress,
    clientName: session.hostNameAppearsAs,
    receivedAt: new Date(),
  };
}

export async function startSmtpListener(opts: SmtpListenerOptions): Promise<SmtpListener> {
  const { log, maxBytes, supportEmail } = opts;
  if (!isSupportAddress(supportEmail, supportEmail)) throw new Error(`not a support address: ${supportEmail}`);

  const onRcptTo = (address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    if (isSupportAddress(address.address, supportEmail)) return callback();
    callback(smtpError(550, `No such mailbox here: ${address.address}`));
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    stream.on('data', (chunk: Buffer) => {
      // Past the limit the rest is read and dropped: the client is still sending it.
      if (kept + chunk.length <= maxBytes) chunks.push(chunk);
      kept += chunk.length;
    });
    stream.on('error', (err: Error) => callback(smtpError(451, `Temporary failure reading the message: ${err.message}`)));
    stream.on('end', () => {
      const envelope = envelopeOf(session);
      if (stream.sizeExceeded) {
        log.warn({ bytes: stream.byteLength, maxBytes, from: envelope.mailFrom }, 'mail: inbound message over the size limit refused');
        return callback(smtpError(552, `Message exceeds the maximum size of ${maxBytes} bytes`));
      }
      opts.onMessage(Buffer.concat(chunks), envelope).then(
        () => callback(),
        (err: unknown) => {
          log.error(
            { err, from: envelope.mailFrom, rcptTo: envelope.rcptTo },
            'mail: handling an inbound message failed; the sender will retry',
          );
          callback(smtpError(451, 'Temporary failure handling the message, try again later'));
        },
      );
    });
  };

  const server = new SMTPServer({
    ...(opts.serverName ? { name: opts.serverName } : {}),
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    size: maxBytes,
    disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: opts.closeTimeoutMs ?? 5_000,
    onRcptTo,
    onData,
  });
  server.on('error', (err: Error) => log.error({ err }, 'mail: SMTP listener error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  log.info({ port, supportEmail }, 'mail: SMTP listener started');

  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
