import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Tabs } from '../../components/Tabs';
import { useLoad } from '../../lib/useLoad';
import { useSearchParamInput } from '../../lib/useSearchParamInput';
import { withParam } from '../../lib/urlParams';
import { useSession } from '../../session/SessionContext';
import { ticketRef } from '../tickets/ticketLabels';
import { DESK_VIEWS, ticketsApi, type DeskView, type TicketSummary } from '../tickets/ticketsApi';
import { DESK_FILTERS, DeskFilters, deskFiltersOf, type DeskFilterState } from './DeskFilters';
import { DeskTable, deskTicketPath } from './DeskTable';
import { useDeskStaff } from './useDeskStaff';
import { useEnterprises } from './useEnterprises';
import { useLiveReload } from './useLiveReload';

const PAGE_SIZE = 50;

const viewOf = (raw: string | null): DeskView => DESK_VIEWS.find((v) => v === raw) ?? 'mine';

/**
 * 客服工作台 (/desk), the agent's home: the views 我的 / 未分配 / 待处理 / 全部 with their counts,
 * filters and search kept in the URL, and 接单 straight from the list. It spans every enterprise
 * the agent serves (or one, chosen in the filters), and refreshes on focus and every 30 s.
 */
export function DeskPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const enterprises = useEnterprises();
  const view = viewOf(params.get('view'));
  const filters = deskFiltersOf(params, enterprises.list);
  const { input: searchInput, setInput: setSearchInput, term: q } = useSearchParamInput('q', 300);
  // Every enterprise the agent serves, or the one chosen.
  const scope = filters.enterprise;

  const listKey = JSON.stringify([view, filters, q]);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: listKey, stack: [null] });
  const stack = paging.key === listKey ? paging.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const list = useLoad(
    () =>
      ticketsApi.list(scope, {
        view,
        status: filters.status || undefined,
        category: filters.category || undefined,
        priority: filters.priority || undefined,
        q: q || undefined,
        limit: PAGE_SIZE,
        cursor: cursor ?? undefined,
      }),
    `${listKey}|${cursor ?? ''}`,
  );
  const counts = useLoad(() => ticketsApi.counts(scope), `counts|${scope}`);
  const reloadList = list.reload;
  const reloadCounts = counts.reload;
  const refresh = useCallback(() => {
    reloadList();
    reloadCounts();
  }, [reloadList, reloadCounts]);
  useLiveReload(refresh);

  const items = list.data?.items ?? [];
  const nextCursor = list.data?.nextCursor ?? null;
  const staff = useDeskStaff(items.map((i) => i.tenantId));

  const [taking, setTaking] = useState<string | null>(null);
  const [taken, setTaken] = useState<TicketSummary | null>(null);
  const [takeError, setTakeError] = useState<unknown>(null);
  const take = async (ticket: TicketSummary) => {
    if (!me) return;
    setTaking(ticket.id);
    setTaken(null);
    setTakeError(null);
    try {
      // The ticket's own enterprise takes the write; the version is the one the row shows.
      await ticketsApi.update(ticket.id, ticket.tenantId, ticket.version, { assigneeAccountId: me.id });
      setTaken(ticket);
    } catch (err) {
      setTakeError(err);
    } finally {
      setTaking(null);
      refresh();
    }
  };

  const setParam = (name: string, value: string) => setParams((prev) => withParam(prev, name, value), { replace: true });
  const clear = () => {
    setSearchInput('');
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const name of [...DESK_FILTERS, 'q']) next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  const filtered = q !== '' || Object.values(filters).some((v) => v !== '');
  const count = (v: DeskView) => counts.data?.[v];

  return (
    <section data-testid="page-desk" data-view={view}>
      <PageHeader title={t('desk.title')} subtitle={t('desk.subtitle')} />
      <div className="toolbar">
        <Tabs
          testId="desk-view"
          label={t('desk.views.label')}
          value={view}
          tabs={DESK_VIEWS.map((v) => ({ id: v, label: t(`desk.views.${v}`), count: count(v) }))}
          onChange={(v) => setParam('view', v === 'mine' ? '' : v)}
        />
        <span className="spacer" />
        <span className="muted small desk-refresh-note">{t('desk.refreshed')}</span>
      </div>
      <DeskFilters
        value={filters}
        onChange={(name: keyof DeskFilterState, value) => setParam(name, value)}
        search={searchInput}
        onSearch={setSearchInput}
        enterprises={enterprises.list}
        onClear={clear}
      />
      {taken ? (
        <Notice kind="success" testId="desk-taken" onDismiss={() => setTaken(null)} dismissLabel={t('common.close')}>
          <Link to={deskTicketPath(taken.id)} data-testid="desk-taken-link">
            {t('desk.taken', { number: ticketRef(taken.number), subject: taken.subject })}
          </Link>
        </Notice>
      ) : null}
      <ErrorNotice error={takeError} testId="desk-take-error" />
      <ErrorNotice error={list.error ?? counts.error} onRetry={list.reload} />
      <div className="card">
        <DeskTable
          items={items}
          loading={list.loading}
          emptyText={filtered ? t('desk.empty.filtered') : t(`desk.empty.${view}`)}
          showEnterprise={enterprises.list.length > 1}
          enterpriseOf={enterprises.nameOf}
          assigneeOf={(id) => (id === me?.id ? me.displayName : staff.nameOf(id))}
          onTake={(ticket) => void take(ticket)}
          taking={taking}
        />
        <Pager
          page={stack.length}
          hasPrev={stack.length > 1}
          hasNext={nextCursor !== null}
          busy={list.loading}
          onPrev={() => setPaging({ key: listKey, stack: stack.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: listKey, stack: [...stack, nextCursor] })}
        />
      </div>
    </section>
  );
}
