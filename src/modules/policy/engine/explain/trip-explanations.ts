import { cityName } from '../city-names.ts';
import type { Explanation, RuleCheckData } from '../evaluation-types.ts';
import { formatFen } from '../../../../platform/format/money.ts';
import type { TripDailyBudgetRule, TripDestinationsRule, TripRequiresApprovedRequestRule } from '../rule-types.ts';
import { capSentence, sentence } from './sentences.ts';

export function explainDailyBudget(rule: TripDailyBudgetRule, check: RuleCheckData): Explanation {
  if (check.dataMissing) {
    const max = formatFen(rule.params.maxFenPerDay);
    return sentence(
      `未提供行程日均费用，无法检查每日预算 ${max}`,
      `The trip's daily cost is not known, so the daily budget of ${max} cannot be checked`,
    );
  }
  return capSentence(check, {
    zhSubject: '行程日均费用',
    zhCap: '每日预算',
    enSubject: "The trip's daily cost",
    enCap: (l) => `the daily budget of ${l}`,
  });
}

export function explainApprovedRequest(_rule: TripRequiresApprovedRequestRule, check: RuleCheckData): Explanation {
  return check.passed
    ? sentence('已关联审批通过的出差申请', 'The order matches an approved travel request')
    : sentence(
        '未关联审批通过的出差申请，本规则要求先有审批通过的出差申请',
        'The order does not match an approved travel request, which this rule requires',
      );
}

const lists = new WeakMap<TripDestinationsRule, { zhList: string; enList: string }>();

/** The rule's list by name ('北京、KP' / 'Beijing, KP'), built once per rule. */
function listTexts(rule: TripDestinationsRule): { zhList: string; enList: string } {
  let texts = lists.get(rule);
  if (texts === undefined) {
    const names = [...(rule.params.cities ?? []).map(cityName), ...(rule.params.countries ?? []).map((c) => ({ zh: c, en: c }))];
    texts = { zhList: names.map((n) => n.zh).join('、') || '无', enList: names.map((n) => n.en).join(', ') || 'none' };
    lists.set(rule, texts);
  }
  return texts;
}

export function explainDestinations(rule: TripDestinationsRule, check: RuleCheckData): Explanation {
  if (check.dataMissing) {
    return sentence('该选项没有目的地信息，无法检查目的地限制', 'The option has no destination, so the destination rule cannot be checked');
  }
  const { zhList, enList } = listTexts(rule);
  const place = cityName(String(check.actual));
  const allow = rule.params.mode === 'allow';
  if (allow) {
    return check.passed
      ? sentence(
          `目的地 ${place.zh} 在允许的目的地范围内（${zhList}）`,
          `The destination ${place.en} is among the allowed destinations (${enList})`,
        )
      : sentence(
          `目的地 ${place.zh} 不在允许的目的地范围内（${zhList}）`,
          `The destination ${place.en} is not among the allowed destinations (${enList})`,
        );
  }
  return check.passed
    ? sentence(
        `目的地 ${place.zh} 不在禁止前往的目的地之列（${zhList}）`,
        `The destination ${place.en} is not among the barred destinations (${enList})`,
      )
    : sentence(
        `目的地 ${place.zh} 属于禁止前往的目的地（${zhList}）`,
        `The destination ${place.en} is one of the barred destinations (${enList})`,
      );
}
