import type { PeakSeason, ReasonCode, Rule } from './engine/index.ts';

/**
 * The sample travel policies (which the demo seeds) as engine rules. Rank levels: 1–5 staff, 6–8 managers (经理 to
 * 总监), 9 and above vice-presidents and the president. Amounts in fen.
 */

const yuan = (n: number) => n * 100;
const STAFF = { maxRankLevel: 5 };
const MANAGERS = { minRankLevel: 6, maxRankLevel: 8 };

/** 广交会 (Canton Fair) in Guangzhou: spring and autumn sessions, hotel prices peak. */
export function cantonFairSeasons(years: readonly number[]): PeakSeason[] {
  return years.flatMap((y) => [
    { name: `${y}年春季广交会`, cityCodes: ['guangzhou'], from: `${y}-04-14`, to: `${y}-05-05`, upliftPercent: 50 },
    { name: `${y}年秋季广交会`, cityCodes: ['guangzhou'], from: `${y}-10-14`, to: `${y}-11-04`, upliftPercent: 50 },
  ]);
}

const tierCaps = (tier1: number, newTier1: number, tier2: number, other: number) => ({
  tier1: yuan(tier1),
  new_tier1: yuan(newTier1),
  tier2: yuan(tier2),
  other: yuan(other),
});

/** 标准差旅政策: everybody's policy. */
export function standardRules(years: readonly number[]): Rule[] {
  return [
    {
      id: 'flight-cabin-staff',
      kind: 'flight_cabin',
      params: { maxCabin: 'economy', longFlight: { aboveMinutes: 360, maxCabin: 'business' } },
      action: 'require_approval',
      appliesTo: STAFF,
    },
    {
      id: 'flight-cabin-managers',
      kind: 'flight_cabin',
      params: { maxCabin: 'business' },
      action: 'require_approval',
      appliesTo: { minRankLevel: 6 },
    },
    {
      id: 'flight-price-staff',
      kind: 'flight_price_cap',
      params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 },
      action: 'warn',
      appliesTo: STAFF,
    },
    {
      id: 'flight-price-managers',
      kind: 'flight_price_cap',
      params: { mode: 'percent_of_business', maxPercent: 0.8 },
      action: 'warn',
      appliesTo: { minRankLevel: 6 },
    },
    { id: 'flight-lowest-fare', kind: 'flight_lowest_fare_window', params: { windowMinutes: 60, toleranceFen: yuan(200) }, action: 'warn' },
    { id: 'flight-advance', kind: 'flight_advance_booking', params: { minDays: 3 }, action: 'warn' },
    {
      id: 'hotel-cap',
      kind: 'hotel_nightly_cap',
      params: {
        bands: [
          { maxRankLevel: 5, tierCapsFen: tierCaps(600, 500, 400, 350) },
          { minRankLevel: 6, maxRankLevel: 8, tierCapsFen: tierCaps(800, 650, 550, 450) },
          { minRankLevel: 9, tierCapsFen: tierCaps(1200, 1000, 800, 650) },
        ],
        peakSeasons: cantonFairSeasons(years),
      },
      action: 'warn',
    },
    { id: 'hotel-star-staff', kind: 'hotel_star', params: { maxStars: 4 }, action: 'warn', appliesTo: STAFF },
    {
      id: 'train-seat-staff',
      kind: 'train_seat',
      params: { maxSeat: 'second', maxSleeper: 'hard_sleeper', exception: { overnight: true, maxSleeper: 'soft_sleeper' } },
      action: 'warn',
      appliesTo: STAFF,
    },
    {
      id: 'train-seat-managers',
      kind: 'train_seat',
      params: { maxSeat: 'first', maxSleeper: 'soft_sleeper' },
      action: 'warn',
      appliesTo: MANAGERS,
    },
    {
      id: 'train-seat-vp',
      kind: 'train_seat',
      params: { maxSeat: 'business', maxSleeper: 'deluxe_soft_sleeper' },
      action: 'warn',
      appliesTo: { minRankLevel: 9 },
    },
    { id: 'car-level', kind: 'car_service_level', params: { maxLevel: 'comfort' }, action: 'warn' },
    { id: 'car-ride-cap', kind: 'car_ride_cap', params: { maxFen: yuan(300) }, action: 'warn' },
    {
      id: 'car-hours',
      kind: 'car_hours',
      params: {
        purposes: [
          { purpose: 'overtime', windows: [{ from: '21:00', to: '06:00' }] },
          { purpose: 'airport_transfer' },
          { purpose: 'station_transfer' },
          { purpose: 'client_visit' },
          { purpose: 'business_trip' },
        ],
      },
      action: 'block',
    },
  ];
}

/** The standard policy tightened: 6.5折 for staff, ¥100 over the lowest fare, five days ahead. */
export function stricterStandardRules(years: readonly number[]): Rule[] {
  return standardRules(years).map((rule): Rule => {
    switch (rule.id) {
      case 'flight-price-staff':
        return { ...rule, kind: 'flight_price_cap', params: { mode: 'discount_of_full_economy', maxDiscount: 0.65 } };
      case 'flight-lowest-fare':
        return { ...rule, kind: 'flight_lowest_fare_window', params: { windowMinutes: 60, toleranceFen: yuan(100) } };
      case 'flight-advance':
        return { ...rule, kind: 'flight_advance_booking', params: { minDays: 5 } };
      default:
        return rule;
    }
  });
}

/** 高管差旅政策: vice-presidents and the president. */
export function executiveRules(years: readonly number[]): Rule[] {
  return [
    {
      id: 'flight-cabin',
      kind: 'flight_cabin',
      params: { maxCabin: 'business', longFlight: { aboveMinutes: 360, maxCabin: 'first' } },
      action: 'warn',
    },
    {
      id: 'hotel-cap',
      kind: 'hotel_nightly_cap',
      params: { bands: [{ tierCapsFen: tierCaps(1500, 1200, 1000, 800) }], peakSeasons: cantonFairSeasons(years) },
      action: 'warn',
    },
    { id: 'train-seat', kind: 'train_seat', params: { maxSeat: 'business', maxSleeper: 'deluxe_soft_sleeper' }, action: 'warn' },
    { id: 'car-level', kind: 'car_service_level', params: { maxLevel: 'business' }, action: 'warn' },
    { id: 'car-ride-cap', kind: 'car_ride_cap', params: { maxFen: yuan(600) }, action: 'warn' },
  ];
}

/** 超标原因 offered to travellers. */
export const SAMPLE_REASON_CODES: readonly ReasonCode[] = [
  { code: 'FLIGHT_TIME', label: { 'zh-CN': '航班时刻不合适', en: 'No suitable flight time' } },
  { code: 'CLIENT_OR_MEETING', label: { 'zh-CN': '客户或会议指定', en: 'Specified by the client or meeting' } },
  { code: 'HOTEL_FULL', label: { 'zh-CN': '协议酒店满房', en: 'Contracted hotel fully booked' } },
  { code: 'URGENT', label: { 'zh-CN': '紧急出行', en: 'Urgent trip' } },
  { code: 'ITINERARY_CHANGE', label: { 'zh-CN': '行程变更', en: 'Itinerary changed' } },
  { code: 'OTHER', label: { 'zh-CN': '其他', en: 'Other' } },
];
