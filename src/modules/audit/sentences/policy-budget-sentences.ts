import { count, money, quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');
const version = (p: SentenceParts) => (text(p.data.version) ? ` v${text(p.data.version)}` : '');

const budgetZh = (p: SentenceParts) => (p.label ? `预算${zq(p)}` : '一项预算');
const budgetEn = (p: SentenceParts) => (p.label ? `the budget${eq(p)}` : 'a budget');
const amountOf = (p: SentenceParts) => p.data.amountFen ?? record(p.data.after).amountFen;
/** The budget as it is named now (its scope and period), not the adjustment code its data holds. */
const budgetName = (p: SentenceParts, lang: 'zh' | 'en') =>
  text(p.entry.entityLabel) ?? text(lang === 'zh' ? p.data.title : p.data.titleEn) ?? text(p.data.title);
const budgetNamedZh = (p: SentenceParts) => (budgetName(p, 'zh') ? `预算“${budgetName(p, 'zh')}”` : '一项预算');
const budgetNamedEn = (p: SentenceParts) => (budgetName(p, 'en') ? `the budget “${budgetName(p, 'en')}”` : 'a budget');
const adjustmentCode = (p: SentenceParts) => (text(p.data.code) ? ` ${text(p.data.code)}` : '');
const kindZh: Record<string, string> = { increase: '追加', decrease: '调减', transfer: '调剂' };
const kindEn: Record<string, string> = { increase: 'increase', decrease: 'decrease', transfer: 'transfer' };
const adjKindZh = (p: SentenceParts) => kindZh[String(p.data.kind)] ?? '调整';
const adjKindEn = (p: SentenceParts) => kindEn[String(p.data.kind)] ?? 'adjustment';
const reasonZh = (p: SentenceParts) => (text(p.data.reason) ? `，理由：${text(p.data.reason)}` : '');
const reasonEn = (p: SentenceParts) => (text(p.data.reason) ? ` (reason: ${text(p.data.reason)})` : '');
/** +¥1,000.00 / -¥500.00 */
const signed = (fen: unknown) => (typeof fen === 'number' && fen < 0 ? `-${money(-fen)}` : `+${money(fen)}`);
/** How much of the budget is used, as the ledger worded it ("已用 82%"), else the bare percentage. */
const usedOf = (p: SentenceParts, lang: 'zh' | 'en') =>
  text(record(p.data.percentLabel)[lang === 'zh' ? 'zh-CN' : 'en']) ??
  (typeof p.data.usedPercent === 'number' ? `${p.data.usedPercent}%` : null);

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
  'budget_adjustment.requested': {
    // The resolved label says which budgets and how much ("BA… 追加 上海销售部 2031年9月 ¥5,000.00").
    zh: (p) =>
      p.entry.entityLabel && p.label
        ? `${p.who}申请了预算调整${zq(p)}${reasonZh(p)}`
        : `${p.who}申请了预算${adjKindZh(p)}${adjustmentCode(p)}，金额 ${money(p.data.amountFen)}${reasonZh(p)}`,
    en: (p) =>
      p.entry.entityLabel && p.label
        ? `${p.who} requested the budget adjustment${eq(p)}${reasonEn(p)}`
        : `${p.who} requested the budget ${adjKindEn(p)}${adjustmentCode(p)} of ${money(p.data.amountFen)}${reasonEn(p)}`,
  },
  'budget.adjustment_requested': {
    zh: (p) => `${p.who}为${budgetNamedZh(p)}申请了${adjKindZh(p)}${adjustmentCode(p)}，金额 ${money(p.data.amountFen)}${reasonZh(p)}`,
    en: (p) =>
      `${p.who} requested the ${adjKindEn(p)}${adjustmentCode(p)} of ${money(p.data.amountFen)} on ${budgetNamedEn(p)}${reasonEn(p)}`,
  },
  'budget.adjusted': {
    zh: (p) =>
      `${budgetNamedZh(p)}经${adjKindZh(p)}${adjustmentCode(p)} 调整 ${signed(p.data.amountFen)}${p.data.amountAfterFen !== undefined ? `，现为 ${money(p.data.amountAfterFen)}` : ''}${p.entry.actorKind === 'system' ? '' : `，操作人：${p.who}`}`,
    en: (p) =>
      `${budgetNamedEn(p).replace(/^./, (c) => c.toUpperCase())} was adjusted ${signed(p.data.amountFen)} by the ${adjKindEn(p)}${adjustmentCode(p)}${p.data.amountAfterFen !== undefined ? `, now ${money(p.data.amountAfterFen)}` : ''}${p.entry.actorKind === 'system' ? '' : ` (${p.who})`}`,
  },
  'budget.warning_line_crossed': {
    zh: (p) =>
      `${budgetNamedZh(p)}达到 ${count(p.data.warnAtPercent)}% 预警线${usedOf(p, 'zh') ? `（${usedOf(p, 'zh')}）` : ''}${p.data.remainingFen !== undefined ? `，剩余 ${money(p.data.remainingFen)}` : ''}${p.data.notified === true ? '，已通知预算负责人' : ''}`,
    en: (p) =>
      `${budgetNamedEn(p).replace(/^./, (c) => c.toUpperCase())} reached its ${count(p.data.warnAtPercent)}% warning line${usedOf(p, 'en') ? ` (${usedOf(p, 'en')})` : ''}${p.data.remainingFen !== undefined ? `, ${money(p.data.remainingFen)} left` : ''}${p.data.notified === true ? '; the budget owner was told' : ''}`,
  },
};
