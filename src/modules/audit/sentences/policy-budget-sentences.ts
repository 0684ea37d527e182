import { count, money, quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');
const version = (p: SentenceParts) => (text(p.data.version) ? ` v${text(p.data.version)}` : '');

const budgetZh = (p: SentenceParts) => (p.label ? `预算${zq(p)}` : '一项预算');
const budgetEn = (p: SentenceParts) => (p.label ? `the budget${eq(p)}` : 'a budget');
const amountOf = (p: SentenceParts) => p.data.amountFen ?? record(p.data.after).amountFen;

/** Travel policies (差旅标准), their versions, assignments and reason codes; budgets. */
export const policyBudgetSentences: SentenceTable = {
  'policy.created': { zh: (p) => `${p.who}新建了差旅标准${zq(p)}`, en: (p) => `${p.who} created the travel policy${eq(p)}` },
  'policy.updated': { zh: (p) => `${p.who}修改了差旅标准${zq(p)}`, en: (p) => `${p.who} changed the travel policy${eq(p)}` },
  'policy.archived': { zh: (p) => `${p.who}归档了差旅标准${zq(p)}`, en: (p) => `${p.who} archived the travel policy${eq(p)}` },
  'policy.reactivated': { zh: (p) => `${p.who}重新启用了差旅标准${zq(p)}`, en: (p) => `${p.who} reactivated the travel policy${eq(p)}` },
  'policy.draft_saved': {
    zh: (p) => `${p.who}保存了差旅标准${zq(p)}的草稿${version(p)}（${count(p.data.ruleCount)} 条规则）`,
    en: (p) => `${p.who} saved draft${version(p)} of the travel policy${eq(p)} (${count(p.data.ruleCount)} rules)`,
  },
  'policy.draft_discarded': {
    zh: (p) => `${p.who}放弃了差旅标准${zq(p)}的草稿${version(p)}`,
    en: (p) => `${p.who} discarded draft${version(p)} of the travel policy${eq(p)}`,
  },
  'policy.published': {
    zh: (p) => `${p.who}发布了差旅标准${zq(p)}${version(p)}`,
    en: (p) => `${p.who} published${version(p)} of the travel policy${eq(p)}`,
  },
  'policy.assignments_replaced': {
    zh: (p) => `${p.who}调整了差旅标准${zq(p)}的适用范围（现 ${count(p.data.after)} 项）`,
    en: (p) => `${p.who} changed who the travel policy${eq(p)} applies to (now ${count(p.data.after)} assignments)`,
  },
  'policy.reason_codes_replaced': {
    zh: (p) => `${p.who}更新了超标原因列表（现 ${count(p.data.after)} 项）`,
    en: (p) => `${p.who} replaced the out-of-policy reasons (now ${count(p.data.after)})`,
  },
  'budget.created': {
    zh: (p) => `${p.who}新建了${budgetZh(p)}，金额 ${money(p.data.amountFen)}`,
    en: (p) => `${p.who} created ${budgetEn(p)} of ${money(p.data.amountFen)}`,
  },
  'budget.updated': {
    zh: (p) => `${p.who}修改了${budgetZh(p)}${amountOf(p) !== undefined ? `，金额改为 ${money(amountOf(p))}` : ''}`,
    en: (p) => `${p.who} changed ${budgetEn(p)}${amountOf(p) !== undefined ? `, amount now ${money(amountOf(p))}` : ''}`,
  },
  'budget.deleted': {
    zh: (p) => `${p.who}删除了${budgetZh(p)}（原金额 ${money(p.data.amountFen)}）`,
    en: (p) => `${p.who} deleted ${budgetEn(p)} (was ${money(p.data.amountFen)})`,
  },
};
