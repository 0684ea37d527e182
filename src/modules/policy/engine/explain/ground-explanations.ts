import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import type { CarOption, TrainOption } from '../option-types.ts';
import type { CarHoursRule, CarPurpose, CarRideCapRule, CarServiceLevelRule, TrainSeatRule } from '../rule-types.ts';
import { purposeHours, trainExceptionApplies } from '../runners/ground-runners.ts';
import { CAR_LEVEL_NAMES, isSleeper, SEAT_CLASS_NAMES } from '../scales.ts';
import { capSentence, classSentence, sentence } from './sentences.ts';

export const CAR_PURPOSE_NAMES: Readonly<Record<CarPurpose, { zh: string; en: string }>> = {
  overtime: { zh: '加班', en: 'overtime' },
  airport_transfer: { zh: '接送机', en: 'airport transfer' },
  station_transfer: { zh: '接送站', en: 'station transfer' },
  client_visit: { zh: '拜访客户', en: 'client visit' },
  business_trip: { zh: '出差', en: 'business trip' },
  other: { zh: '其他', en: 'other' },
};

function purposeName(p: string): { zh: string; en: string } {
  return Object.hasOwn(CAR_PURPOSE_NAMES, p) ? CAR_PURPOSE_NAMES[p as CarPurpose] : { zh: p, en: p };
}

export function explainTrainSeat(rule: TrainSeatRule, check: RuleCheckData, o: TrainOption): Explanation {
  const e = rule.params.exception;
  let suffix = sentence('', '');
  if (e !== undefined && trainExceptionApplies(rule, o)) {
    suffix =
      e.overnight === true && o.overnight
        ? sentence('（夜间列车，适用放宽后的上限）', ' (an overnight train, so the raised limit applies)')
        : sentence(
            `（行程 ${o.durationMinutes} 分钟，超过 ${e.aboveMinutes ?? 0} 分钟，适用放宽后的上限）`,
            ` (the journey of ${o.durationMinutes} minutes is over ${e.aboveMinutes ?? 0} minutes, so the raised limit applies)`,
          );
  }
  const what = isSleeper(o.seatClass) ? { zh: '铺位', en: 'berth' } : { zh: '席别', en: 'seat' };
  return classSentence(check, SEAT_CLASS_NAMES, what, suffix);
}

export function explainCarServiceLevel(_rule: CarServiceLevelRule, check: RuleCheckData): Explanation {
  return classSentence(check, CAR_LEVEL_NAMES, { zh: '车型', en: 'service level' });
}

export function explainCarRideCap(_rule: CarRideCapRule, check: RuleCheckData): Explanation {
  return capSentence(check, {
    zhSubject: '用车预估费用',
    zhCap: '单次上限',
    enSubject: 'Estimated fare',
    enCap: (l) => `the per-ride cap of ${l}`,
  });
}

export function explainCarHours(rule: CarHoursRule, check: RuleCheckData, o: CarOption): Explanation {
  const purpose = purposeName(o.purpose);
  if (check.limit === null) {
    const allowed = [...purposeHours(rule).keys()].map(purposeName);
    const zh = allowed.map((p) => p.zh).join('、') || '无';
    const en = allowed.map((p) => p.en).join(', ') || 'none';
    return sentence(
      `用车事由“${purpose.zh}”不在允许范围内（允许：${zh}）`,
      `The purpose "${purpose.en}" is not allowed for car rides (allowed: ${en})`,
    );
  }
  const time = String(check.actual);
  const hours = String(check.limit);
  return check.passed
    ? sentence(
        `${purpose.zh}用车的上车时间 ${time}（北京时间）在允许时段 ${hours} 内`,
        `The ${purpose.en} ride's pick-up at ${time} China time is within the allowed hours ${hours}`,
      )
    : sentence(
        `${purpose.zh}用车的上车时间 ${time}（北京时间）不在允许时段 ${hours} 内`,
        `The ${purpose.en} ride's pick-up at ${time} China time is outside the allowed hours ${hours}`,
      );
}
