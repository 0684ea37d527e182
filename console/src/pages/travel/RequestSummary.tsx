import { useTranslation } from 'react-i18next';
import type { TravelRequest } from '../../api/types';
import { ESTIMATE_CATEGORIES } from '../../api/values';
import { cityLabel } from '../../lib/cities';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { listJoin } from '../../lib/lists';

/** The request's facts: who, why, itinerary, estimate by category, project and cost centre. */
export function RequestSummary({ request }: { request: TravelRequest }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <div className="card detail-card" data-testid="request-summary">
      <dl className="summary-grid">
        <div>
          <dt>{t('travel.detail.requester')}</dt>
          <dd data-testid="request-requester">{request.requesterName}</dd>
        </div>
        <div>
          <dt>{t('travel.detail.travellers')}</dt>
          <dd data-testid="request-travellers">{listJoin(request.travellers.map((p) => p.name)) || listJoin(request.travellerNames)}</dd>
        </div>
        <div>
          <dt>{t('travel.detail.project')}</dt>
          <dd>{request.projectName ?? none}</dd>
        </div>
        <div>
          <dt>{t('travel.detail.submittedAt')}</dt>
          <dd>{formatDateTime(request.submittedAt) || none}</dd>
        </div>
      </dl>
      <h3 className="card-section-title">{t('travel.detail.itinerary')}</h3>
      <div className="table-wrap">
        <table className="table" data-testid="request-itinerary">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('travel.form.fromCity')}</th>
              <th scope="col">{t('travel.form.toCity')}</th>
              <th scope="col">{t('travel.form.departDate')}</th>
              <th scope="col">{t('travel.form.returnDate')}</th>
            </tr>
          </thead>
          <tbody>
            {request.itinerary.map((leg, i) => (
              <tr key={i} data-testid="itinerary-leg">
                <td className="muted">{i + 1}</td>
                <td>{cityLabel(leg.fromCity)}</td>
                <td>{cityLabel(leg.toCity)}</td>
                <td>{formatDate(leg.departDate)}</td>
                <td>{leg.returnDate ? formatDate(leg.returnDate) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="card-section-title">{t('travel.detail.estimate')}</h3>
      <dl className="estimate-summary" data-testid="request-estimate">
        {ESTIMATE_CATEGORIES.filter((c) => request.estimate[c] > 0).map((c) => (
          <div key={c}>
            <dt>{t(`travel.estimate.${c}`)}</dt>
            <dd>{formatFen(request.estimate[c])}</dd>
          </div>
        ))}
        <div className="estimate-summary-total">
          <dt>{t('travel.estimate.total')}</dt>
          <dd data-testid="request-total">{formatFen(request.estimatedTotalFen)}</dd>
        </div>
      </dl>
    </div>
  );
}
