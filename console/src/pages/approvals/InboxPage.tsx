import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { APPROVALS_CHANGED, announceApprovalsChanged, approvalApi } from '../../api/approval';
import type { InboxFilters, InboxItem, InboxState } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Tabs } from '../../components/Tabs';
import { codeMessage } from '../../lib/errorMessage';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { useSearchParamInput } from '../../lib/useSearchParamInput';
import { DelegationsPanel } from './DelegationsPanel';
import { InboxTable } from './InboxTable';

/** /approvals: 待我审批 / 已处理 / 抄送我的, with counts, search and due filters (in the URL), bulk approval and my delegations. */
export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const state: InboxState = tab === 'done' || tab === 'cc' ? tab : 'pending';
  const dueParam = params.get('due');
  const due: InboxFilters['due'] = state === 'pending' && (dueParam === 'overdue' || dueParam === 'due_today') ? dueParam : undefined;
  const { input: searchInput, setInput: setSearchInput, term: q } = useSearchParamInput('q', 300);
  const listKey = `${state}|${q}|${due ?? ''}`;
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: listKey, stack: [null] });
  const stack = paging.key === listKey ? paging.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const inbox = useLoad(() => approvalApi.inbox(state, cursor, 50, { q, due }), `${listKey}|${cursor ?? ''}`);
  const setParam = (name: 'due' | 'tab', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'tab') next.delete('due');
    setParams(next, { replace: true });
  };
  const { reload } = inbox;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Map<string, { ok: boolean; code?: string }>>(new Map());
  const [bulkItems, setBulkItems] = useState<InboxItem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    window.addEventListener(APPROVALS_CHANGED, reload);
    return () => window.removeEventListener(APPROVALS_CHANGED, reload);
  }, [reload]);

  const items = inbox.data?.items ?? [];
  const counts = inbox.data?.counts;
  const nextCursor = inbox.data?.nextCursor ?? null;

  const [confirmingBulk, setConfirmingBulk] = useState(false);
  const chosen = items.filter((i) => selected.has(i.instanceId));
  const chosenFen = chosen.reduce((sum, i) => sum + i.amountFen, 0);

  /** Runs after the confirmation; a refusal of the whole call is shown in the dialog, each item's result on the page. */
  const bulkApprove = async () => {
    setBusy(true);
    try {
      setBulkItems(chosen);
      const answer = await approvalApi.bulkApprove([...selected]);
      setResults(new Map(answer.results.map((r) => [r.instanceId, { ok: r.ok, code: r.code }])));
      setSelected(new Set());
      announceApprovalsChanged();
    } finally {
      setBusy(false);
    }
  };
  const okCount = [...results.values()].filter((r) => r.ok).length;

  return (
    <section data-testid="page-inbox">
      <PageHeader title={t('approvals.inbox.pageTitle')} subtitle={t('approvals.inbox.subtitle')} />
      <div className="toolbar">
        <Tabs
          testId="inbox-tab"
          label={t('approvals.inbox.pageTitle')}
          value={state}
          tabs={[
            { id: 'pending', label: t('approvals.inbox.tabPending'), count: counts?.pending || undefined },
            { id: 'done', label: t('approvals.inbox.tabDone') },
            { id: 'cc', label: t('approvalOrg.inbox.tabCc') },
          ]}
          onChange={(id) => {
            setSelected(new Set());
            setResults(new Map());
            setParam('tab', id === 'done' || id === 'cc' ? id : null);
          }}
        />
        {counts && state === 'pending' ? (
          <div className="inbox-counts" data-testid="inbox-counts">
            {counts.overdue > 0 ? (
              <button
                type="button"
                className="badge badge-danger badge-button"
                data-testid="inbox-count-overdue"
                aria-pressed={due === 'overdue'}
                onClick={() => setParam('due', due === 'overdue' ? null : 'overdue')}
              >
                {t('approvals.inbox.countOverdue', { count: counts.overdue })}
              </button>
            ) : null}
            {counts.dueToday > 0 ? (
              <button
                type="button"
                className="badge badge-warning badge-button"
                data-testid="inbox-count-due-today"
                aria-pressed={due === 'due_today'}
                onClick={() => setParam('due', due === 'due_today' ? null : 'due_today')}
              >
                {t('approvals.inbox.countDueToday', { count: counts.dueToday })}
              </button>
            ) : null}
          </div>
        ) : null}
        <span className="spacer" />
        <input
          type="search"
          className="toolbar-search"
          data-testid="inbox-search"
          aria-label={t('approvals.inbox.search')}
          placeholder={t('approvals.inbox.searchPlaceholder')}
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
        />
        {state === 'pending' ? (
          <select
            data-testid="inbox-filter-due"
            aria-label={t('approvals.inbox.due')}
            value={due ?? ''}
            onChange={(e) => setParam('due', e.target.value || null)}
          >
            <option value="">{t('approvals.inbox.dueAll')}</option>
            <option value="overdue">{t('approvals.inbox.overdue')}</option>
            <option value="due_today">{t('approvals.inbox.dueToday')}</option>
          </select>
        ) : null}
        {state === 'pending' ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={selected.size === 0 || busy}
            data-testid="inbox-bulk-approve"
            onClick={() => setConfirmingBulk(true)}
          >
            {t('approvals.inbox.bulkApprove', { count: selected.size })}
          </button>
        ) : null}
      </div>
      <ErrorNotice error={inbox.error} onRetry={inbox.reload} />
      {results.size > 0 ? (
        <Notice kind={okCount === results.size ? 'success' : 'warning'} testId="inbox-bulk-summary">
          <p className="strong">{t('approvals.inbox.bulkSummary', { ok: okCount, failed: results.size - okCount })}</p>
          <ul className="plain-list" data-testid="inbox-bulk-results">
            {bulkItems.map((item) => {
              const r = results.get(item.instanceId);
              return r ? (
                <li key={item.instanceId} data-testid="inbox-bulk-result" data-ok={r.ok}>
                  <span className="mono">{item.subjectCode ?? ''}</span> {item.title ?? ''} —{' '}
                  {r.ok ? t('approvals.inbox.bulkOk') : t('approvals.inbox.bulkFailed', { code: codeMessage(t, r.code ?? '') })}
                </li>
              ) : null;
            })}
          </ul>
        </Notice>
      ) : null}
      <div className="card">
        <InboxTable
          state={state}
          items={items}
          loading={inbox.loading}
          selected={selected}
          results={results}
          onToggle={(id) =>
            setSelected((prev) => {
              const next = new Set(prev);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            })
          }
          onToggleAll={(on) => setSelected(on ? new Set(items.map((i) => i.instanceId)) : new Set())}
          hrefOf={(item) =>
            item.subjectType === 'budget_adjustment'
              ? `/budgets?adjustment=${encodeURIComponent(item.subjectId)}`
              : item.subjectType === 'order'
                ? `/orders/${encodeURIComponent(item.subjectId)}`
                : `/travel/requests/${encodeURIComponent(item.subjectId)}`
          }
          filtered={Boolean(q || due)}
        />
        <Pager
          page={stack.length}
          hasPrev={stack.length > 1}
          hasNext={Boolean(nextCursor)}
          busy={inbox.loading}
          onPrev={() => setPaging({ key: state, stack: stack.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: state, stack: [...stack, nextCursor] })}
        />
      </div>
      <DelegationsPanel />
      {confirmingBulk && (
        <ConfirmDialog
          title={t('approvals.inbox.bulkConfirmTitle')}
          message={t('approvals.inbox.bulkConfirmMessage', { count: chosen.length, amount: formatFen(chosenFen) })}
          confirmLabel={t('approvals.inbox.bulkApprove', { count: chosen.length })}
          onConfirm={bulkApprove}
          onClose={() => setConfirmingBulk(false)}
        />
      )}
    </section>
  );
}
