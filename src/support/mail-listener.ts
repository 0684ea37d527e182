/**
 * The support mailbox's SMTP listener in a running server (TRIPDESK_SMTP_LISTEN_PORT, default 2525,
 * 0 off): each mail is taken by the mail intake (mail-intake.ts) before the listener answers 250.
 */
import type { Config } from '../platform/config/config.ts';
import type { PiiCipher } from '../platform/crypto/pii.ts';
import type { Database } from '../platform/db/database.ts';
import { startSmtpListener, type MailLog, type SmtpListener } from '../modules/mail/index.ts';
import { DEFAULT_TICKET_SETTINGS } from '../modules/tickets/index.ts';
import { takeMail, type MailIntakeDeps } from './mail-intake.ts';
import { slaAfterChange } from './ticket-sla.ts';
import type { Scheduler } from '../platform/jobs/scheduler.ts';

/** The key of the signed tokens in reply addresses, from the platform key. */
export const mailTokenSecret = (cipher: PiiCipher): Buffer => cipher.derive('tripdesk ticket reply-address token v1');

export async function startMailIntake(
  config: Config,
  database: Database,
  cipher: PiiCipher,
  scheduler: Scheduler,
  log: MailLog,
): Promise<SmtpListener | null> {
  if (config.smtpListenPort === 0) return null;
  const deps: MailIntakeDeps = {
    db: database.db,
    supportEmail: config.supportEmail,
    tokenSecret: mailTokenSecret(cipher),
    settings: DEFAULT_TICKET_SETTINGS,
    afterChange: slaAfterChange(scheduler),
  };
  const listener = await startSmtpListener({
    port: config.smtpListenPort,
    host: config.host,
    supportEmail: config.supportEmail,
    maxBytes: 25 * 1024 * 1024,
    onMessage: async (raw, envelope) => {
      const outcome = await takeMail(deps, raw, envelope);
      log.info({ outcome, from: envelope.mailFrom }, 'support mail taken');
    },
    log,
  });
  log.info({ port: listener.port, mailbox: config.supportEmail }, 'support mailbox listening (SMTP)');
  return listener;
}
