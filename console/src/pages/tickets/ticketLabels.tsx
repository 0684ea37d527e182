import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from './ticketsApi';

/** "#100023": how people quote a ticket (the server's ticketRef). */
export const ticketRef = (number: number): string => `#${number}`;

/** Waiting on someone is amber, done is green or grey, fresh work blue. */
const STATUS_BADGE: Record<TicketStatus, string> = {
  new: 'badge-info',
  open: 'badge-info',
  pending_customer: 'badge-warning',
  pending_supplier: 'badge-warning',
  on_hold: 'badge-neutral',
  solved: 'badge-success',
  closed: 'badge-neutral',
};

const PRIORITY_BADGE: Record<TicketPriority, string> = {
  low: 'badge-neutral',
  normal: 'badge-neutral',
  high: 'badge-warning',
  urgent: 'badge-danger',
};

/** A ticket's status; the requester reads it from their side (待您回复 rather than 待客户回复). */
export function TicketStatusBadge({ status, forRequester = false }: { status: TicketStatus; forRequester?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_BADGE[status]}`} data-testid="ticket-status" data-status={status}>
      {forRequester ? t(`tickets.requesterStatusName.${status}`) : t(`tickets.statusName.${status}`)}
    </span>
  );
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${PRIORITY_BADGE[priority]}`} data-testid="ticket-priority" data-priority={priority}>
      {t(`tickets.priorityName.${priority}`)}
    </span>
  );
}
