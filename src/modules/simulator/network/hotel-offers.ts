import { cityById, type City, type CityTier } from '../../geo/index.ts';
import type { HotelOffer } from '../../suppliers/index.ts';
import { encodeOfferId, OFFER_VALIDITY_MS } from '../offer-ids.ts';
import { addDays, daysBetween, isHoliday, isPeakMonth, isSellableDate, weekdayOf } from './calendar.ts';
import { DISTRICTS, GENERIC_DISTRICTS, type Brand, type BrandLevel, type HotelGroup } from './hotel-brands.ts';
import { memoOf } from './memo.ts';
import { rngOf, unit } from './prng.ts';

/**
 * The simulated hotels of a group in a city — how many of each brand by city tier, their branch
 * names ('全季酒店(杭州西湖店)'), rooms and nightly rates by brand level × city tier × season
 * (Friday and Saturday nights, July, August and October, and the statutory holidays of the
 * chinese-days calendar). Every city of the directory has hotels; coordinates are not needed.
 */
export interface SimHotel {
  hotelId: string;
  group: HotelGroup;
  brand: Brand;
  city: City;
  name: { 'zh-CN': string; en: string };
  address: { 'zh-CN': string; en: string };
  /** The branch's price relative to its brand in the city (location, age): 0.85–1.2. */
  locationFactor: number;
}

export type HotelFare = Omit<HotelOffer, 'offerId' | 'expiresAt'>;

/** A fare with its place in the hotel's list (room type index, rate plan), which its offer id names. */
export interface HotelRate {
  fare: HotelFare;
  room: number;
  plan: RatePlan;
}

const EXPECTED: Readonly<Record<BrandLevel, Readonly<Record<CityTier, number>>>> = {
  economy: { tier1: 4, new_tier1: 3, tier2: 2, other: 1 },
  midscale: { tier1: 3, new_tier1: 2, tier2: 2, other: 0.8 },
  upscale: { tier1: 2, new_tier1: 2, tier2: 1, other: 0.3 },
  luxury: { tier1: 1, new_tier1: 1, tier2: 0.5, other: 0.05 },
};
const TIER_PRICE: Readonly<Record<CityTier, number>> = { tier1: 1, new_tier1: 0.8, tier2: 0.68, other: 0.55 };
const BREAKFAST_YUAN: Readonly<Record<BrandLevel, number>> = { economy: 25, midscale: 45, upscale: 88, luxury: 168 };
const MAX_NIGHTS = 30;

type RoomType = readonly [zh: string, en: string, factor: number];
const ROOMS: Readonly<Record<BrandLevel, readonly RoomType[]>> = {
  economy: [
    ['高级大床房', 'Superior king room', 1],
    ['高级双床房', 'Superior twin room', 1.02],
  ],
  midscale: [
    ['高级大床房', 'Superior king room', 1],
    ['高级双床房', 'Superior twin room', 1.05],
    ['豪华大床房', 'Deluxe king room', 1.2],
  ],
  upscale: [
    ['豪华大床房', 'Deluxe king room', 1],
    ['豪华双床房', 'Deluxe twin room', 1.03],
    ['行政套房', 'Executive suite', 1.9],
  ],
  luxury: [
    ['豪华大床房', 'Deluxe king room', 1],
    ['行政大床房', 'Executive king room', 1.35],
    ['行政套房', 'Executive suite', 2.2],
  ],
};

/** Two rate plans per room: prepaid without breakfast and not refundable, or flexible with breakfast. */
const PLANS = ['r', 'f'] as const;
export type RatePlan = (typeof PLANS)[number];

function hotelsOf(group: HotelGroup, city: City): SimHotel[] {
  const districts = DISTRICTS[city.id] ?? GENERIC_DISTRICTS;
  const out: SimHotel[] = [];
  for (const brand of group.brands) {
    const expected = EXPECTED[brand.level][city.tier];
    const count = Math.floor(expected) + (unit(`hotels:${brand.key}:${city.id}`) < expected % 1 ? 1 : 0);
    for (let n = 1; n <= count; n++) {
      const rng = rngOf(`hotel:${brand.key}:${city.id}:${n}`);
      const [dZh, dEn] = districts[(Math.floor(rng.next() * districts.length) + n) % districts.length] ?? ['市中心', 'City Centre'];
      out.push({
        hotelId: `${group.supplierCode.slice(4)}.${city.id}.${brand.key}.${n}`,
        group,
        brand,
        city,
        // '全季酒店(杭州西湖店)', but '亚朵X酒店(杭州东站店)' where the place already names the city.
        name: {
          'zh-CN': `${brand.nameZh}(${dZh.startsWith(city.zh) ? '' : city.zh}${dZh}店)`,
          en: `${brand.nameEn} ${dEn.startsWith(city.en) ? '' : `${city.en} `}${dEn}`,
        },
        address: {
          'zh-CN': `${city.province.zh}${city.zhFull}${dZh}商圈${rng.int(1, 399)}号`,
          en: `${rng.int(1, 399)} ${dEn}, ${city.en}`,
        },
        locationFactor: rng.between(0.85, 1.2),
      });
    }
  }
  return out;
}

const hotelMemo = memoOf<SimHotel[]>(5_000);

export function groupHotels(group: HotelGroup, cityId: string): SimHotel[] {
  return hotelMemo(`${group.supplierCode}|${cityId}`, () => {
    const city = cityById(cityId);
    return city ? hotelsOf(group, city) : [];
  });
}

/** One night's room-only rate of the hotel's standard room, in whole yuan. */
export function nightlyYuan(hotel: SimHotel, date: string): number {
  const weekday = weekdayOf(date);
  let season = 1;
  if (weekday === 5 || weekday === 6) season *= 1.12;
  if (isPeakMonth(date)) season *= 1.1;
  if (isHoliday(date)) season *= 1.4;
  const jitter = 0.95 + 0.1 * unit(`night:${hotel.hotelId}:${date}`);
  return hotel.brand.baseYuan * TIER_PRICE[hotel.city.tier] * hotel.locationFactor * season * jitter;
}

function ratesOf(hotel: SimHotel, checkIn: string, checkOut: string): HotelRate[] {
  const nights = daysBetween(checkIn, checkOut);
  const dates = Array.from({ length: nights }, (_, i) => addDays(checkIn, i));
  const base = dates.map((d) => nightlyYuan(hotel, d));
  return ROOMS[hotel.brand.level].flatMap(([zh, en, factor], room) => {
    const roomsLeft = rngOf(`rooms:${hotel.hotelId}:${checkIn}:${checkOut}:${room}`).int(0, 8);
    if (roomsLeft === 0) return [];
    return PLANS.map((plan): HotelRate => {
      const flexible = plan === 'f';
      const perNight = base.map((y) => Math.round(y * factor * (flexible ? 1 : 0.9) + (flexible ? BREAKFAST_YUAN[hotel.brand.level] : 0)));
      const priceFen = perNight.reduce((a, y) => a + y, 0) * 100;
      const fare: HotelFare = {
        category: 'hotel',
        supplierCode: hotel.group.supplierCode,
        hotelId: hotel.hotelId,
        hotelName: hotel.name,
        chain: hotel.group.chain,
        brand: hotel.brand.zh,
        stars: hotel.brand.stars,
        cityId: hotel.city.id,
        address: hotel.address,
        roomType: { 'zh-CN': zh, en },
        breakfast: flexible,
        checkIn,
        checkOut,
        nights,
        nightlyRateFen: Math.round(priceFen / nights),
        roomsLeft,
        priceFen,
        refundFeeRate: flexible ? 0 : 1,
        changeFeeRate: flexible ? 0 : 1,
        terms: flexible
          ? {
              'zh-CN': '含早餐；入住日18:00前可免费取消或修改。',
              en: 'Breakfast included; free cancellation or change until 18:00 on the day of arrival.',
            }
          : { 'zh-CN': '不含早餐；预付，不可取消、不可修改。', en: 'Room only; prepaid, cannot be cancelled or changed.' },
      };
      return { fare, room, plan };
    });
  });
}

const rateMemo = memoOf<HotelRate[]>(20_000);

/** Every room and rate a group offers in a city for a stay (memoised per city and stay). */
export function hotelRates(group: HotelGroup, cityId: string, checkIn: string, checkOut: string): HotelRate[] {
  if (!isSellableDate(checkIn) || !isSellableDate(checkOut)) return [];
  const nights = daysBetween(checkIn, checkOut);
  if (nights < 1 || nights > MAX_NIGHTS) return [];
  return rateMemo(`${group.supplierCode}|${cityId}|${checkIn}|${checkOut}`, () =>
    groupHotels(group, cityId).flatMap((h) => ratesOf(h, checkIn, checkOut)),
  );
}

/** One hotel's rate (re-deriving an offer from its id), or null. */
export function hotelRate(
  group: HotelGroup,
  hotelId: string,
  checkIn: string,
  checkOut: string,
  room: number,
  plan: string,
): HotelRate | null {
  const cityId = hotelId.split('.')[1] ?? '';
  return hotelRates(group, cityId, checkIn, checkOut).find((r) => r.fare.hotelId === hotelId && r.room === room && r.plan === plan) ?? null;
}

export function quoteHotel({ fare, room, plan }: HotelRate, nowMs: number): HotelOffer {
  const id = encodeOfferId('h', [fare.hotelId, fare.checkIn, fare.checkOut, `${room}${plan}`], nowMs);
  return { ...fare, offerId: id, expiresAt: new Date(nowMs + OFFER_VALIDITY_MS).toISOString() };
}
