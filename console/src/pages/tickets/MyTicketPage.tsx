import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useNow } from '../../lib/useNow';
import { Conversation } from './Conversation';
import { LinkedOrders } from './LinkedOrders';
import { onCtrlEnter } from './ctrlEnter';
import { TicketStatusBadge, ticketRef } from './ticketLabels';
import { ticketsApi, type TicketDetail } from './ticketsApi';

interface ArrivalState {
  opened?: boolean;
  /** The number of the closed ticket a reply continued in this new one. */
  followUpOf?: number;
}

/** Where the requester stands: solved and still reopenable by a reply, closed (a reply starts a new ticket), or neither. */
function standing(ticket: TicketDetail, now: number): 'solved' | 'closed' | 'pendingYou' | null {
  if (ticket.status === 'closed') return 'closed';
  if (ticket.status === 'solved') return ticket.reopenUntil && Date.parse(ticket.reopenUntil) < now ? 'closed' : 'solved';
  return ticket.status === 'pending_customer' ? 'pendingYou' : null;
}

/**
 * /tickets/:id, the requester's side of a ticket: the public conversation (the desk's internal notes
 * never reach it), the orders it is about and a reply box. A solved ticket says so and still takes a
 * reply within its reopen window, which opens it again; a reply to a closed one becomes a follow-up.
 */
export function MyTicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const arrival = (useLocation().state ?? {}) as ArrivalState;
  const now = useNow();
  const { data, error, reload } = useLoad(() => ticketsApi.get(id, undefined), id);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);

  const ticket = data?.id === id ? data : undefined;
  if (!ticket) {
    return error ? (
      <section data-testid="page-my-ticket">
        <PageHeader title={t('tickets.mine.title')} />
        <ErrorNotice error={error} onRetry={reload} />
      </section>
    ) : (
      <Loading />
    );
  }

  const send = async () => {
    if (busy || body.trim() === '') return;
    setBusy(true);
    setSendError(null);
    try {
      const result = await ticketsApi.reply(ticket.id, undefined, { body: body.trim() });
      setBody('');
      if (result.followUp) void navigate(`/tickets/${result.ticket.id}`, { state: { followUpOf: ticket.number } satisfies ArrivalState });
      else reload();
    } catch (err) {
      setSendError(err);
    } finally {
      setBusy(false);
    }
  };

  const where = standing(ticket, now);
  return (
    <section data-testid="page-my-ticket" data-status={ticket.status} data-ticket-id={ticket.id} data-number={ticket.number}>
      <PageHeader
        title={`${ticketRef(ticket.number)} ${ticket.subject}`}
        subtitle={`${t(`tickets.categoryName.${ticket.category}`)} · ${t('tickets.page.createdAt', { at: formatDateTime(ticket.createdAt) })}`}
        actions={
          <Link className="btn" to="/tickets">
            {t('tickets.page.back')}
          </Link>
        }
      />
      {arrival.opened ? (
        <Notice kind="success" testId="ticket-opened">
          {t('tickets.page.opened')}
        </Notice>
      ) : null}
      {arrival.followUpOf !== undefined ? (
        <Notice kind="info" testId="ticket-follow-up">
          {t('tickets.page.followUp', { number: ticketRef(ticket.number) })}
        </Notice>
      ) : null}
      <ErrorNotice error={error} onRetry={reload} />
      <div className="status-strip card">
        <TicketStatusBadge status={ticket.status} forRequester />
        <span className="mono strong">{ticketRef(ticket.number)}</span>
        <span className="muted">{t(`tickets.categoryName.${ticket.category}`)}</span>
      </div>
      {where === 'solved' ? (
        <Notice kind="success" testId="ticket-solved">
          <p className="strong">{t('tickets.page.solved')}</p>
          <p>{t('tickets.page.solvedHint', { until: formatDateTime(ticket.reopenUntil) })}</p>
        </Notice>
      ) : where === 'closed' ? (
        <Notice kind="info" testId="ticket-closed">
          <p className="strong">{t('tickets.page.closed')}</p>
          <p>{t('tickets.page.closedHint')}</p>
        </Notice>
      ) : where === 'pendingYou' ? (
        <Notice kind="warning" testId="ticket-pending-you">
          {t('tickets.page.pendingYou')}
        </Notice>
      ) : null}
      <div className="detail-layout">
        <div className="detail-main">
          <div className="card detail-card">
            <h2 className="card-title">{t('tickets.page.conversation')}</h2>
            <Conversation messages={ticket.messages} emptyText={t('desk.ticket.noMessages')} />
          </div>
          <div className="card detail-card ticket-composer" data-testid="ticket-reply">
            <h2 className="card-title">{t('tickets.page.reply')}</h2>
            <ErrorNotice error={sendError} testId="ticket-reply-error" />
            <textarea
              rows={4}
              value={body}
              aria-label={t('tickets.page.reply')}
              placeholder={t('tickets.page.replyPlaceholder')}
              onChange={(e) => setBody(e.target.value)}
              onKeyDown={onCtrlEnter(() => void send())}
              data-testid="ticket-reply-body"
            />
            <div className="form-actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy || body.trim() === ''}
                onClick={() => void send()}
                data-testid="ticket-reply-send"
              >
                {t('tickets.page.send')}
              </button>
            </div>
          </div>
        </div>
        <aside className="detail-side">
          <LinkedOrders orders={ticket.orders} />
        </aside>
      </div>
    </section>
  );
}
