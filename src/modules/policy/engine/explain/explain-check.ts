/**
 * The sentence for one check, in zh-CN and en: the rule's own wording when it was checked, a
 * generic one when the rule is not for this category of option or this traveller.
 */
import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import type { Category, TravelOption, Traveller } from '../option-types.ts';
import { CATEGORY_NAMES, RULE_KINDS } from '../rule-kinds.ts';
import type { Rule } from '../rule-types.ts';
import { explainAdvanceBooking, explainFlightCabin, explainFlightPriceCap, explainLowestFare } from './flight-explanations.ts';
import { explainCarHours, explainCarRideCap, explainCarServiceLevel, explainTrainSeat } from './ground-explanations.ts';
import { explainHotelNightlyCap, explainHotelStar } from './hotel-explanations.ts';
import { formatFen } from '../../../../platform/format/money.ts';
import { CABIN_NAMES } from '../scales.ts';
import { joinEn, sentence } from './sentences.ts';
import { explainApprovedRequest, explainDailyBudget, explainDestinations } from './trip-explanations.ts';

function notForCategory(rule: Rule, category: Category): Explanation {
  const own = RULE_KINDS[rule.kind].category;
  const scope: readonly Category[] = own !== null ? [own] : 'categories' in rule.params ? (rule.params.categories ?? []) : [];
  const zh = scope.map((c) => CATEGORY_NAMES[c].zh).join('、');
  const en = joinEn(scope.map((c) => CATEGORY_NAMES[c].en));
  const option = CATEGORY_NAMES[category];
  return own !== null
    ? sentence(`本规则适用于${zh}，不适用于${option.zh}`, `This rule applies to ${en}, not to ${option.en}`)
    : sentence(`本规则仅适用于${zh}，不适用于${option.zh}`, `This rule applies only to ${en}, not to ${option.en}`);
}

function notForTraveller(traveller: Traveller): Explanation {
  return sentence(
    `本规则不适用于职级 ${traveller.rankCode}（级别 ${traveller.rankLevel}）`,
    `This rule does not apply to rank ${traveller.rankCode} (level ${traveller.rankLevel})`,
  );
}

function mismatch(rule: Rule, option: TravelOption): Explanation {
  return notForCategory(rule, option.category);
}

export function explainRule(rule: Rule, check: RuleCheckData, option: TravelOption, traveller: Traveller): Explanation {
  switch (rule.kind) {
    case 'flight_cabin':
      return option.category === 'flight' ? explainFlightCabin(rule, check, option) : mismatch(rule, option);
    case 'flight_price_cap':
      return option.category === 'flight' ? explainFlightPriceCap(rule, check, option) : mismatch(rule, option);
    case 'flight_lowest_fare_window':
      return option.category === 'flight' ? explainLowestFare(rule, check, option) : mismatch(rule, option);
    case 'flight_advance_booking':
      return option.category === 'flight' ? explainAdvanceBooking(rule, check) : mismatch(rule, option);
    case 'hotel_nightly_cap':
      return option.category === 'hotel' ? explainHotelNightlyCap(rule, check, option, traveller) : mismatch(rule, option);
    case 'hotel_star':
      return option.category === 'hotel' ? explainHotelStar(rule, check) : mismatch(rule, option);
    case 'train_seat':
      return option.category === 'train' ? explainTrainSeat(rule, check, option) : mismatch(rule, option);
    case 'car_service_level':
      return option.category === 'car' ? explainCarServiceLevel(rule, check) : mismatch(rule, option);
    case 'car_ride_cap':
      return option.category === 'car' ? explainCarRideCap(rule, check) : mismatch(rule, option);
    case 'car_hours':
      return option.category === 'car' ? explainCarHours(rule, check, option) : mismatch(rule, option);
    case 'trip_daily_budget':
      return explainDailyBudget(rule, check);
    case 'trip_requires_approved_request':
      return explainApprovedRequest(rule, check);
    case 'trip_destinations':
      return explainDestinations(rule, check);
  }
}

/** '本规则仅适用于经济舱，所选舱位为公务舱' for a fare rule scoped to other cabins; null otherwise. */
function notForCabin(rule: Rule, option: TravelOption): Explanation | null {
  if (option.category !== 'flight' || (rule.kind !== 'flight_price_cap' && rule.kind !== 'flight_lowest_fare_window')) return null;
  const cabins = rule.params.cabins ?? [];
  if (cabins.length === 0 || cabins.includes(option.cabin)) return null;
  const own = CABIN_NAMES[option.cabin];
  return sentence(
    `本规则仅适用于${cabins.map((c) => CABIN_NAMES[c].zh).join('、')}，所选舱位为${own.zh}`,
    `This rule applies only to ${joinEn(cabins.map((c) => CABIN_NAMES[c].en))}; the fare is ${own.en}`,
  );
}

/** What the policy's missing-data setting made of a check whose data was missing. */
function missingDataSuffix(check: RuleCheckData): Explanation {
  return check.passed
    ? sentence('；数据缺失，按设置放行', '; data missing: passed, as the policy’s setting allows')
    : sentence('；数据缺失，按设置视为不符合', '; data missing: counted as failing, as the policy’s setting says');
}

/** 超标个人付: who pays what above the cap. */
function personalPaySuffix(check: RuleCheckData, option: TravelOption): Explanation {
  const amount = formatFen(check.personalPayFen ?? 0);
  const stay = option.category === 'hotel';
  return sentence(
    `；超出部分${stay ? '（按入住晚数合计）' : ''} ${amount} 由出行人个人支付`,
    `; the traveller pays ${amount} above the cap personally${stay ? ' (for all nights of the stay)' : ''}`,
  );
}

function joined(a: Explanation, b: Explanation): Explanation {
  return { 'zh-CN': a['zh-CN'] + b['zh-CN'], en: a.en + b.en };
}

/** The explanation of a check, knowing why its rule was left out, if it was. */
export function explainStep(
  step: { rule: Rule; skipped: 'category' | 'traveller' | null },
  check: RuleCheckData,
  option: TravelOption,
  traveller: Traveller,
): Explanation {
  if (step.skipped === 'traveller') return notForTraveller(traveller);
  if (step.skipped === 'category') return notForCategory(step.rule, option.category);
  if (!check.applicable) {
    const cabin = notForCabin(step.rule, option);
    if (cabin !== null) return cabin;
  }
  const own = explainRule(step.rule, check, option, traveller);
  if (check.dataMissing) return joined(own, missingDataSuffix(check));
  if (check.personalPayFen !== null) return joined(own, personalPaySuffix(check, option));
  return own;
}
