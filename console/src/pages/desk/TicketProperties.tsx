import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketDetail,
  type TicketPatch,
  type TicketPriority,
  type TicketStatus,
} from '../tickets/ticketsApi';

interface TicketPropertiesProps {
  ticket: TicketDetail;
  enterprise: string;
  /** Operator staff serving the ticket's enterprise: whom it may be assigned to. */
  /** Whom the ticket may be assigned to. */
  staff: readonly { accountId: string; displayName: string }[];
  busy: boolean;
  /** Saves one change at once (with the version the page holds). */
  onChange: (patch: TicketPatch) => void;
}

/**
 * The side panel: status, priority, category and assignee, each saved as soon as it is changed;
 * then who asked, from which enterprise and channel, its tags, and when the desk first answered. A ticket
 * never goes back to 新建, and a closed one changes no more.
 */
export function TicketProperties({ ticket, enterprise, staff, busy, onChange }: TicketPropertiesProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const closed = ticket.status === 'closed';
  const statuses = TICKET_STATUSES.filter((s) => s !== 'new' || ticket.status === 'new');
  // The current assignee stays a choice even when they no longer serve the enterprise.
  const assigned = ticket.assigneeAccountId;
  const people =
    assigned === null || staff.some((s) => s.accountId === assigned)
      ? staff
      : [...staff, { accountId: assigned, displayName: assigned === me?.id ? me.displayName : '…' }];
  return (
    <div className="card detail-card" data-testid="ticket-properties" aria-busy={busy}>
      <h2 className="card-title">{t('desk.ticket.properties')}</h2>
      <Field label={t('desk.ticket.status')}>
        {(id) => (
          <select
            id={id}
            value={ticket.status}
            disabled={busy || closed}
            onChange={(e) => onChange({ status: e.target.value as TicketStatus })}
            data-testid="ticket-field-status"
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`tickets.statusName.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('desk.ticket.priority')}>
        {(id) => (
          <select
            id={id}
            value={ticket.priority}
            disabled={busy || closed}
            onChange={(e) => onChange({ priority: e.target.value as TicketPriority })}
            data-testid="ticket-field-priority"
          >
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`tickets.priorityName.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('desk.ticket.category')}>
        {(id) => (
          <select
            id={id}
            value={ticket.category}
            disabled={busy || closed}
            onChange={(e) => onChange({ category: e.target.value as TicketCategory })}
            data-testid="ticket-field-category"
          >
            {TICKET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`tickets.categoryName.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('desk.ticket.assignee')}>
        {(id) => (
          <div className="input-with-action">
            <select
              id={id}
              value={ticket.assigneeAccountId ?? ''}
              disabled={busy || closed}
              onChange={(e) => onChange({ assigneeAccountId: e.target.value || null })}
              data-testid="ticket-field-assignee"
            >
              <option value="">{t('desk.ticket.nobody')}</option>
              {people.map((s) => (
                <option key={s.accountId} value={s.accountId}>
                  {s.displayName}
                </option>
              ))}
            </select>
            {me && ticket.assigneeAccountId !== me.id && !closed ? (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => onChange({ assigneeAccountId: me.id })}
                data-testid="ticket-assign-me"
              >
                {t('desk.ticket.assignMe')}
              </button>
            ) : null}
          </div>
        )}
      </Field>
      <dl className="ticket-facts">
        <dt>{t('desk.ticket.requester')}</dt>
        <dd data-testid="ticket-requester">{ticket.requesterName}</dd>
        <dt>{t('desk.ticket.enterprise')}</dt>
        <dd>{enterprise}</dd>
        <dt>{t('desk.ticket.channel')}</dt>
        <dd>{t(`tickets.channelName.${ticket.channel}`)}</dd>
        {ticket.tags.length > 0 ? (
          <>
            <dt>{t('desk.ticket.tags')}</dt>
            <dd className="tag-list" data-testid="ticket-tags">
              {ticket.tags.map((tag) => (
                <span key={tag} className="badge badge-neutral">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt>{t('desk.ticket.firstResponse')}</dt>
        <dd>
          {ticket.firstResponseAt ? formatDateTime(ticket.firstResponseAt) : <span className="muted">{t('desk.ticket.noResponse')}</span>}
        </dd>
      </dl>
    </div>
  );
}
