import { useTranslation } from 'react-i18next';
import type { Offer } from '../../api/bookingOffers';
import { currentLanguage } from '../../i18n';
import { cityLabel, useCityDirectory } from '../../lib/cities';
import { capitalised } from '../../lib/format';
import { localized } from '../../lib/localized';
import { formatFen } from '../../lib/money';
import { durationText } from '../orders/offerSnapshot';

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const chinaDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 'HH:mm' in China time: the time printed on a ticket, whatever the browser's zone. */
export function chinaClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : clock.format(d);
}

function Times({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const later = chinaDay(to) > chinaDay(from);
  return (
    <span className="booking-times strong">
      {chinaClock(from)} – {chinaClock(to)}
      {later ? <sup className="booking-next-day">{t('booking.flight.nextDay')}</sup> : null}
    </span>
  );
}

/**
 * What a traveller needs to choose an offer: flight (carrier and number, times, airports,
 * duration, cabin and class), hotel (name, brand, stars, room, breakfast, nightly and total), train
 * (number, stations, times, seat), car (level, vehicle, ETA).
 */
export function OptionEssentials({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  useCityDirectory();
  const lang = currentLanguage();
  switch (offer.category) {
    case 'flight':
      return (
        <div className="booking-essentials">
          <div className="booking-line">
            <span className="strong" data-testid="booking-option-title">
              <span className="booking-carrier">
                {t(`booking.carriers.${offer.carrier}` as 'booking.carriers.CA', { defaultValue: offer.carrier })}
              </span>{' '}
              <span className="mono">{offer.flightNo}</span>
            </span>
            <Times from={offer.departureAt} to={offer.arrivalAt} />
            <span className="muted">{durationText(offer.durationMinutes, lang)}</span>
          </div>
          <div className="booking-line muted small">
            <span>
              {offer.originAirport} → {offer.destinationAirport}
            </span>
            <span>
              {capitalised(t(`policy.cabin.${offer.cabin}`))} · {offer.bookingClass}
            </span>
            <span>{offer.aircraft}</span>
            <span>{t('booking.flight.seatsLeft', { count: offer.seatsLeft })}</span>
          </div>
        </div>
      );
    case 'hotel':
      return (
        <div className="booking-essentials">
          <div className="booking-line">
            <span className="strong" data-testid="booking-option-title">
              {localized(offer.hotelName)}
            </span>
            <span className="muted">{offer.brand}</span>
            <span className="booking-stars" aria-label={t('booking.hotel.stars', { count: offer.stars })}>
              {'★'.repeat(Math.max(0, Math.min(5, offer.stars)))}
            </span>
          </div>
          <div className="booking-line muted small">
            <span>{localized(offer.roomType)}</span>
            <span>{offer.breakfast ? t('booking.hotel.breakfast') : t('booking.hotel.noBreakfast')}</span>
            <span>{t('booking.hotel.nightly', { amount: formatFen(offer.nightlyRateFen) })}</span>
            <span>{t('booking.hotel.total', { count: offer.nights, nights: offer.nights, amount: formatFen(offer.priceFen) })}</span>
          </div>
          <div className="booking-line muted small">{localized(offer.address)}</div>
        </div>
      );
    case 'train':
      return (
        <div className="booking-essentials">
          <div className="booking-line">
            <span className="strong mono" data-testid="booking-option-title">
              {offer.trainNo}
            </span>
            <Times from={offer.departureAt} to={offer.arrivalAt} />
            <span className="muted">{durationText(offer.durationMinutes, lang)}</span>
          </div>
          <div className="booking-line muted small">
            <span>
              {offer.originStation} → {offer.destinationStation}
            </span>
            <span>{capitalised(t(`policy.seat.${offer.seatClass}`))}</span>
            {offer.overnight ? <span>{t('booking.train.overnight')}</span> : null}
            <span>{t('booking.flight.seatsLeft', { count: offer.seatsLeft })}</span>
          </div>
        </div>
      );
    case 'car':
      return (
        <div className="booking-essentials">
          <div className="booking-line">
            <span className="strong" data-testid="booking-option-title">
              {capitalised(t(`policy.carLevel.${offer.serviceLevel}`))}
            </span>
            <span>{offer.vehicle}</span>
            <span className="muted">{t('booking.car.eta', { minutes: offer.etaMinutes })}</span>
          </div>
          <div className="booking-line muted small">
            <span>
              {cityLabel(offer.cityId)} · {chinaClock(offer.pickupAt)} · {offer.from} → {offer.to}
            </span>
          </div>
        </div>
      );
  }
}
