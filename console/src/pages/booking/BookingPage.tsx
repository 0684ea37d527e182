import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { bookingApi, type BookingCategory, type SearchOption } from '../../api/booking';
import { policyApi } from '../../api/policy';
import { travelApi } from '../../api/travel';
import { CATEGORIES } from '../../api/values';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { cityIdOf, loadCityDirectory } from '../../lib/cities';
import { chinaToday } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { BookingConfirm, type ConfirmChoice } from './BookingConfirm';
import { emptyQuery, queryFromLeg, searchBodyOf, type QueryFields } from './bookingQuery';
import { OptionList } from './OptionList';
import { QueryForm } from './QueryForm';
import { useBookingSearch } from './useBookingSearch';

const isCategory = (value: string | null): value is BookingCategory => CATEGORIES.some((c) => c === value);

/** The request a booking starts from, once the city directory can turn its city names into ids. */
async function loadRequest(id: string) {
  if (id === '') return null;
  const [request] = await Promise.all([travelApi.get(id), loadCityDirectory()]);
  return request;
}

/**
 * /book (预订): search one category under the traveller's policy — for oneself, or for another
 * employee (代订) with booking.others — from an approved travel request (?request=, its first leg
 * filling the form) or on its own; pick an option, give a 超标原因 where the policy asks, and book.
 */
export function BookingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, hasPermission } = useSession();
  const [params, setParams] = useSearchParams();
  const requestId = params.get('request') ?? '';
  const requested = params.get('category');
  const category: BookingCategory = isCategory(requested) ? requested : 'flight';
  const canBookOthers = hasPermission('booking.others');
  const canBookSelf = hasPermission('booking.self') && Boolean(me?.employeeId);

  const request = useLoad(() => loadRequest(requestId), `request:${requestId}`);
  const reasonCodes = useLoad(() => policyApi.reasonCodes(), 'reason-codes');
  const search = useBookingSearch();
  const [fields, setFields] = useState<QueryFields>(() => emptyQuery(chinaToday()));
  const [traveller, setTraveller] = useState<PickedEmployee | null>(null);
  const [showBlocked, setShowBlocked] = useState(false);
  const [missing, setMissing] = useState<(keyof QueryFields)[]>([]);
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  const [prefilled, setPrefilled] = useState('');

  // The request's first leg fills the form once it has loaded (a render-time update: no flash of the empty form).
  const loaded = request.data && request.data.id === requestId ? request.data : null;
  if (loaded && prefilled !== loaded.id) {
    setPrefilled(loaded.id);
    const leg = loaded.itinerary[0];
    if (leg) setFields(queryFromLeg(leg, cityIdOf));
    const mine = loaded.travellers.some((p) => p.employeeId === me?.employeeId);
    const first = loaded.travellers[0];
    if (!mine && canBookOthers && first) setTraveller({ id: first.employeeId, name: first.name });
  }

  const extras = {
    ...(traveller ? { travellerEmployeeId: traveller.id } : {}),
    ...(loaded ? { travelRequestId: loaded.id } : {}),
    showBlocked,
  };
  const runSearch = () => {
    const checked = searchBodyOf(category, fields, extras);
    if (checked.missing) {
      setMissing(checked.missing);
      return;
    }
    setMissing([]);
    void search.run(checked.body);
  };
  const setCategory = (next: BookingCategory) => {
    search.clear();
    setMissing([]);
    setParams(
      (p) => {
        p.set('category', next);
        return p;
      },
      { replace: true },
    );
  };
  const leaveRequest = () => {
    search.clear();
    setParams(
      (p) => {
        p.delete('request');
        return p;
      },
      { replace: true },
    );
  };
  const place = async (option: SearchOption, choice: ConfirmChoice) => {
    if (!search.result) return;
    const placed = await bookingApi.place({
      search: search.result.body,
      supplierCode: option.offer.supplierCode,
      offerId: option.offer.offerId,
      ...choice,
    });
    void navigate(`/orders/${placed.order.id}`);
  };
  const travellerMissing = !canBookSelf && traveller === null;

  return (
    <section data-testid="page-booking" data-category={category} data-request-id={loaded?.id ?? ''}>
      <PageHeader title={t('booking.title')} subtitle={t('booking.subtitle')} />
      <ErrorNotice error={request.error} onRetry={request.reload} testId="booking-request-error" />
      {loaded ? (
        <Notice kind="info" testId="booking-request">
          <span>{t('booking.fromRequest', { purpose: loaded.purpose })}</span>{' '}
          <Link to={`/travel/requests/${loaded.id}`} className="mono">
            {loaded.code}
          </Link>{' '}
          <button type="button" className="btn btn-link" data-testid="booking-leave-request" onClick={leaveRequest}>
            {t('booking.leaveRequest')}
          </button>
        </Notice>
      ) : null}
      <div className="card form-card booking-card">
        <Tabs
          testId="booking-category"
          label={t('booking.category')}
          value={category}
          tabs={CATEGORIES.map((c) => ({ id: c, label: t(`booking.categoryName.${c}`) }))}
          onChange={setCategory}
        />
        {canBookOthers ? (
          <div className="booking-traveller">
            <Field label={t('booking.traveller')} hint={t('booking.travellerHint')}>
              <EmployeePicker
                testId="booking-traveller"
                value={traveller}
                placeholder={canBookSelf ? `${t('booking.travellerSelf')} · ${t('booking.travellerPick')}` : t('booking.travellerPick')}
                onChange={(picked) => {
                  setTraveller(picked);
                  search.clear();
                }}
              />
            </Field>
          </div>
        ) : null}
        <QueryForm
          category={category}
          fields={fields}
          onChange={setFields}
          onSearch={runSearch}
          busy={search.busy || travellerMissing}
          missing={missing}
          extra={
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="booking-show-blocked"
                checked={showBlocked}
                onChange={(e) => setShowBlocked(e.target.checked)}
              />
              <span>{t('booking.query.showBlocked')}</span>
            </label>
          }
        />
      </div>
      <ErrorNotice error={search.error} testId="booking-search-error" />
      {search.result ? (
        <OptionList
          answer={search.result.answer}
          action={(option) => (
            <button type="button" className="btn btn-primary btn-small" data-testid="booking-book" onClick={() => setChosen(option)}>
              {t('booking.results.book')}
            </button>
          )}
        />
      ) : null}
      {chosen ? (
        <Dialog title={t('booking.dialog.title')} onClose={() => setChosen(null)} testId="booking-dialog" wide>
          <BookingConfirm
            option={chosen}
            reasonCodes={(reasonCodes.data ?? []).filter((r) => r.active)}
            mode="book"
            cancelLabel={t('common.cancel')}
            onCancel={() => setChosen(null)}
            onConfirm={(choice) => place(chosen, choice)}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
