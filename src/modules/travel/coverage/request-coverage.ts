import { formatFen } from '../../../platform/format/money.ts';
import type { Category, Explanation } from '../../policy/index.ts';
import { firstDepartDate } from '../travel-input.ts';
import { tripEndDate } from '../completion/trip-end.ts';
import type { CostEstimate, ItineraryLeg } from '../schema.ts';
import type { TravelStatus } from '../travel-request-view.ts';
import { cityKey, cityName } from './city-key.ts';
import type { OrderIntent } from './order-intent.ts';

/** What of a travel request bounds its orders (出差申请的管控范围). */
export interface CoverableRequest {
  status: TravelStatus;
  travellerIds: readonly string[];
  itinerary: readonly ItineraryLeg[];
  estimate: CostEstimate;
}

export type CoverageCheckKind = 'status' | 'traveller' | 'dates' | 'cities' | 'amount';

export interface CoverageCheck {
  check: CoverageCheckKind;
  pass: boolean;
  explanation: Explanation;
}

export interface Coverage {
  /** Every check passed: the order needs no second approval unless a rule asks for one. */
  covered: boolean;
  checks: CoverageCheck[];
}

const STATUS_ZH: Record<TravelStatus, string> = {
  draft: '草稿',
  approving: '审批中',
  approved: '已通过',
  rejected: '已驳回',
  returned: '已退回',
  withdrawn: '已撤回',
  cancelled: '已取消',
  completed: '已完成',
};
const CATEGORY_NAME: Record<Category, Explanation> = {
  flight: { 'zh-CN': '机票', en: 'flights' },
  hotel: { 'zh-CN': '酒店', en: 'hotels' },
  train: { 'zh-CN': '火车票', en: 'train tickets' },
  car: { 'zh-CN': '用车', en: 'car rides' },
};

const check = (kind: CoverageCheckKind, pass: boolean, zh: string, en: string): CoverageCheck => ({
  check: kind,
  pass,
  explanation: { 'zh-CN': zh, en },
});
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/**
 * Whether an order lies inside an approved travel request's bounds, check by check, each explained
 * in zh-CN and en. Pure. The bounds:
 * - status: the request is approved (a completed trip covers nothing more);
 * - traveller: the order's traveller is one of the request's;
 * - dates: the order's dates (a hotel's check-in to check-out) lie within the trip, from the
 *   first departure to the last return, inclusive;
 * - cities: a flight's or train's origin and destination are both cities of the itinerary; a hotel
 *   is in one of its destinations; a car, when its city is known, in one of its cities;
 * - amount: with what the request's orders of the category already spent (spentFen), the order
 *   stays within the request's estimate for the category.
 */
export function coverageOf(request: CoverableRequest, intent: OrderIntent, spentFen = 0): Coverage {
  const checks: CoverageCheck[] = [];

  const approved = request.status === 'approved';
  checks.push(
    approved
      ? check('status', true, '申请单已审批通过', 'the request is approved')
      : check(
          'status',
          false,
          `申请单状态为「${STATUS_ZH[request.status]}」，不是已通过`,
          `the request is ${request.status}, not approved`,
        ),
  );

  const onRequest = request.travellerIds.includes(intent.travellerId);
  checks.push(
    onRequest
      ? check('traveller', true, '出行人在申请单上', 'the traveller is on the request')
      : check('traveller', false, '出行人不在申请单上', 'the traveller is not on the request'),
  );

  const first = firstDepartDate(request.itinerary);
  const last = tripEndDate(request.itinerary);
  const within = first !== null && last !== null && intent.startDate >= first && intent.endDate <= last;
  const orderDates = range(intent.startDate, intent.endDate);
  const tripDates = first !== null && last !== null ? range(first, last) : '—';
  checks.push(
    within
      ? check('dates', true, `日期 ${orderDates} 在申请行程 ${tripDates} 内`, `${orderDates} is within the trip, ${tripDates}`)
      : check('dates', false, `日期 ${orderDates} 超出申请行程 ${tripDates}`, `${orderDates} is outside the trip, ${tripDates}`),
  );

  const allCities = request.itinerary.flatMap((leg) => [leg.fromCity, leg.toCity]);
  const allowed = intent.category === 'hotel' ? request.itinerary.map((leg) => leg.toCity) : allCities;
  const allowedKeys = new Set(allowed.map(cityKey));
  const outside = intent.cities.filter((c) => !allowedKeys.has(cityKey(c)));
  // Cities by their names in each language, each once, whatever form (code, IATA, 上海市) named them.
  const names = (cities: readonly string[], lang: 'zh-CN' | 'en') =>
    [...new Set(cities.map((c) => cityName(c, lang)))].join(lang === 'zh-CN' ? '、' : ', ');
  const [tripZh, tripEn] = [names(allowed, 'zh-CN'), names(allowed, 'en')];
  const verb = (cities: readonly string[]) => (new Set(cities.map(cityKey)).size > 1 ? 'are' : 'is');
  if (intent.cities.length === 0) checks.push(check('cities', true, '未指定城市，不校验', 'no city given: not checked'));
  else if (outside.length === 0)
    checks.push(
      check(
        'cities',
        true,
        `${names(intent.cities, 'zh-CN')} 在申请行程（${tripZh}）中`,
        `${names(intent.cities, 'en')} ${verb(intent.cities)} on the itinerary (${tripEn})`,
      ),
    );
  else
    checks.push(
      check(
        'cities',
        false,
        `${names(outside, 'zh-CN')} 不在申请行程（${tripZh}）中`,
        `${names(outside, 'en')} ${verb(outside)} not on the itinerary (${tripEn})`,
      ),
    );

  const estimateFen = request.estimate[intent.category];
  const totalFen = spentFen + intent.amountFen;
  const name = CATEGORY_NAME[intent.category];
  const spent =
    spentFen > 0 ? { zh: `（含已预订 ${formatFen(spentFen)}）`, en: ` (with ${formatFen(spentFen)} already booked)` } : { zh: ' ', en: '' };
  checks.push(
    totalFen <= estimateFen
      ? check(
          'amount',
          true,
          `${name['zh-CN']} ${formatFen(totalFen)}${spent.zh}未超过申请预估 ${formatFen(estimateFen)}`,
          `${name.en} ${formatFen(totalFen)}${spent.en} within the request’s estimate of ${formatFen(estimateFen)}`,
        )
      : check(
          'amount',
          false,
          `${name['zh-CN']} ${formatFen(totalFen)}${spent.zh}超出申请预估 ${formatFen(estimateFen)}，超出 ${formatFen(totalFen - estimateFen)}`,
          `${name.en} ${formatFen(totalFen)}${spent.en} exceed the request’s estimate of ${formatFen(estimateFen)} by ${formatFen(totalFen - estimateFen)}`,
        ),
  );

  return { covered: checks.every((c) => c.pass), checks };
}
