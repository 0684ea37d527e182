import type { TFunction } from 'i18next';
import type { Category, TravelOption } from '../../../api/types';
import { cityLabel } from '../../../lib/cities';
import { addDays, localDate } from '../../../lib/dates';
import { formatFen } from '../../../lib/money';

/** A local date-time 'YYYY-MM-DDTHH:MM' as a UTC ISO instant. */
export function localToIso(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** A UTC ISO instant as the value of a datetime-local input. */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function at(date: string, time: string): string {
  return localToIso(`${date}T${time}`);
}

function plusMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

export type SampleId = 'flightEconomy' | 'flightBusiness' | 'hotelShenzhen' | 'hotelBeijing' | 'trainFirst' | 'carOvertime';
export const SAMPLE_IDS: SampleId[] = ['flightEconomy', 'flightBusiness', 'hotelShenzhen', 'hotelBeijing', 'trainFirst', 'carOvertime'];

/** The blank option of each category: where a new option of that category starts. */
export const SAMPLE_OF_CATEGORY: Record<Category, SampleId> = {
  flight: 'flightEconomy',
  hotel: 'hotelBeijing',
  train: 'trainFirst',
  car: 'carOvertime',
};

/** Keeps derived fields consistent before sending (a flight's arrival follows its departure and duration). */
export function normaliseOption(o: TravelOption): TravelOption {
  if (o.category !== 'flight') return o;
  const arrival = new Date(new Date(o.departureAt).getTime() + o.durationMinutes * 60_000);
  return Number.isNaN(arrival.getTime()) ? o : { ...o, arrivalAt: arrival.toISOString() };
}

/** Ready-made options about two weeks ahead (上海→北京 机票, 深圳 5星 酒店, G字头 一等座, 加班用车 …). */
export function sampleOption(id: SampleId): TravelOption {
  const day = addDays(localDate(new Date()), 14);
  const now = new Date().toISOString();
  const departure = at(day, '08:00');
  switch (id) {
    case 'flightEconomy':
    case 'flightBusiness': {
      const business = id === 'flightBusiness';
      return {
        category: 'flight',
        flightNo: 'MU5101',
        cabin: business ? 'business' : 'economy',
        fareFen: business ? 480000 : 158000,
        fullEconomyFareFen: 210000,
        businessFareFen: 480000,
        departureAt: departure,
        arrivalAt: plusMinutes(departure, 135),
        durationMinutes: 135,
        bookingAt: now,
        lowestFareInWindowFen: null,
        origin: 'shanghai',
        destination: 'beijing',
      };
    }
    case 'hotelShenzhen':
      return {
        category: 'hotel',
        hotelName: '深圳福田香格里拉大酒店',
        cityCode: 'shenzhen',
        nightlyRateFen: 110000,
        stars: 5,
        checkIn: day,
        checkOut: addDays(day, 2),
      };
    case 'hotelBeijing':
      return {
        category: 'hotel',
        hotelName: '北京国贸亚朵酒店',
        cityCode: 'beijing',
        nightlyRateFen: 65000,
        stars: 4,
        checkIn: day,
        checkOut: addDays(day, 1),
      };
    case 'trainFirst':
      return {
        category: 'train',
        trainNo: 'G2',
        trainType: 'G',
        seatClass: 'first',
        fareFen: 93000,
        departureAt: at(day, '09:00'),
        durationMinutes: 270,
        overnight: false,
        origin: 'shanghai',
        destination: 'beijing',
      };
    case 'carOvertime':
      return {
        category: 'car',
        serviceLevel: 'comfort',
        estimatedFareFen: 18000,
        pickupAt: at(day, '22:30'),
        purpose: 'overtime',
        destinationCity: 'shanghai',
      };
  }
}

/** A short description of an option: 上海→北京 经济舱 ¥1,580. */
export function optionLabel(t: TFunction, o: TravelOption): string {
  switch (o.category) {
    case 'flight':
      return `${cityLabel(o.origin)}→${cityLabel(o.destination)} ${t(`policy.cabin.${o.cabin}`)} ${formatFen(o.fareFen)}`;
    case 'hotel':
      return `${cityLabel(o.cityCode)} ${o.hotelName ?? ''} ${t('policy.preview.perNight', { amount: formatFen(o.nightlyRateFen) })} ${t('policy.preview.stars', { stars: o.stars })}`;
    case 'train':
      return `${cityLabel(o.origin)}→${cityLabel(o.destination)} ${o.trainNo ?? o.trainType} ${t(`policy.seat.${o.seatClass}`)} ${formatFen(o.fareFen)}`;
    case 'car':
      return `${t(`policy.carLevel.${o.serviceLevel}`)} ${t(`policy.purpose.${o.purpose}`)} ${formatFen(o.estimatedFareFen)}`;
  }
}
