import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { ContactSupportDialog } from './ContactSupportDialog';
import { TicketStatusBadge, ticketRef } from './ticketLabels';
import { ticketsApi } from './ticketsApi';

const PAGE_SIZE = 20;

/** 我的工单 (/tickets): what the employee asked support, most recently updated first, and a way to ask again. */
export function MyTicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const [asking, setAsking] = useState(false);
  const cursor = stack[stack.length - 1] ?? null;
  const { data, error, loading, reload } = useLoad(
    () => ticketsApi.list(undefined, { view: 'requested', limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    `requested|${cursor ?? ''}`,
  );
  const items = data?.items ?? [];
  const nextCursor = data?.nextCursor ?? null;
  return (
    <section data-testid="page-my-tickets">
      <PageHeader
        title={t('tickets.mine.title')}
        subtitle={t('tickets.mine.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" data-testid="my-tickets-new" onClick={() => setAsking(true)}>
            {t('tickets.mine.new')}
          </button>
        }
      />
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table
            className="table table-clickable"
            data-testid="my-tickets-table"
            data-loading={loading ? 'true' : 'false'}
            aria-busy={loading}
          >
            <thead>
              <tr>
                <th scope="col">{t('desk.columns.number')}</th>
                <th scope="col">{t('tickets.mine.subject')}</th>
                <th scope="col">{t('tickets.mine.category')}</th>
                <th scope="col">{t('tickets.mine.status')}</th>
                <th scope="col">{t('tickets.mine.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((ticket) => (
                <LinkRow key={ticket.id} to={`/tickets/${ticket.id}`} data-testid="my-ticket-row" data-status={ticket.status}>
                  <td className="mono nowrap">{ticketRef(ticket.number)}</td>
                  <td>
                    <RowLink to={`/tickets/${ticket.id}`} testId="my-ticket-link">
                      {ticket.subject}
                    </RowLink>
                  </td>
                  <td className="nowrap">{t(`tickets.categoryName.${ticket.category}`)}</td>
                  <td>
                    <TicketStatusBadge status={ticket.status} forRequester />
                  </td>
                  <td className="nowrap muted">{formatDateTime(ticket.updatedAt)}</td>
                </LinkRow>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? (
            <p className="empty" data-testid="my-tickets-empty">
              {t('tickets.mine.empty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={stack.length}
          hasPrev={stack.length > 1}
          hasNext={nextCursor !== null}
          busy={loading}
          onPrev={() => setStack((s) => s.slice(0, -1))}
          onNext={() => nextCursor && setStack((s) => [...s, nextCursor])}
        />
      </div>
      {asking ? (
        <ContactSupportDialog
          onClose={() => setAsking(false)}
          onOpened={(ticket) => void navigate(`/tickets/${ticket.id}`, { state: { opened: true } })}
        />
      ) : null}
    </section>
  );
}
