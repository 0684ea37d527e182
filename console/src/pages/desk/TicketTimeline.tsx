import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { clauseJoin, listJoin } from '../../lib/lists';
import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type TicketTimelineEntry } from '../tickets/ticketsApi';
import { changesIn, valueInWords, type ValueWords } from './timelineChanges';

const member = <T extends string>(values: readonly T[], code: unknown): T | undefined =>
  typeof code === 'string' && (values as readonly string[]).includes(code) ? (code as T) : undefined;

const FIELDS = ['status', 'priority', 'category', 'assignee', 'team', 'tags', 'subject'] as const;

/** One entry of the ticket's history as a sentence: who did what, field changes from → to in words. */
function sentence(t: TFunction, entry: TicketTimelineEntry, person: (accountId: string) => string | undefined): string {
  const actor = entry.actorKind === 'system' && /^(system|系统)?$/.test(entry.actorName) ? t('audit.system') : entry.actorName;
  const words: ValueWords = {
    status: (c) => {
      const s = member(TICKET_STATUSES, c);
      return s && t(`tickets.statusName.${s}`);
    },
    priority: (c) => {
      const p = member(TICKET_PRIORITIES, c);
      return p && t(`tickets.priorityName.${p}`);
    },
    category: (c) => {
      const k = member(TICKET_CATEGORIES, c);
      return k && t(`tickets.categoryName.${k}`);
    },
    person,
    none: t('desk.timeline.none'),
    join: listJoin,
  };
  const changes = clauseJoin(
    changesIn(entry.data).map((c) => {
      const field = member(FIELDS, c.field);
      return t('desk.timeline.change', {
        field: field ? t(`desk.timeline.field.${field}`) : c.field,
        from: valueInWords(c.field, c.from, words),
        to: valueInWords(c.field, c.to, words),
      });
    }),
  );
  const d = entry.data;
  switch (entry.type) {
    case 'ticket.created': {
      const channel = member(TICKET_CHANNELS, d.channel);
      return t('desk.timeline.created', {
        actor,
        channel: channel ? t(`tickets.channelName.${channel}`) : String(d.channel ?? ''),
        category: words.category(String(d.category)) ?? String(d.category ?? ''),
        priority: words.priority(String(d.priority)) ?? String(d.priority ?? ''),
      });
    }
    case 'ticket.replied':
      return t(d.firstResponse === true ? 'desk.timeline.firstResponse' : 'desk.timeline.replied', { actor });
    case 'ticket.requester_replied':
      return t('desk.timeline.requesterReplied', { actor });
    case 'ticket.noted':
      return t('desk.timeline.noted', { actor });
    case 'ticket.assigned':
      return t('desk.timeline.assigned', { actor, changes });
    case 'ticket.solved':
      return t('desk.timeline.solved', { actor });
    case 'ticket.closed':
      return t('desk.timeline.closed', { actor });
    case 'ticket.reopened':
      return t('desk.timeline.reopened', { actor, changes });
    case 'ticket.updated':
      return t('desk.timeline.changed', { actor, changes });
    default:
      return t('desk.timeline.other', { actor, type: entry.type });
  }
}

/** The ticket's history, oldest first, in words (field changes from → to, people by name). */
export function TicketTimeline({
  entries,
  person,
}: {
  entries: readonly TicketTimelineEntry[];
  person: (accountId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('desk.ticket.timelineEmpty')}</p>;
  return (
    <ol className="timeline" data-testid="ticket-timeline">
      {entries.map((entry) => (
        <li key={entry.seq} className="timeline-event" data-testid="ticket-timeline-event" data-type={entry.type}>
          <time className="timeline-time muted small" dateTime={entry.at} title={formatDateTimeFull(entry.at)}>
            {formatDateTime(entry.at)}
          </time>
          <div className="timeline-body" data-testid="ticket-timeline-words">
            {sentence(t, entry, person)}
          </div>
        </li>
      ))}
    </ol>
  );
}
