import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BookingCategory } from '../../api/booking';
import { travelApi } from '../../api/travel';
import type { ItineraryLeg, TravelRequestSummary } from '../../api/types';
import { CATEGORIES } from '../../api/values';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Tabs } from '../../components/Tabs';
import { cityIdOf, loadCityDirectory } from '../../lib/cities';
import { chinaToday } from '../../lib/dates';
import { useSession } from '../../session/SessionContext';
import { emptyQuery, queryFromLeg, searchBodyOf, type QueryFields } from '../booking/bookingQuery';
import { OptionList } from '../booking/OptionList';
import { QueryForm } from '../booking/QueryForm';
import { useBookingSearch } from '../booking/useBookingSearch';

interface LiveSearchPanelProps {
  /** The traveller's approved travel requests, newest first. */
  requests: TravelRequestSummary[];
  /** The first leg of the first of them. */
  firstLeg: ItineraryLeg | null;
}

const fieldsOf = (leg: ItineraryLeg | null): QueryFields => (leg ? queryFromLeg(leg, cityIdOf) : emptyQuery(chinaToday()));

/**
 * 预订前校验 with real fares: the suppliers' live offers for an approved request's cities and dates
 * (or any), each with the policy's marks and whether the request covers it; "去预订" opens the
 * booking page on the same request and category.
 */
export function LiveSearchPanel({ requests, firstLeg }: LiveSearchPanelProps) {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [category, setCategory] = useState<BookingCategory>('flight');
  const [requestId, setRequestId] = useState(requests[0]?.id ?? '');
  const [fields, setFields] = useState<QueryFields>(() => fieldsOf(firstLeg));
  const [missing, setMissing] = useState<(keyof QueryFields)[]>([]);
  const [error, setError] = useState<unknown>(null);
  const search = useBookingSearch();
  const mayBook = hasPermission('booking.self');

  const chooseRequest = async (id: string) => {
    setRequestId(id);
    search.clear();
    setError(null);
    if (id === '') return;
    try {
      const [request] = await Promise.all([travelApi.get(id), loadCityDirectory()]);
      setFields(fieldsOf(request.itinerary[0] ?? null));
    } catch (err) {
      setError(err);
    }
  };
  const run = () => {
    const checked = searchBodyOf(category, fields, requestId ? { travelRequestId: requestId } : {});
    if (checked.missing) {
      setMissing(checked.missing);
      return;
    }
    setMissing([]);
    void search.run(checked.body);
  };
  const bookingLink = `/book?${new URLSearchParams({ ...(requestId ? { request: requestId } : {}), category }).toString()}`;

  return (
    <section className="card form-card order-check" data-testid="live-search">
      <h2 className="card-title">{t('booking.check.title')}</h2>
      <p className="muted">{t('booking.check.intro')}</p>
      <div className="order-check-controls">
        <Tabs
          testId="live-search-category"
          label={t('booking.category')}
          value={category}
          tabs={CATEGORIES.map((c) => ({ id: c, label: t(`booking.categoryName.${c}`) }))}
          onChange={(c) => {
            setCategory(c);
            setMissing([]);
            search.clear();
          }}
        />
        <label className="leg-field order-check-request">
          <span className="field-label">{t('booking.check.request')}</span>
          <select data-testid="live-search-request" value={requestId} onChange={(e) => void chooseRequest(e.target.value)}>
            <option value="">{t('booking.check.noRequest')}</option>
            {requests.map((r) => (
              <option key={r.id} value={r.id}>
                {t('myPolicy.check.requestOption', { code: r.code, purpose: r.purpose })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryForm
        category={category}
        fields={fields}
        onChange={setFields}
        onSearch={run}
        busy={search.busy}
        missing={missing}
        testId="live-search-query"
        extra={
          mayBook ? (
            <Link className="btn" to={bookingLink} data-testid="live-search-book">
              {t('booking.check.toBook')}
            </Link>
          ) : null
        }
      />
      <ErrorNotice error={error ?? search.error} testId="live-search-error" />
      {search.result ? <OptionList answer={search.result.answer} testId="live-search-results" /> : null}
    </section>
  );
}
