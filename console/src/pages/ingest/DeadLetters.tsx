import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEAD_LETTER_REASONS, ingestApi, SUPPLIER_EVENT_TYPES } from '../../api/operations';
import type { DeadLetterQuery, DeadLetterReason, SupplierEventType } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { endOfLocalDay, startOfLocalDay } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';

const PAGE_SIZE = 50;
const SUPPLIER_CODE = /^[A-Za-z0-9_-]{1,40}$/;

interface Filters {
  supplier: string;
  type: SupplierEventType | '';
  reason: DeadLetterReason | '';
  from: string;
  to: string;
}

/** 死信: supplier events that could not be applied, newest first; replay one, or the ones selected. */
export function DeadLetters() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ supplier: '', type: '', reason: '', from: '', to: '' });
  const supplier = useDebounced(filters.supplier.trim(), 300);
  const query: DeadLetterQuery = {
    supplier: SUPPLIER_CODE.test(supplier) ? supplier : undefined,
    type: filters.type || undefined,
    reason: filters.reason || undefined,
    from: filters.from ? startOfLocalDay(filters.from) : undefined,
    to: filters.to ? endOfLocalDay(filters.to) : undefined,
  };
  const filterKey = JSON.stringify(query);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const cursors = paging.key === filterKey ? paging.stack : [null];
  const cursor = cursors[cursors.length - 1] ?? null;
  const list = useLoad(
    () => ingestApi.deadLetters({ ...query, limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    `${filterKey}|${cursor ?? ''}`,
  );
  const items = list.data?.items ?? [];
  const nextCursor = list.data?.nextCursor ?? null;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  const set = (patch: Partial<Filters>) => setFilters((prev) => ({ ...prev, ...patch }));
  const shown = items.filter((d) => selected.has(d.seq)).map((d) => d.seq);

  const outcomeText = (status: 'applied' | 'dead', reason: string | null) =>
    status === 'applied' ? t('ingest.outcomeApplied') : t('ingest.outcomeDead', { reason: reasonName(t, reason) });

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await work());
      setSelected(new Set());
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const replayOne = (seq: string) =>
    run(async () => {
      const r = await ingestApi.replay(seq);
      return t('ingest.replayed', { seq, outcome: outcomeText(r.status, r.reason) });
    });
  const replaySelected = () =>
    run(async () => {
      const r = await ingestApi.replayMany(shown);
      const applied = r.replayed.filter((x) => x.status === 'applied').length;
      return t('ingest.replayedMany', { applied, dead: r.replayed.length - applied, skipped: r.skipped.length });
    });
  const toggle = (seq: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(seq);
      else next.delete(seq);
      return next;
    });

  return (
    <div data-testid="ingest-dead-letters">
      <div className="toolbar audit-filters">
        <label>
          <span>{t('ingest.supplier')}</span>
          <input
            type="search"
            value={filters.supplier}
            placeholder={t('ingest.supplierPlaceholder')}
            onChange={(e) => set({ supplier: e.target.value })}
            data-testid="dead-filter-supplier"
          />
        </label>
        <label>
          <span>{t('ingest.type')}</span>
          <select value={filters.type} onChange={(e) => set({ type: e.target.value as Filters['type'] })} data-testid="dead-filter-type">
            <option value="">{t('ingest.allTypes')}</option>
            {SUPPLIER_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('ingest.reason')}</span>
          <select
            value={filters.reason}
            onChange={(e) => set({ reason: e.target.value as Filters['reason'] })}
            data-testid="dead-filter-reason"
          >
            <option value="">{t('ingest.allReasons')}</option>
            {DEAD_LETTER_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`ingest.deadReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('ingest.from')}</span>
          <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} data-testid="dead-filter-from" />
        </label>
        <label>
          <span>{t('ingest.to')}</span>
          <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} data-testid="dead-filter-to" />
        </label>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || shown.length === 0}
          onClick={() => void replaySelected()}
          data-testid="dead-replay-selected"
        >
          {t('ingest.replaySelected', { count: shown.length })}
        </button>
      </div>
      {result ? (
        <Notice kind="info" testId="dead-replay-result" onDismiss={() => setResult(null)} dismissLabel={t('common.close')}>
          {result}
        </Notice>
      ) : null}
      <ErrorNotice error={error ?? list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="dead-table" data-loading={list.loading ? 'true' : 'false'} aria-busy={list.loading}>
            <thead>
              <tr>
                <th scope="col" className="check-col">
                  <input
                    type="checkbox"
                    aria-label={t('ingest.selectAll')}
                    checked={items.length > 0 && shown.length === items.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(items.map((d) => d.seq)) : new Set())}
                    data-testid="dead-select-all"
                  />
                </th>
                <th scope="col">{t('ingest.seq')}</th>
                <th scope="col">{t('ingest.event')}</th>
                <th scope="col">{t('ingest.orderRef')}</th>
                <th scope="col">{t('ingest.reason')}</th>
                <th scope="col" className="num">
                  {t('ingest.attempts')}
                </th>
                <th scope="col">{t('ingest.receivedAt')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.seq} data-testid="dead-row" data-reason={d.reason}>
                  <td className="check-col">
                    <input
                      type="checkbox"
                      aria-label={`${t('ingest.select')} ${d.seq}`}
                      checked={selected.has(d.seq)}
                      onChange={(e) => toggle(d.seq, e.target.checked)}
                      data-testid="dead-select"
                    />
                  </td>
                  <td className="mono">{d.seq}</td>
                  <td>
                    <div className="mono">{d.type}</div>
                    <div className="muted small mono">
                      {d.supplierCode} · {d.eventId}
                    </div>
                  </td>
                  <td className="mono nowrap">{d.orderRef}</td>
                  <td>
                    <div>{reasonName(t, d.reason)}</div>
                    <div className="muted small">{d.message}</div>
                  </td>
                  <td className="num">{d.attempts}</td>
                  <td className="nowrap">{formatDateTime(d.receivedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      onClick={() => void replayOne(d.seq)}
                      data-testid="dead-replay"
                    >
                      {t('ingest.replay')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? (
            <p className="empty" data-testid="dead-empty">
              {t('ingest.deadEmpty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={cursors.length}
          hasPrev={cursors.length > 1}
          hasNext={nextCursor !== null}
          busy={list.loading}
          onPrev={() => setPaging({ key: filterKey, stack: cursors.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...cursors, nextCursor] })}
        />
      </div>
    </div>
  );
}

function reasonName(t: TFunction, reason: string | null): string {
  const known = DEAD_LETTER_REASONS.find((r) => r === reason);
  return known ? t(`ingest.deadReason.${known}`) : (reason ?? '');
}
