import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { bookingApi, type BookingCategory, type SearchOption } from '../../api/booking';
import type { Offer } from '../../api/bookingOffers';
import { policyApi } from '../../api/policy';
import type { OrderDetail } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { chinaToday } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { BookingConfirm, type ConfirmChoice } from './BookingConfirm';
import { isSameService, queryFromOffer, searchBodyOf, type QueryFields } from './bookingQuery';
import { OptionList } from './OptionList';
import { QueryForm } from './QueryForm';
import { useBookingSearch } from './useBookingSearch';

/**
 * 改签: a search of the order's category for its traveller, started from what was booked; only the
 * order's supplier can move the booking, so only its options are offered. The chosen one (with a
 * 超标原因 when out of policy) becomes a child order, which the page then shows.
 */
export function ChangeOrderDialog({ order, onClose }: { order: OrderDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const category = order.category as BookingCategory;
  const [fields, setFields] = useState<QueryFields>(() => queryFromOffer({ ...(order.offer as Partial<Offer>), category }, chinaToday()));
  const [missing, setMissing] = useState<(keyof QueryFields)[]>([]);
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  const search = useBookingSearch();
  const reasonCodes = useLoad(() => policyApi.reasonCodes(), 'reason-codes');
  const traveller = order.travellers[0]?.employeeId;

  const runSearch = () => {
    const checked = searchBodyOf(category, fields, {
      ...(traveller && traveller !== me?.employeeId ? { travellerEmployeeId: traveller } : {}),
      ...(order.travelRequestId ? { travelRequestId: order.travelRequestId } : {}),
    });
    if (checked.missing) {
      setMissing(checked.missing);
      return;
    }
    setMissing([]);
    void search.run(checked.body);
  };
  const change = async (option: SearchOption, choice: ConfirmChoice) => {
    if (!search.result) return;
    const { child } = await bookingApi.change(order.id, search.result.body, option.offer.offerId, choice.reason);
    onClose();
    void navigate(`/orders/${child.id}`);
  };
  // Only the order's supplier can move the booking; the booked service itself is no change.
  const sameSupplier =
    search.result?.answer.options.filter((o) => o.offer.supplierCode === order.supplierCode && !isSameService(o.offer, order.offer)) ?? [];

  return (
    <Dialog title={t('booking.actions.changeTitle', { code: order.trackingCode })} onClose={onClose} testId="order-change-dialog" wide>
      {chosen ? (
        <BookingConfirm
          option={chosen}
          reasonCodes={(reasonCodes.data ?? []).filter((r) => r.active)}
          mode="change"
          previousFen={order.amountFen}
          cancelLabel={t('common.back')}
          onCancel={() => setChosen(null)}
          onConfirm={(choice) => change(chosen, choice)}
        />
      ) : (
        <>
          <p className="muted small">{t('booking.actions.changeIntro', { supplier: order.supplierCode })}</p>
          <QueryForm
            category={category}
            fields={fields}
            onChange={setFields}
            onSearch={runSearch}
            busy={search.busy}
            missing={missing}
            testId="change-query"
            autoFocusSearch
          />
          <ErrorNotice error={search.error} testId="change-search-error" />
          {search.result ? (
            <OptionList
              answer={search.result.answer}
              options={sameSupplier}
              testId="change-results"
              emptyText={t('booking.actions.noSameSupplier')}
              action={(option) => (
                <button type="button" className="btn btn-primary btn-small" data-testid="change-choose" onClick={() => setChosen(option)}>
                  {t('booking.results.choose')}
                </button>
              )}
            />
          ) : null}
        </>
      )}
    </Dialog>
  );
}
