import { useTranslation } from 'react-i18next';
import type { InboxItem, InboxState } from '../../api/types';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { isToday } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { codeMessage } from '../../lib/errorMessage';
import { formatFen } from '../../lib/money';
import { useNow } from '../../lib/useNow';
import { FlagBadges, Itinerary } from '../home/SubjectBits';

interface InboxTableProps {
  state: InboxState;
  items: InboxItem[];
  loading: boolean;
  selected: Set<string>;
  results: Map<string, { ok: boolean; code?: string }>;
  onToggle: (instanceId: string) => void;
  onToggleAll: (on: boolean) => void;
  /** Where a row leads: the subject (the travel request) to decide on. */
  hrefOf: (item: InboxItem) => string;
  /** A search or due filter is on: an empty page says nothing matches. */
  filtered?: boolean;
}

function DueBadge({ dueAt, now }: { dueAt: string | null; now: number }) {
  const { t } = useTranslation();
  if (!dueAt) return null;
  if (new Date(dueAt).getTime() < now) {
    return (
      <span className="badge badge-danger" data-testid="inbox-overdue">
        {t('approvals.inbox.overdue')}
      </span>
    );
  }
  if (isToday(dueAt, new Date(now))) {
    return (
      <span className="badge badge-warning" data-testid="inbox-due-today">
        {t('approvals.inbox.dueToday')}
      </span>
    );
  }
  return null;
}

/** Inbox rows: a checkbox (pending tab), code, title, requester, amount, stage, since, due. */
export function InboxTable({ state, items, loading, selected, results, onToggle, onToggleAll, hrefOf, filtered = false }: InboxTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const selectable = state === 'pending';
  const allOn = items.length > 0 && items.every((i) => selected.has(i.instanceId));
  return (
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="inbox-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="check-col">
                <input
                  type="checkbox"
                  aria-label={t('approvals.inbox.selectAll')}
                  data-testid="inbox-select-all"
                  checked={allOn}
                  onChange={(e) => onToggleAll(e.target.checked)}
                />
              </th>
            ) : null}
            <th scope="col">{t('approvals.inbox.code')}</th>
            <th scope="col">{t('approvals.inbox.title')}</th>
            <th scope="col">{t('approvals.inbox.itinerary')}</th>
            <th scope="col">{t('approvals.inbox.requester')}</th>
            <th scope="col" className="num">
              {t('approvals.inbox.amount')}
            </th>
            <th scope="col">{t('approvals.inbox.stage')}</th>
            <th scope="col">{t('approvals.inbox.since')}</th>
            <th scope="col">{state === 'cc' ? t('approvalOrg.inbox.status') : t('approvals.inbox.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const result = results.get(item.instanceId);
            return (
              <LinkRow
                key={item.instanceId}
                to={hrefOf(item)}
                data-testid="inbox-row"
                data-instance-id={item.instanceId}
                data-subject-id={item.subjectId}
              >
                {selectable ? (
                  <td className="check-col">
                    {/* The label fills the cell: a click near the box toggles it rather than opening the row. */}
                    <label className="check-cell">
                      <input
                        type="checkbox"
                        aria-label={t('approvals.inbox.select', { code: item.subjectCode ?? '' })}
                        data-testid="inbox-select"
                        checked={selected.has(item.instanceId)}
                        onChange={() => onToggle(item.instanceId)}
                      />
                    </label>
                  </td>
                ) : null}
                <td className="mono nowrap">{item.subjectCode ?? t('common.none')}</td>
                <td>
                  <RowLink to={hrefOf(item)}>
                    <span className="strong" data-testid="inbox-title">
                      {item.title ?? t('common.none')}
                    </span>
                  </RowLink>
                  <FlagBadges flags={item.flags} />
                  {item.onBehalfOf ? (
                    <span className="badge badge-neutral inline-badge" data-testid="inbox-on-behalf">
                      {t('approvals.stepper.delegateMark', { name: item.onBehalfOf.name })}
                    </span>
                  ) : null}
                  {result ? (
                    <span
                      className={`badge inline-badge ${result.ok ? 'badge-success' : 'badge-danger'}`}
                      data-testid="inbox-result"
                      data-ok={result.ok}
                    >
                      {result.ok
                        ? t('approvals.inbox.bulkOk')
                        : t('approvals.inbox.bulkFailed', { code: codeMessage(t, result.code ?? '') })}
                    </span>
                  ) : null}
                </td>
                <td>
                  <Itinerary legs={item.itinerary} />
                </td>
                <td className="nowrap">{item.requesterName}</td>
                <td className="num">{formatFen(item.amountFen)}</td>
                <td className="nowrap">{item.stageName}</td>
                <td className="nowrap muted">{formatDateTime(item.since)}</td>
                {state === 'cc' ? (
                  <td className="nowrap" data-testid="inbox-cc-status">
                    {item.status ? t(`approvals.decision.${item.status}`) : null}
                  </td>
                ) : (
                  <td className="nowrap">
                    {state === 'pending' ? <DueBadge dueAt={item.dueAt} now={now} /> : null}
                    <span className="muted small"> {formatDateTime(item.dueAt)}</span>
                  </td>
                )}
              </LinkRow>
            );
          })}
        </tbody>
      </table>
      {!loading && items.length === 0 ? (
        <p className="empty" data-testid="inbox-empty">
          {filtered
            ? t('approvals.inbox.emptyFiltered')
            : state === 'pending'
              ? t('approvals.inbox.emptyPending')
              : state === 'cc'
                ? t('approvalOrg.inbox.emptyCc')
                : t('approvals.inbox.emptyDone')}
        </p>
      ) : null}
    </div>
  );
}
