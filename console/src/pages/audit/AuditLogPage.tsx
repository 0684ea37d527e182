import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/audit';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 50;

/** Audit log, newest first as the server orders it, with cursor paging. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, reload } = useLoad(() => auditApi.list(cursor, PAGE_SIZE), cursor ?? '');
  const items = data?.items ?? [];
  const nextCursor = data?.nextCursor ?? null;
  const none = t('common.none');

  return (
    <section data-testid="page-audit">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      {hasPermission('audit.verify') ? <VerifyChain /> : null}
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="audit-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('audit.seq')}
                </th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.seq} data-testid="audit-row">
                  <td className="num mono">{entry.seq}</td>
                  <td className="nowrap">
                    <time dateTime={entry.at} title={formatDateTimeFull(entry.at)}>
                      {formatDateTime(entry.at)}
                    </time>
                  </td>
                  <td>{entry.actorName ?? t('audit.system')}</td>
                  <td className="mono">{entry.action}</td>
                  <td>
                    <span className="mono">{entry.entityType}</span>
                    {entry.entityId ? <span className="muted small"> {entry.entityId}</span> : null}
                  </td>
                  <td>{entry.summary || none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? (
            <p className="empty" data-testid="audit-empty">
              {t('audit.empty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={cursors.length}
          hasPrev={cursors.length > 1}
          hasNext={nextCursor !== null}
          busy={loading}
          onPrev={() => setCursors(cursors.slice(0, -1))}
          onNext={() => nextCursor && setCursors([...cursors, nextCursor])}
        />
      </div>
    </section>
  );
}
