import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import { formatFen } from '../../../../platform/format/money.ts';
import { formatFractionAsPercent } from '../../../../platform/format/percent.ts';
import { formatZhe, plural } from '../format.ts';
import type { FlightOption } from '../option-types.ts';
import type { FlightAdvanceBookingRule, FlightCabinRule, FlightLowestFareWindowRule, FlightPriceCapRule } from '../rule-types.ts';
import { longFlightApplies } from '../runners/flight-runners.ts';
import { CABIN_NAMES, CABIN_RANK } from '../scales.ts';
import { capSentence, classSentence, num, sentence } from './sentences.ts';

export function explainFlightCabin(rule: FlightCabinRule, check: RuleCheckData, o: FlightOption): Explanation {
  const long = rule.params.longFlight;
  let suffix = sentence('', '');
  if (long !== undefined && CABIN_RANK[long.maxCabin] > CABIN_RANK[rule.params.maxCabin]) {
    const d = o.durationMinutes;
    const n = long.aboveMinutes;
    suffix = longFlightApplies(rule, d)
      ? sentence(
          `（飞行时长 ${d} 分钟，超过 ${n} 分钟，适用长航线上限）`,
          ` (the flight time of ${d} minutes is over ${n} minutes, so the long-flight limit applies)`,
        )
      : sentence(
          `（飞行时长 ${d} 分钟，未超过长航线放宽条件 ${n} 分钟）`,
          ` (the flight time of ${d} minutes is not over the ${n} minutes that raise the limit)`,
        );
  }
  return classSentence(check, CABIN_NAMES, { zh: '舱位', en: 'cabin' }, suffix);
}

export function explainFlightPriceCap(rule: FlightPriceCapRule, check: RuleCheckData, o: FlightOption): Explanation {
  const p = rule.params;
  const fare = formatFen(o.fareFen);
  switch (p.mode) {
    case 'discount_of_full_economy':
      return capSentence(check, {
        zhSubject: '机票价格',
        zhCap: `全价经济舱 ${formatZhe(p.maxDiscount)}上限`,
        enSubject: 'Fare',
        enCap: (l) => `the cap of ${formatFractionAsPercent(p.maxDiscount)} of the full economy fare (${l})`,
      });
    case 'percent_of_business':
      if (check.dataMissing) {
        return sentence(
          `该航班没有公务舱价格，无法检查公务舱 ${formatZhe(p.maxPercent)}上限（机票价格 ${fare}）`,
          `This flight has no business fare, so the cap of ${formatFractionAsPercent(p.maxPercent)} of it cannot be checked (fare ${fare})`,
        );
      }
      return capSentence(check, {
        zhSubject: '机票价格',
        zhCap: `同航班公务舱价格 ${formatZhe(p.maxPercent)}上限`,
        enSubject: 'Fare',
        enCap: (l) => `the cap of ${formatFractionAsPercent(p.maxPercent)} of this flight's business fare (${l})`,
      });
    case 'absolute':
      return capSentence(check, { zhSubject: '机票价格', zhCap: '上限', enSubject: 'Fare', enCap: (l) => `the cap of ${l}` });
  }
}

export function explainLowestFare(rule: FlightLowestFareWindowRule, check: RuleCheckData, o: FlightOption): Explanation {
  const { windowMinutes: n, toleranceFen } = rule.params;
  if (check.dataMissing) {
    const fare = formatFen(o.fareFen);
    return sentence(
      `未提供前后 ${n} 分钟内的最低价，无法比较（机票价格 ${fare}）`,
      `The lowest fare within ${n} minutes either side is not known, so the fare (${fare}) cannot be compared with it`,
    );
  }
  const lowest = formatFen(num(check.limit) - toleranceFen);
  if (toleranceFen === 0) {
    return capSentence(check, {
      zhSubject: '机票价格',
      zhCap: `前后 ${n} 分钟内最低价`,
      enSubject: 'Fare',
      enCap: (l) => `the lowest fare within ${n} minutes either side (${l})`,
    });
  }
  const tolerance = formatFen(toleranceFen);
  return capSentence(check, {
    zhSubject: '机票价格',
    zhCap: `前后 ${n} 分钟内最低价 ${lowest} 加 ${tolerance} 的上限`,
    enSubject: 'Fare',
    enCap: (l) => `the cap of ${l} (the lowest fare within ${n} minutes either side, ${lowest}, plus ${tolerance})`,
  });
}

export function explainAdvanceBooking(_rule: FlightAdvanceBookingRule, check: RuleCheckData): Explanation {
  const days = num(check.actual);
  const min = num(check.limit);
  const d = days - min;
  if (!check.passed) {
    return sentence(
      `提前 ${days} 天预订，少于至少提前 ${min} 天的要求，差 ${-d} 天`,
      `Booked ${plural(days, 'day')} before departure, ${plural(-d, 'day')} short of the required ${min}`,
    );
  }
  return sentence(
    `提前 ${days} 天预订，满足至少提前 ${min} 天的要求${d > 0 ? `，多 ${d} 天` : '，恰好满足'}`,
    `Booked ${plural(days, 'day')} before departure, meeting the required ${min}${d > 0 ? ` with ${plural(d, 'day')} to spare` : ' exactly'}`,
  );
}
