import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { homeApi } from '../../api/home';
import { ErrorNotice } from '../../components/ErrorNotice';
import { cityLabel, useCityDirectory } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { listJoin } from '../../lib/lists';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { RequestStatusBadge } from '../travel/RequestStatusBadge';

type Summary = Awaited<ReturnType<typeof homeApi.travel>>['upcoming'][number];

function RequestList({ items, empty, testId }: { items: Summary[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  useCityDirectory();
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="home-list" data-testid={testId}>
      {items.map((r) => (
        <li key={r.id}>
          <Link to={`/travel/requests/${r.id}`} className="home-item">
            <span className="strong">{listJoin(r.destinations.map(cityLabel)) || r.purpose}</span>
            <span className="muted small">
              {formatDate(r.firstDepartDate)} · {r.code} · {r.purpose}
            </span>
          </Link>
          <span className="home-item-side">
            <span className="num">{formatFen(r.estimatedTotalFen)}</span>
            <RequestStatusBadge status={r.status} />
          </span>
        </li>
      ))}
      {items.length === 0 ? <li>{t('common.none')}</li> : null}
    </ul>
  );
}

/** A traveller's upcoming trips and requests still moving. */
export function TravellerSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(() => homeApi.travel(), 'travel-home');
  return (
    <section className="card home-section" data-testid="home-traveller" aria-labelledby="home-traveller-title">
      <div className="home-section-head">
        <h2 id="home-traveller-title" className="section-title">
          {t('roleHome.traveller.title')}
        </h2>
        <Link to="/travel/requests/new" className="btn btn-primary" data-testid="home-new-request">
          {t('roleHome.traveller.newRequest')}
        </Link>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      {data ? (
        <div className="home-columns">
          <div>
            <h3 className="home-subtitle">
              {t('roleHome.traveller.upcoming')} <span className="badge badge-neutral">{data.counts.upcoming}</span>
            </h3>
            <RequestList items={data.upcoming} empty={t('roleHome.traveller.noUpcoming')} testId="home-upcoming" />
          </div>
          <div>
            <h3 className="home-subtitle">{t('roleHome.traveller.inProgress')}</h3>
            <p className="muted small">{t('roleHome.traveller.counts', data.counts)}</p>
            <RequestList items={data.inProgress} empty={t('roleHome.traveller.noInProgress')} testId="home-in-progress" />
          </div>
        </div>
      ) : null}
    </section>
  );
}
