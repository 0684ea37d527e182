import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { withColon } from '../../lib/lists';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { Conversation } from '../tickets/Conversation';
import { LinkedOrders } from '../tickets/LinkedOrders';
import { TicketPriorityBadge, TicketStatusBadge, ticketRef } from '../tickets/ticketLabels';
import { ticketsApi, type TicketPatch, type TicketReply, type TicketStatus } from '../tickets/ticketsApi';
import { Composer } from './Composer';
import { TicketProperties } from './TicketProperties';
import { TicketTimeline } from './TicketTimeline';
import { useDeskStaff } from './useDeskStaff';
import { useEnterprises } from './useEnterprises';
import { useLiveReload } from './useLiveReload';

/** Read across every enterprise the agent serves: the ticket's id finds it in whichever it belongs to. */
const EVERY_ENTERPRISE = '';

/**
 * /desk/tickets/:id, one ticket on the desk: the conversation (replies and internal notes apart),
 * the composer, the properties (saved as changed, with the version read: someone else's change in
 * between is said plainly and the ticket reloaded), the linked orders and the history in words.
 */
export function DeskTicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const enterprises = useEnterprises();
  const detail = useLoad(() => ticketsApi.get(id, EVERY_ENTERPRISE), id);
  const ticket = detail.data?.id === id ? detail.data : undefined;
  // The history follows the ticket's version: every change the page sees reloads it.
  const timeline = useLoad(() => ticketsApi.timeline(id, EVERY_ENTERPRISE), `${id}|${ticket?.version ?? 0}`);
  const staff = useDeskStaff(ticket ? [ticket.tenantId] : []);
  const [saving, setSaving] = useState(false);
  const [changeError, setChangeError] = useState<unknown>(null);
  const [concurrent, setConcurrent] = useState(false);
  /** A status the server would not move the ticket to (TICKET_ILLEGAL_TRANSITION). */
  const [refused, setRefused] = useState<TicketStatus | null>(null);
  useLiveReload(detail.reload);

  if (!ticket) {
    return detail.error ? (
      <section data-testid="page-desk-ticket">
        <PageHeader title={t('desk.title')} />
        <ErrorNotice error={detail.error} onRetry={detail.reload} />
      </section>
    ) : (
      <Loading />
    );
  }

  const change = async (patch: TicketPatch) => {
    setSaving(true);
    setChangeError(null);
    setConcurrent(false);
    setRefused(null);
    try {
      await ticketsApi.update(ticket.id, ticket.tenantId, ticket.version, patch);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : '';
      if (code === 'CONCURRENT_UPDATE') setConcurrent(true);
      else if (code === 'TICKET_ILLEGAL_TRANSITION' && patch.status) setRefused(patch.status);
      else setChangeError(err);
    } finally {
      setSaving(false);
      detail.reload();
    }
  };

  const send = async (reply: TicketReply) => {
    setConcurrent(false);
    try {
      await ticketsApi.reply(ticket.id, ticket.tenantId, reply);
    } finally {
      detail.reload();
    }
  };

  const person = (accountId: string) => (accountId === me?.id ? me.displayName : staff.nameOf(accountId));
  const enterprise = enterprises.nameOf(ticket.tenantId);
  return (
    <section data-testid="page-desk-ticket" data-ticket-id={ticket.id} data-status={ticket.status} data-version={ticket.version}>
      <PageHeader
        title={`${ticketRef(ticket.number)} ${ticket.subject}`}
        subtitle={t('desk.ticket.subtitle', {
          enterprise,
          requester: ticket.requesterName,
          channel: t(`tickets.channelName.${ticket.channel}`),
          at: formatDateTime(ticket.createdAt),
        })}
        actions={
          <Link className="btn" to="/desk" data-testid="desk-back">
            {t('desk.ticket.back')}
          </Link>
        }
      />
      {concurrent ? (
        <Notice kind="warning" testId="ticket-concurrent" onDismiss={() => setConcurrent(false)} dismissLabel={t('common.close')}>
          {t('desk.ticket.concurrent')}
        </Notice>
      ) : null}
      {refused ? (
        <Notice kind="error" testId="ticket-illegal-move" onDismiss={() => setRefused(null)} dismissLabel={t('common.close')}>
          {t('tickets.illegalMove', { status: t(`tickets.statusName.${refused}`) })}
        </Notice>
      ) : null}
      <ErrorNotice error={changeError} testId="ticket-change-error" />
      <ErrorNotice error={detail.error} onRetry={detail.reload} />
      <div className="status-strip card">
        <TicketStatusBadge status={ticket.status} />
        <TicketPriorityBadge priority={ticket.priority} />
        <span className="mono strong">{ticketRef(ticket.number)}</span>
        <span className="muted">{t(`tickets.categoryName.${ticket.category}`)}</span>
        <span className="spacer" />
        <span className="muted small" data-testid="ticket-assignee">
          {withColon(t('desk.ticket.assignee'))}
          {ticket.assigneeAccountId === null ? t('desk.ticket.nobody') : (person(ticket.assigneeAccountId) ?? '…')}
        </span>
      </div>
      <div className="detail-layout">
        <div className="detail-main">
          <div className="card detail-card">
            <h2 className="card-title">{t('desk.ticket.conversation')}</h2>
            <Conversation messages={ticket.messages} emptyText={t('desk.ticket.noMessages')} />
          </div>
          <Composer ticket={ticket} onSend={send} />
          <div className="card detail-card">
            <h2 className="card-title">{t('desk.ticket.timeline')}</h2>
            <ErrorNotice error={timeline.error} onRetry={timeline.reload} />
            <TicketTimeline entries={timeline.data ?? []} person={person} />
          </div>
        </div>
        <aside className="detail-side">
          <TicketProperties
            ticket={ticket}
            enterprise={enterprise}
            staff={staff.of(ticket.tenantId)}
            busy={saving}
            onChange={(patch) => void change(patch)}
          />
          <LinkedOrders orders={ticket.orders} />
        </aside>
      </div>
    </section>
  );
}
