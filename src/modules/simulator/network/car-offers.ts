import { cityById, type CityTier } from '../../geo/index.ts';
import type { CarServiceLevel } from '../../policy/index.ts';
import type { CarOffer, CarQuery } from '../../suppliers/index.ts';
import { encodeOfferId, OFFER_VALIDITY_MS, textToId } from '../offer-ids.ts';
import { rngOf, roundTo } from './prng.ts';

/**
 * The simulated car service (sim-car): three service levels with the cars Chinese ride-hailing and
 * corporate car platforms send, priced by a start fee, distance and time at ~30 km/h, dearer in
 * bigger cities; the driver's ETA varies by ride.
 */
export const CAR_SUPPLIER = 'sim-car';

const LEVELS: readonly {
  level: CarServiceLevel;
  vehicles: readonly string[];
  startYuan: number;
  perKm: number;
  perMinute: number;
  zh: string;
  en: string;
}[] = [
  {
    level: 'economy',
    vehicles: ['大众朗逸', '丰田卡罗拉', '日产轩逸', '比亚迪秦PLUS'],
    startYuan: 12,
    perKm: 2.3,
    perMinute: 0.45,
    zh: '经济型',
    en: 'Economy',
  },
  {
    level: 'comfort',
    vehicles: ['大众帕萨特', '丰田凯美瑞', '本田雅阁', '比亚迪汉'],
    startYuan: 18,
    perKm: 3.2,
    perMinute: 0.6,
    zh: '舒适型',
    en: 'Comfort',
  },
  {
    level: 'business',
    vehicles: ['别克GL8', '奔驰E级', '宝马5系', '奥迪A6L'],
    startYuan: 30,
    perKm: 5.5,
    perMinute: 1,
    zh: '商务型',
    en: 'Business',
  },
];
const TIER_PRICE: Readonly<Record<CityTier, number>> = { tier1: 1.15, new_tier1: 1, tier2: 0.92, other: 0.85 };
const MAX_KM = 300;

export function carOffers(query: CarQuery, nowMs: number): CarOffer[] {
  const city = cityById(query.cityId);
  const pickup = Date.parse(query.pickupAt);
  if (!city || Number.isNaN(pickup) || !(query.distanceKm > 0) || query.distanceKm > MAX_KM || pickup < nowMs - 60_000) return [];
  const km = Math.round(query.distanceKm * 10) / 10;
  const minutes = Math.round((km / 30) * 60);
  return LEVELS.map((l) => {
    const rng = rngOf(`car:${city.id}:${query.pickupAt}:${km}:${l.level}:${query.from}:${query.to}`);
    const vehicleIndex = rng.int(0, l.vehicles.length - 1);
    const priceFen = roundTo((l.startYuan + l.perKm * km + l.perMinute * minutes) * TIER_PRICE[city.tier] * 100, 100);
    return {
      category: 'car' as const,
      supplierCode: CAR_SUPPLIER,
      offerId: encodeOfferId(
        'c',
        [city.id, query.pickupAt.replace(/:/g, '~'), Math.round(km * 10), l.level, textToId(`${query.from}\n${query.to}`)],
        nowMs,
      ),
      priceFen,
      expiresAt: new Date(Math.min(nowMs + OFFER_VALIDITY_MS, Math.max(pickup, nowMs + 5 * 60_000))).toISOString(),
      terms: {
        'zh-CN': `${l.zh}：司机接单前免费取消，接单后取消收取20%。`,
        en: `${l.en}: free cancellation until a driver accepts, 20% after.`,
      },
      refundFeeRate: 0.2,
      changeFeeRate: 0.2,
      cityId: city.id,
      serviceLevel: l.level,
      vehicle: l.vehicles[vehicleIndex] ?? l.vehicles[0] ?? '',
      pickupAt: new Date(pickup).toISOString(),
      from: query.from,
      to: query.to,
      etaMinutes: rng.int(3, 15),
    };
  });
}
