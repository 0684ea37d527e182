import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { approvalApi } from '../../api/approval';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LinkRow, RowLink } from '../../components/LinkRow';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { approverSummary, conditionSummary } from './flowModel';
import { clauseJoin } from '../../lib/lists';

/** /approvals/flows: the tenant's approval flows in the order they are tried. */
export function FlowsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => approvalApi.flows(), 'flows');
  const items = [...(list.data ?? [])].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
  const hrefOf = (id: string) => `/approvals/flows/${encodeURIComponent(id)}`;
  return (
    <section data-testid="page-flows">
      <PageHeader
        title={t('flows.title')}
        subtitle={t('flows.subtitle')}
        actions={
          <Link className="btn btn-primary" to="/approvals/flows/new" data-testid="flow-new">
            {t('flows.new')}
          </Link>
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="flow-table">
            <thead>
              <tr>
                <th scope="col">{t('flows.list.priority')}</th>
                <th scope="col">{t('flows.list.name')}</th>
                <th scope="col">{t('flows.list.conditions')}</th>
                <th scope="col">{t('flows.list.stages')}</th>
                <th scope="col">{t('flows.list.status')}</th>
                <th scope="col">{t('flows.list.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => (
                <LinkRow key={f.id} to={hrefOf(f.id)} data-testid="flow-row" data-flow-id={f.id}>
                  <td className="num">{f.priority}</td>
                  <td className="strong">
                    <RowLink to={hrefOf(f.id)}>{f.name}</RowLink>
                  </td>
                  <td>
                    {f.definition.conditions.length === 0 ? (
                      <span className="muted">{t('flows.list.always')}</span>
                    ) : (
                      clauseJoin(f.definition.conditions.map((c) => conditionSummary(t, c)))
                    )}
                  </td>
                  <td>
                    <ol className="inline-steps">
                      {f.definition.stages.map((s) => (
                        <li key={s.id}>
                          <span className="strong">{s.name}</span> <span className="muted small">{approverSummary(t, s.approvers)}</span>
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td>
                    <span className={`badge ${f.active ? 'badge-success' : 'badge-neutral'}`}>
                      {f.active ? t('flows.list.active') : t('flows.list.inactive')}
                    </span>
                  </td>
                  <td className="nowrap muted">{formatDateTime(f.updatedAt)}</td>
                </LinkRow>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? <p className="empty">{t('flows.list.empty')}</p> : null}
        </div>
      </div>
    </section>
  );
}
