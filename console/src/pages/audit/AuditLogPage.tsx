import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi, type AuditFilters } from '../../api/audit';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { AuditFilterBar } from './AuditFilters';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 50;

/** Audit log, newest first, one sentence per event in the reader's language; filtered on the server, exported as CSV. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { hasPermission } = useSession();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [filters, setFilters] = useState<AuditFilters>({});
  const actor = useDebounced(filters.actor ?? '', 300);
  const applied: AuditFilters = { ...filters, actor };
  const filterKey = JSON.stringify([applied, lang]);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const cursors = paging.key === filterKey ? paging.stack : [null];
  const cursor = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, reload } = useLoad(() => auditApi.list(cursor, PAGE_SIZE, applied, lang), `${filterKey}|${cursor ?? ''}`);
  const items = data?.items ?? [];
  const nextCursor = data?.nextCursor ?? null;
  const filtered = Object.values(applied).some((v) => v);

  return (
    <section data-testid="page-audit">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <a className="btn" href={auditApi.exportUrl(applied, lang)} download data-testid="audit-export">
            {t('audit.export')}
          </a>
        }
      />
      {hasPermission('audit.verify') ? <VerifyChain /> : null}
      <AuditFilterBar value={filters} onChange={setFilters} />
      <ErrorNotice error={error} onRetry={reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="audit-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.event')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={`${entry.tenantId}-${entry.seq}`} data-testid="audit-row" data-action={entry.action}>
                  <td className="nowrap">
                    <time dateTime={entry.at} title={formatDateTimeFull(entry.at)}>
                      {formatDateTime(entry.at)}
                    </time>
                  </td>
                  <td className="nowrap">
                    {entry.actorKind === 'system' && /^(system|系统)$/.test(entry.actorName) ? t('audit.system') : entry.actorName}
                  </td>
                  <td data-testid="audit-sentence">{entry.sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!loading && items.length === 0 ? (
            <p className="empty" data-testid="audit-empty">
              {filtered ? t('audit.emptyFiltered') : t('audit.empty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={cursors.length}
          hasPrev={cursors.length > 1}
          hasNext={nextCursor !== null}
          busy={loading}
          onPrev={() => setPaging({ key: filterKey, stack: cursors.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...cursors, nextCursor] })}
        />
      </div>
    </section>
  );
}
