import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../api/types';
import { currentLanguage } from '../../i18n';
import type { Messages } from '../../i18n/zh-CN';
import { capitalised, formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { durationText, itineraryOf, type Itinerary } from './offerSnapshot';

type Row = [label: string, value: ReactNode, testId?: string];

/** The itinerary of an order from its offer snapshot: flight, stay, train or ride, as far as the snapshot says. */
export function OrderItinerary({ order }: { order: Pick<OrderDetail, 'category' | 'offer'> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const it = itineraryOf(order.category, order.offer, lang);
  const rows = rowsOf(it, t, lang).filter((row): row is Row => row[1] !== null && row[1] !== '');
  return (
    <div className="card form-card detail-card" data-testid="order-itinerary" data-category={order.category}>
      <h2 className="card-title">{t('orders.detail.itinerary')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('orders.detail.noItinerary')}</p>
      ) : (
        <dl className="summary-grid">
          {rows.map(([label, value, testId]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {it.terms ? (
        <p className="muted small" data-testid="order-terms">
          {t('orders.itineraryField.terms')}：{it.terms}
        </p>
      ) : null}
    </div>
  );
}

type T = TFunction;

const pair = (a: string | null, b: string | null) => (a && b ? `${a} → ${b}` : (a ?? b));

function rowsOf(it: Itinerary, t: T, lang: 'zh-CN' | 'en'): [string, ReactNode, string?][] {
  const f = (key: FieldKey) => fieldLabel(t, key);
  const duration = (m: number | null) => (m === null ? null : durationText(m, lang));
  switch (it.category) {
    case 'flight':
      return [
        [f('flightNo'), it.flightNo, 'itinerary-flight-no'],
        [f('route'), pair(it.originAirport, it.destinationAirport)],
        [f('departure'), it.departureAt ? formatDateTime(it.departureAt) : null],
        [f('arrival'), it.arrivalAt ? formatDateTime(it.arrivalAt) : null],
        [f('duration'), duration(it.durationMinutes)],
        [f('cabin'), it.cabin ? cabinName(t, it.cabin) : null, 'itinerary-cabin'],
        [f('bookingClass'), it.bookingClass],
        [f('aircraft'), it.aircraft],
      ];
    case 'hotel':
      return [
        [f('hotel'), it.hotelName, 'itinerary-hotel'],
        [f('stars'), it.stars === null ? null : t('orders.itineraryField.starsValue', { count: it.stars })],
        [f('address'), it.address],
        [f('room'), it.roomType, 'itinerary-room'],
        [f('breakfast'), it.breakfast === null ? null : it.breakfast ? f('breakfastYes') : f('breakfastNo')],
        [f('checkIn'), it.checkIn ? formatDate(it.checkIn) : null],
        [f('checkOut'), it.checkOut ? formatDate(it.checkOut) : null],
        [f('nights'), it.nights === null ? null : t('orders.itineraryField.nightsValue', { count: it.nights })],
        [f('nightlyRate'), it.nightlyRateFen === null ? null : formatFen(it.nightlyRateFen)],
      ];
    case 'train':
      return [
        [f('trainNo'), it.trainNo, 'itinerary-train-no'],
        [f('stations'), pair(it.originStation, it.destinationStation)],
        [f('trainDeparture'), it.departureAt ? formatDateTime(it.departureAt) : null],
        [f('trainArrival'), it.arrivalAt ? formatDateTime(it.arrivalAt) : null],
        [f('trainDuration'), duration(it.durationMinutes)],
        [f('seat'), it.seatClass ? seatName(t, it.seatClass) : null, 'itinerary-seat'],
      ];
    case 'car':
      return [
        [f('serviceLevel'), it.serviceLevel ? carLevelName(t, it.serviceLevel) : null],
        [f('vehicle'), it.vehicle],
        [f('pickupAt'), it.pickupAt ? formatDateTime(it.pickupAt) : null],
        [f('from'), it.from],
        [f('to'), it.to],
      ];
  }
}

type FieldKey = Exclude<keyof Messages['orders']['itineraryField'], 'starsValue' | 'nightsValue'>;

function fieldLabel(t: T, key: FieldKey): string {
  return t(`orders.itineraryField.${key}`);
}

/** Class names from the policy's own words (the snapshot holds the codes: 'economy', 'second'). */
function cabinName(t: T, cabin: string): string {
  const known = ['economy', 'premium_economy', 'business', 'first'] as const;
  const c = known.find((k) => k === cabin);
  return c ? capitalised(t(`policy.cabin.${c}`)) : cabin;
}

function seatName(t: T, seat: string): string {
  const known = ['hard_seat', 'second', 'first', 'business', 'hard_sleeper', 'soft_sleeper', 'deluxe_soft_sleeper'] as const;
  const s = known.find((k) => k === seat);
  return s ? capitalised(t(`policy.seat.${s}`)) : seat;
}

function carLevelName(t: T, level: string): string {
  const known = ['economy', 'comfort', 'business'] as const;
  const l = known.find((k) => k === level);
  return l ? capitalised(t(`policy.carLevel.${l}`)) : level;
}
