import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { onCtrlEnter } from '../tickets/ctrlEnter';
import type { TicketDetail, TicketReply, TicketStatus } from '../tickets/ticketsApi';

type Kind = NonNullable<TicketReply['kind']>;

/** The statuses a reply may set as it goes: waiting on the customer, or solved (not offered once solved: a reply keeps it so). */
const SEND_AS: readonly TicketStatus[] = ['pending_customer', 'solved'];

interface ComposerProps {
  ticket: TicketDetail;
  /** Sends the message (and the status, if one is chosen); rejects with the server's refusal. */
  onSend: (reply: TicketReply) => Promise<void>;
}

/**
 * The desk's composer: a public reply (the customer reads it) or an internal note (support only),
 * toggled above the text; a reply can set the ticket 待客户回复 or 已解决 as it goes. Ctrl+Enter
 * sends as the main button does. A closed ticket takes nothing more (the requester's next message
 * opens a follow-up).
 */
export function Composer({ ticket, onSend }: ComposerProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('public');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<Kind | null>(null);
  const closed = ticket.status === 'closed';

  const send = async (status?: TicketStatus) => {
    if (busy || closed || body.trim() === '') return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      await onSend({ body: body.trim(), kind, ...(status && kind === 'public' ? { status } : {}) });
      setBody('');
      setSent(kind);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const empty = body.trim() === '';
  return (
    <div className={`card detail-card ticket-composer ticket-composer-${kind}`} data-testid="desk-composer" data-kind={kind}>
      <div className="card-head">
        <h2 className="card-title">{t('desk.composer.label')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('desk.composer.label')}>
          {(['public', 'note'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              className={kind === k ? 'segmented-item active' : 'segmented-item'}
              onClick={() => setKind(k)}
              data-testid={`desk-composer-${k}`}
            >
              {k === 'public' ? t('desk.composer.reply') : t('desk.composer.note')}
            </button>
          ))}
        </div>
      </div>
      <ErrorNotice error={error} testId="desk-composer-error" />
      <textarea
        rows={5}
        value={body}
        disabled={closed}
        aria-label={kind === 'public' ? t('desk.composer.reply') : t('desk.composer.note')}
        placeholder={kind === 'public' ? t('desk.composer.replyPlaceholder') : t('desk.composer.notePlaceholder')}
        onChange={(e) => {
          setBody(e.target.value);
          setSent(null);
        }}
        onKeyDown={onCtrlEnter(() => void send())}
        data-testid="desk-composer-body"
      />
      {kind === 'note' ? <p className="field-hint">{t('desk.composer.noteHint')}</p> : null}
      <div className="form-actions">
        {sent ? (
          <span className="muted small" role="status" data-testid="desk-composer-sent">
            {sent === 'note' ? t('desk.composer.noted') : t('desk.composer.sent')}
          </span>
        ) : null}
        <span className="spacer" />
        {kind === 'public' && ticket.status !== 'solved'
          ? SEND_AS.filter((s) => s !== ticket.status).map((status) => (
              <button
                key={status}
                type="button"
                className="btn"
                disabled={busy || empty || closed}
                onClick={() => void send(status)}
                data-testid={`desk-composer-send-${status}`}
              >
                {t('desk.composer.sendAs', { status: t(`tickets.statusName.${status}`) })}
              </button>
            ))
          : null}
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || empty || closed}
          onClick={() => void send()}
          data-testid="desk-composer-send"
        >
          {kind === 'public' ? t('desk.composer.send') : t('desk.composer.sendNote')}
        </button>
      </div>
    </div>
  );
}
