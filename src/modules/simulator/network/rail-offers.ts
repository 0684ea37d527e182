import type { SeatClass } from '../../policy/index.ts';
import type { TrainOffer } from '../../suppliers/index.ts';
import { encodeOfferId, OFFER_VALIDITY_MS } from '../offer-ids.ts';
import { chinaInstant } from './calendar.ts';
import { memoOf } from './memo.ts';
import { rngOf, roundTo, unit } from './prng.ts';
import { railNetwork, type TrainRun } from './rail-routes.ts';

/**
 * Seats and fares of the simulated trains, per rail kilometre as 12306 prices them: G second class
 * 0.45–0.50 元/km (first 1.6×, business 3.1×), D second ~0.31 元/km, 动卧 berths, and the
 * conventional fares (硬座 ~0.12, 硬卧 ~0.21, 软卧 ~0.33 元/km); to half a yuan.
 */
export const RAIL_SUPPLIER = 'sim-rail';

export type TrainFare = Omit<TrainOffer, 'offerId' | 'expiresAt'>;

const SEAT_NAMES: Readonly<Record<SeatClass, readonly [string, string]>> = {
  hard_seat: ['硬座', 'hard seat'],
  second: ['二等座', 'second class'],
  first: ['一等座', 'first class'],
  business: ['商务座', 'business class'],
  hard_sleeper: ['硬卧', 'hard sleeper'],
  soft_sleeper: ['软卧', 'soft sleeper'],
  deluxe_soft_sleeper: ['高级软卧', 'deluxe soft sleeper'],
};

function classesOf(train: TrainRun): readonly (readonly [SeatClass, number])[] {
  if (train.trainType === 'G' || train.trainType === 'C') {
    const second = 0.45 + 0.05 * unit(`rate:${train.trainNo}`);
    return [
      ['second', second],
      ['first', second * 1.6],
      ['business', second * 3.1],
    ];
  }
  if (train.trainType === 'D') {
    if (train.sleeper)
      return [
        ['hard_sleeper', 0.42],
        ['soft_sleeper', 0.62],
      ];
    return [
      ['second', 0.31],
      ['first', 0.31 * 1.6],
    ];
  }
  return [
    ['hard_seat', 0.12],
    ['hard_sleeper', 0.21],
    ['soft_sleeper', 0.33],
  ];
}

function seatsOf(train: TrainRun, date: string, seat: SeatClass): number {
  const rng = rngOf(`rail-seats:${train.trainNo}:${date}:${seat}`);
  if (seat === 'business') return rng.int(0, 10);
  if (seat === 'soft_sleeper' || seat === 'first') return rng.int(0, 40);
  return rng.int(0, 200);
}

/** Travels through the small hours (00:00–05:00 China time). */
function overnightOf(train: TrainRun): boolean {
  const end = train.departureMinute + train.durationMinutes;
  return end > 24 * 60 && train.durationMinutes >= 240;
}

function faresOf(train: TrainRun, date: string): TrainFare[] {
  const departure = chinaInstant(date, train.departureMinute);
  const arrival = new Date(departure.getTime() + train.durationMinutes * 60_000);
  return classesOf(train).flatMap(([seatClass, perKm]) => {
    const seats = seatsOf(train, date, seatClass);
    if (seats === 0) return [];
    const [zh, en] = SEAT_NAMES[seatClass];
    return [
      {
        category: 'train' as const,
        supplierCode: RAIL_SUPPLIER,
        trainNo: train.trainNo,
        trainType: train.trainType,
        originCityId: train.originCityId,
        destinationCityId: train.destinationCityId,
        originStation: train.originStation,
        destinationStation: train.destinationStation,
        departureAt: departure.toISOString(),
        arrivalAt: arrival.toISOString(),
        durationMinutes: train.durationMinutes,
        seatClass,
        overnight: overnightOf(train),
        seatsLeft: seats,
        priceFen: roundTo(train.railKm * perKm * 100, 50),
        refundFeeRate: 0.05,
        changeFeeRate: 0,
        terms: {
          'zh-CN': `${zh}：开车前8天以上退票免费，48小时以上收5%，24–48小时收10%，24小时内收20%；开车前可改签一次。`,
          en: `${en}: refunds are free 8 days or more before departure, 5% from 48 hours, 10% from 24 hours, 20% within 24 hours; one change before departure.`,
        },
      },
    ];
  });
}

const schedules = memoOf<TrainFare[]>(20_000);

export function trainFares(originCityId: string, destinationCityId: string, date: string): TrainFare[] {
  return schedules(`${originCityId}>${destinationCityId}|${date}`, () =>
    (railNetwork().routes.get(`${originCityId}>${destinationCityId}`) ?? []).flatMap((train) => faresOf(train, date)),
  );
}

export function trainFare(trainNo: string, date: string, seatClass: string): TrainFare | null {
  const train = railNetwork().trains.get(trainNo);
  if (!train) return null;
  return (
    trainFares(train.originCityId, train.destinationCityId, date).find((f) => f.trainNo === trainNo && f.seatClass === seatClass) ?? null
  );
}

export function quoteTrain(fare: TrainFare, date: string, nowMs: number): TrainOffer {
  const expires = Math.min(nowMs + OFFER_VALIDITY_MS, Date.parse(fare.departureAt) - 20 * 60_000);
  return { ...fare, offerId: encodeOfferId('t', [fare.trainNo, date, fare.seatClass], nowMs), expiresAt: new Date(expires).toISOString() };
}
