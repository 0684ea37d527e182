import { useTranslation } from 'react-i18next';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { TicketPriorityBadge, TicketStatusBadge, ticketRef } from '../tickets/ticketLabels';
import type { TicketSummary } from '../tickets/ticketsApi';

interface DeskTableProps {
  items: readonly TicketSummary[];
  loading: boolean;
  /** Shown when the page is empty. */
  emptyText: string;
  /** The enterprise column, for staff serving more than one. */
  showEnterprise: boolean;
  enterpriseOf: (tenantId: string) => string;
  assigneeOf: (accountId: string | null) => string | undefined;
  /** 接单: offered on tickets nobody has and the desk still works; the id being taken is busy. */
  onTake: (ticket: TicketSummary) => void;
  taking: string | null;
}

const workable = (t: TicketSummary) => t.assigneeAccountId === null && t.status !== 'solved' && t.status !== 'closed';

export const deskTicketPath = (id: string) => `/desk/tickets/${id}`;

/** The desk's list: number, subject, requester (and enterprise), category, priority, status, assignee, last update, 接单. */
export function DeskTable({ items, loading, emptyText, showEnterprise, enterpriseOf, assigneeOf, onTake, taking }: DeskTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="desk-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('desk.columns.number')}</th>
            <th scope="col">{t('desk.columns.subject')}</th>
            <th scope="col">{showEnterprise ? t('desk.columns.requesterEnterprise') : t('desk.columns.requester')}</th>
            <th scope="col">{t('desk.columns.category')}</th>
            <th scope="col">{t('desk.columns.priority')}</th>
            <th scope="col">{t('desk.columns.status')}</th>
            <th scope="col">{t('desk.columns.assignee')}</th>
            <th scope="col">{t('desk.columns.updatedAt')}</th>
            <th scope="col">{t('desk.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((ticket) => (
            <LinkRow
              key={ticket.id}
              to={deskTicketPath(ticket.id)}
              data-testid="desk-row"
              data-ticket-id={ticket.id}
              data-number={ticket.number}
              data-status={ticket.status}
            >
              <td className="mono nowrap">{ticketRef(ticket.number)}</td>
              <td className="desk-subject">
                <RowLink to={deskTicketPath(ticket.id)} testId="desk-ticket-link">
                  <span className="strong">{ticket.subject}</span>
                </RowLink>
              </td>
              <td className="desk-requester">
                <div className="nowrap">{ticket.requesterName}</div>
                {showEnterprise ? (
                  <div className="muted small" data-testid="desk-enterprise">
                    {enterpriseOf(ticket.tenantId)}
                  </div>
                ) : null}
              </td>
              <td className="nowrap">{t(`tickets.categoryName.${ticket.category}`)}</td>
              <td>
                <TicketPriorityBadge priority={ticket.priority} />
              </td>
              <td>
                <TicketStatusBadge status={ticket.status} />
              </td>
              <td className="nowrap" data-testid="desk-assignee">
                {ticket.assigneeAccountId === null ? (
                  <span className="muted">{t('desk.unassigned')}</span>
                ) : (
                  (assigneeOf(ticket.assigneeAccountId) ?? '…')
                )}
              </td>
              <td className="muted">
                <time dateTime={ticket.updatedAt} title={formatDateTimeFull(ticket.updatedAt)}>
                  {formatDateTime(ticket.updatedAt)}
                </time>
              </td>
              <td className="nowrap">
                {workable(ticket) ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={taking !== null}
                    onClick={() => onTake(ticket)}
                    data-testid="desk-take"
                  >
                    {t('desk.take')}
                  </button>
                ) : null}
              </td>
            </LinkRow>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 ? (
        <p className="empty" data-testid="desk-empty">
          {emptyText}
        </p>
      ) : null}
    </div>
  );
}
