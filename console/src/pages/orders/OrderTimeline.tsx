import { useTranslation } from 'react-i18next';
import type { OrderTimelineEntry } from '../../api/types';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { inLanguage } from './orderLabels';

/**
 * An order's timeline, oldest first, in plain words. Support and administrators (order.read_all)
 * get who acted and the event's data as well; the order's travellers get the words alone.
 */
type Entry = Pick<OrderTimelineEntry, 'at' | 'words' | 'actorName' | 'data'> & { type?: string };

export function OrderTimeline({ entries, emptyText }: { entries: Entry[]; emptyText: string }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ol className="timeline" data-testid="order-timeline">
      {entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`} className="timeline-event" data-testid="order-timeline-event" data-type={entry.type}>
          <time className="timeline-time muted small" dateTime={entry.at} title={formatDateTimeFull(entry.at)}>
            {formatDateTime(entry.at)}
          </time>
          <div className="timeline-body">
            {entry.actorName ? (
              <>
                <span className="strong" data-testid="order-timeline-actor">
                  {/^(system|系统)$/.test(entry.actorName) ? t('audit.system') : entry.actorName}
                </span>{' '}
              </>
            ) : null}
            <span data-testid="order-timeline-words">{inLanguage(entry.words)}</span>
            {entry.data && Object.keys(entry.data).length > 0 ? (
              <details className="small">
                <summary className="muted mono">{entry.type}</summary>
                <pre className="mono small event-data">{JSON.stringify(entry.data, null, 2)}</pre>
              </details>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
