import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import type { TicketMessage } from './ticketsApi';

/**
 * A ticket's messages, oldest first. The desk's replies and the requester's messages sit on either
 * side; an internal note (agents only: the server leaves notes out for the requester) is marked
 * 内部备注 and set apart in colour and border, so nobody mistakes it for what the customer read.
 */
export function Conversation({ messages, emptyText }: { messages: readonly TicketMessage[]; emptyText: string }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ol className="ticket-conversation" data-testid="ticket-conversation">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`ticket-message ticket-message-${m.kind === 'note' ? 'note' : m.authorKind}`}
          data-testid="ticket-message"
          data-kind={m.kind}
          data-author-kind={m.authorKind}
        >
          <div className="ticket-message-head">
            <span className="strong" data-testid="ticket-message-author">
              {m.authorKind === 'system' ? t('audit.system') : m.authorName}
            </span>
            {m.kind === 'note' ? (
              <span className="badge badge-warning" data-testid="ticket-message-note">
                {t('tickets.note')}
              </span>
            ) : m.authorKind === 'agent' ? (
              <span className="badge badge-info">{t('tickets.agent')}</span>
            ) : null}
            {m.channel !== 'web' ? <span className="muted small">{t(`tickets.channelName.${m.channel}`)}</span> : null}
            <span className="spacer" />
            <time className="muted small" dateTime={m.createdAt} title={formatDateTimeFull(m.createdAt)}>
              {formatDateTime(m.createdAt)}
            </time>
          </div>
          <p className="ticket-message-body" data-testid="ticket-message-body">
            {m.body}
          </p>
        </li>
      ))}
    </ol>
  );
}
