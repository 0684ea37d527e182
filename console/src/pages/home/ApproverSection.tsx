import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { approvalApi } from '../../api/approval';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { FlagBadges, Itinerary } from './SubjectBits';

const SHOWN = 6;

/** What waits for the caller's decision: where, when, how much, and what to notice; one click to decide. */
export function ApproverSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(() => approvalApi.inbox('pending', null, SHOWN), 'home-inbox');
  const items = data?.items ?? [];
  return (
    <section className="card home-section" data-testid="home-approver" aria-labelledby="home-approver-title">
      <div className="home-section-head">
        <h2 id="home-approver-title" className="section-title">
          {t('roleHome.approver.title')}
          {data && data.counts.overdue > 0 ? (
            <span className="badge badge-danger inline-badge">{t('roleHome.approver.overdue', { count: data.counts.overdue })}</span>
          ) : null}
        </h2>
        <Link to="/approvals" className="btn" data-testid="home-open-inbox">
          {t('roleHome.approver.openInbox', { count: data?.counts.pending ?? 0 })}
        </Link>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      {data && items.length === 0 ? <p className="empty">{t('roleHome.approver.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="home-list" data-testid="home-pending">
          {items.map((i) => (
            <li key={i.instanceId} data-testid="home-pending-item">
              <Link to={`/travel/requests/${i.subjectId}`} className="home-item">
                <span className="strong">
                  {i.requesterName} · {i.title ?? i.subjectCode}
                </span>
                <Itinerary legs={i.itinerary} />
              </Link>
              <span className="home-item-side">
                <FlagBadges flags={i.flags} />
                <span className="num strong">{formatFen(i.amountFen)}</span>
                <Link to={`/travel/requests/${i.subjectId}`} className="btn btn-small" data-testid="home-decide">
                  {t('roleHome.approver.decide')}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
