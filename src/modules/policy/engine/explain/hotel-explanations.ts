import { CITY_TIER_NAMES, cityName } from '../city-names.ts';
import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import { formatFen } from '../../../../platform/format/money.ts';
import { plural } from '../format.ts';
import type { HotelOption, Traveller } from '../option-types.ts';
import type { HotelNightlyCapRule, HotelStarRule } from '../rule-types.ts';
import { hotelCapTable, stayCap } from '../runners/hotel-runners.ts';
import { capSentence, sentence, STARS } from './sentences.ts';

export function explainHotelNightlyCap(rule: HotelNightlyCapRule, check: RuleCheckData, o: HotelOption, traveller: Traveller): Explanation {
  const table = hotelCapTable(rule, traveller);
  const rate = formatFen(o.nightlyRateFen);
  if (table.band === null) {
    return sentence(
      `职级级别 ${traveller.rankLevel} 没有对应的酒店标准（每晚价格 ${rate}）`,
      `No hotel cap band covers rank level ${traveller.rankLevel} (nightly rate ${rate})`,
    );
  }
  const cap = stayCap(table, table.band, o);
  const city = cityName(o.cityCode);
  const tier = CITY_TIER_NAMES[cap.tier];
  const wording =
    cap.basis === 'city'
      ? { zhCap: `${city.zh}城市标准每晚上限`, enCap: (l: string) => `the city cap for ${city.en} of ${l} per night` }
      : { zhCap: `${city.zh}（${tier.zh}）每晚上限`, enCap: (l: string) => `the cap for ${city.en} (${tier.en}) of ${l} per night` };
  let suffix = sentence('', '');
  if (cap.uplifts.length > 0) {
    const zh = cap.uplifts.map((u) => `${u.name} +${u.upliftPercent}%，${u.nights} 晚`).join('；');
    const en = cap.uplifts.map((u) => `${u.name} +${u.upliftPercent}% for ${plural(u.nights, 'night')}`).join('; ');
    suffix = sentence(
      `（含旺季上浮：${zh}；基础上限 ${formatFen(cap.baseFen)}，按 ${cap.nights} 晚平均）`,
      ` (including peak-season uplift: ${en}; base cap ${formatFen(cap.baseFen)}, averaged over ${plural(cap.nights, 'night')})`,
    );
  }
  return capSentence(
    check,
    { zhSubject: '酒店每晚价格', zhCap: wording.zhCap, enSubject: 'Nightly rate', enCap: wording.enCap },
    undefined,
    suffix,
  );
}

export function explainHotelStar(_rule: HotelStarRule, check: RuleCheckData): Explanation {
  return capSentence(check, { zhSubject: '酒店星级', zhCap: '上限', enSubject: 'Hotel rating', enCap: (l) => `the limit of ${l}` }, STARS);
}
