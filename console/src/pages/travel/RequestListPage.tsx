import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { travelApi } from '../../api/travel';
import type { RequestScope } from '../../api/types';
import { REQUEST_STATUSES } from '../../api/values';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Tabs } from '../../components/Tabs';
import { cityLabel } from '../../lib/cities';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { useUrlParams } from '../../lib/urlParams';
import { useSession } from '../../session/SessionContext';
import { RequestStatusBadge } from './RequestStatusBadge';
import { listJoin } from '../../lib/lists';

const PAGE_SIZE = 20;

/** /travel/requests: my requests (and, with travel.read_all, the whole company's) with status and current approvers. */
export function RequestListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [params, setParam] = useUrlParams();
  const scope: RequestScope = params.get('scope') === 'all' && hasPermission('travel.read_all') ? 'all' : 'mine';
  // A status the list knows, or none (the URL may say anything).
  const status = REQUEST_STATUSES.find((s) => s === params.get('status'));
  const filterKey = `${scope}|${status ?? ''}`;
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const stack = paging.key === filterKey ? paging.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const list = useLoad(
    () => travelApi.list({ scope, status, cursor: cursor ?? undefined, limit: PAGE_SIZE }),
    `${filterKey}|${cursor ?? ''}`,
  );
  const items = list.data?.items ?? [];
  const nextCursor = list.data?.nextCursor ?? null;
  const hrefOf = (id: string) => `/travel/requests/${encodeURIComponent(id)}`;

  return (
    <section data-testid="page-requests">
      <PageHeader
        title={t('travel.list.title')}
        subtitle={t('travel.list.subtitle')}
        actions={
          <Link className="btn btn-primary" to="/travel/requests/new" data-testid="request-new">
            {t('travel.list.new')}
          </Link>
        }
      />
      <div className="toolbar">
        {hasPermission('travel.read_all') ? (
          <Tabs
            testId="request-scope"
            label={t('travel.list.scope')}
            value={scope}
            tabs={[
              { id: 'mine', label: t('travel.list.scopeMine') },
              { id: 'all', label: t('travel.list.scopeAll') },
            ]}
            onChange={(id) => setParam('scope', id === 'mine' ? '' : id)}
          />
        ) : null}
        <select
          data-testid="request-filter-status"
          aria-label={t('travel.list.status')}
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <option value="">{t('travel.list.allStatuses')}</option>
          {REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`travel.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table
            className="table table-clickable"
            data-testid="request-table"
            data-loading={list.loading ? 'true' : 'false'}
            aria-busy={list.loading}
          >
            <thead>
              <tr>
                <th scope="col">{t('travel.list.code')}</th>
                <th scope="col">{t('travel.list.purpose')}</th>
                {scope === 'all' ? <th scope="col">{t('travel.list.requester')}</th> : null}
                <th scope="col">{t('travel.list.destinations')}</th>
                <th scope="col">{t('travel.list.departDate')}</th>
                <th scope="col" className="num">
                  {t('travel.list.amount')}
                </th>
                <th scope="col">{t('travel.list.status')}</th>
                <th scope="col">{t('travel.list.currentApprovers')}</th>
                <th scope="col">{t('travel.list.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <LinkRow key={r.id} to={hrefOf(r.id)} data-testid="request-row" data-request-id={r.id} data-status={r.status}>
                  <td className="mono nowrap">{r.code}</td>
                  <td className="strong">
                    <RowLink to={hrefOf(r.id)}>{r.purpose}</RowLink>
                  </td>
                  {scope === 'all' ? <td>{r.requesterName}</td> : null}
                  <td>{listJoin(r.destinations.map(cityLabel)) || t('common.none')}</td>
                  <td className="nowrap">{formatDate(r.firstDepartDate) || t('common.none')}</td>
                  <td className="num">{formatFen(r.estimatedTotalFen)}</td>
                  <td>
                    <RequestStatusBadge status={r.status} testId="request-row-status" />
                  </td>
                  <td data-testid="request-row-approvers">{listJoin(r.currentApprovers.map((a) => a.name)) || t('common.none')}</td>
                  <td className="nowrap muted">{formatDateTime(r.createdAt)}</td>
                </LinkRow>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? (
            <p className="empty" data-testid="requests-empty">
              {t('travel.list.empty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={stack.length}
          hasPrev={stack.length > 1}
          hasNext={nextCursor !== null}
          busy={list.loading}
          onPrev={() => setPaging({ key: filterKey, stack: stack.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...stack, nextCursor] })}
        />
      </div>
    </section>
  );
}
