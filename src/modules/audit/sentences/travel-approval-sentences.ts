import { money, quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');
const stageZh = (p: SentenceParts) => (text(p.data.stageName) ? `（${text(p.data.stageName)}）` : '');
const stageEn = (p: SentenceParts) => (text(p.data.stageName) ? ` (${text(p.data.stageName)})` : '');
const commentZh = (p: SentenceParts) => (text(p.data.comment) ? `，意见：${text(p.data.comment)}` : '');
const commentEn = (p: SentenceParts) => (text(p.data.comment) ? `: “${text(p.data.comment)}”` : '');
const onBehalfZh = (p: SentenceParts) => (text(p.data.onBehalfOfName) ? `（代${text(p.data.onBehalfOfName)}）` : '');
const onBehalfEn = (p: SentenceParts) => (text(p.data.onBehalfOfName) ? ` for ${text(p.data.onBehalfOfName)}` : '');
const whoOf = (p: SentenceParts) => text(p.data.byName) ?? p.who;

/** The travel request moved to a status (follow-approval.ts): the sentence for each. */
const statusSentences: [string, string, string][] = [
  ['draft', '退回为草稿', 'moved back to draft'],
  ['approving', '进入审批', 'went into approval'],
  ['approved', '已审批通过', 'was approved'],
  ['rejected', '被驳回', 'was rejected'],
  ['returned', '被退回修改', 'was returned for changes'],
  ['withdrawn', '已撤回', 'was withdrawn'],
  ['cancelled', '已取消', 'was cancelled'],
  ['completed', '已完成', 'was completed'],
];

const travelStatus: SentenceTable = Object.fromEntries(
  statusSentences.map(([status, zh, en]) => [
    `travel_request.${status}`,
    {
      zh: (p: SentenceParts) =>
        `出差申请${zq(p)}${zh}${p.data.reason === 'no_flow' ? '（无适用的审批流程，自动通过）' : p.entry.actorKind === 'system' ? '' : `，操作人：${p.who}`}`,
      en: (p: SentenceParts) =>
        `The travel request${eq(p)} ${en}${p.data.reason === 'no_flow' ? ' (no approval flow applies)' : p.entry.actorKind === 'system' ? '' : ` by ${p.who}`}`,
    },
  ]),
);

/** Approval events (approval.<event> on the subject's timeline, record-events.ts). */
const approvalEvents: SentenceTable = {
  'approval.submitted': { zh: (p) => `${whoOf(p)}提交了${zq(p)}的审批`, en: (p) => `${whoOf(p)} submitted${eq(p) || ' it'} for approval` },
  'approval.resubmitted': {
    zh: (p) => `${whoOf(p)}重新提交了${zq(p)}的审批`,
    en: (p) => `${whoOf(p)} resubmitted${eq(p) || ' it'} for approval`,
  },
  'approval.stage_entered': {
    zh: (p) => `${zq(p)}进入审批环节${stageZh(p)}`,
    en: (p) => `${p.label ? `“${p.label}”` : 'The approval'} entered the stage${stageEn(p)}`,
  },
  'approval.step_entered': {
    zh: (p) => `${zq(p)}进入审批环节${stageZh(p)}的下一步`,
    en: (p) => `${p.label ? `“${p.label}”` : 'The approval'} moved to the next step of the stage${stageEn(p)}`,
  },
  'approval.stage_skipped': {
    zh: (p) => `${zq(p)}跳过了审批环节${stageZh(p)}`,
    en: (p) => `${p.label ? `“${p.label}”` : 'The approval'} skipped the stage${stageEn(p)}`,
  },
  'approval.stage_approved': {
    zh: (p) => `${zq(p)}的审批环节${stageZh(p)}已通过`,
    en: (p) => `The stage${stageEn(p)} of${eq(p) || ' the approval'} was approved`,
  },
  'approval.stage_failed': {
    zh: (p) => `${zq(p)}的审批环节${stageZh(p)}找不到审批人`,
    en: (p) => `The stage${stageEn(p)} of${eq(p) || ' the approval'} found no approver`,
  },
  'approval.approved': {
    zh: (p) => `${whoOf(p)}${onBehalfZh(p)}同意了${zq(p)}${stageZh(p)}${commentZh(p)}`,
    en: (p) => `${whoOf(p)} approved${eq(p)}${stageEn(p)}${onBehalfEn(p)}${commentEn(p)}`,
  },
  'approval.rejected': {
    zh: (p) => `${whoOf(p)}${onBehalfZh(p)}驳回了${zq(p)}${stageZh(p)}${commentZh(p)}`,
    en: (p) => `${whoOf(p)} rejected${eq(p)}${stageEn(p)}${onBehalfEn(p)}${commentEn(p)}`,
  },
  'approval.returned': {
    zh: (p) => `${whoOf(p)}${onBehalfZh(p)}将${zq(p)}退回修改${commentZh(p)}`,
    en: (p) => `${whoOf(p)} returned${eq(p)} for changes${onBehalfEn(p)}${commentEn(p)}`,
  },
  'approval.transferred': {
    zh: (p) => `${whoOf(p)}将${zq(p)}的审批转交给${text(p.data.toName) ?? '他人'}${commentZh(p)}`,
    en: (p) => `${whoOf(p)} handed the approval of${eq(p)} to ${text(p.data.toName) ?? 'someone else'}${commentEn(p)}`,
  },
  'approval.approver_added': {
    zh: (p) => `${whoOf(p)}为${zq(p)}加签了${text(p.data.whoName) ?? '一位审批人'}`,
    en: (p) => `${whoOf(p)} added ${text(p.data.whoName) ?? 'an approver'} to the approval of${eq(p)}`,
  },
  'approval.commented': {
    zh: (p) => `${whoOf(p)}评论了${zq(p)}${commentZh(p)}`,
    en: (p) => `${whoOf(p)} commented on${eq(p)}${commentEn(p)}`,
  },
  'approval.withdrawn': { zh: (p) => `${whoOf(p)}撤回了${zq(p)}的审批`, en: (p) => `${whoOf(p)} withdrew${eq(p)} from approval` },
  'approval.cancelled': {
    zh: (p) => `${whoOf(p)}取消了${zq(p)}的审批${commentZh(p)}`,
    en: (p) => `${whoOf(p)} cancelled the approval of${eq(p)}${commentEn(p)}`,
  },
  'approval.reminded': {
    zh: (p) => `系统提醒审批人处理${zq(p)}${stageZh(p)}`,
    en: (p) => `The system reminded the approvers of${eq(p)}${stageEn(p)}`,
  },
  'approval.escalated': {
    zh: (p) => `${zq(p)}${stageZh(p)}审批超时，已升级给${text(p.data.toName) ?? '上级'}`,
    en: (p) =>
      `${p.label ? `“${p.label}”` : 'The approval'}${stageEn(p)} timed out and was escalated to ${text(p.data.toName) ?? 'a superior'}`,
  },
  'approval.completed': { zh: (p) => `${zq(p)}的审批已结束`, en: (p) => `The approval of${eq(p)} finished` },
};

const changeReasonNames: Record<string, [string, string]> = {
  dates_outside: ['日期超出已批范围', 'dates outside the approved ones'],
  new_city: ['新增城市', 'a new city'],
  amount_higher: ['金额高于已批', 'a higher amount'],
};
const changeReasons = (p: SentenceParts, i: 0 | 1) =>
  (Array.isArray(p.data.reasons) ? p.data.reasons : [])
    .map((r) => changeReasonNames[String(r)]?.[i])
    .filter((r): r is string => r !== undefined)
    .join(i === 0 ? '、' : ', ');
const totalOf = (v: unknown) => record(v).estimatedTotalFen;
/** "预估 ¥1,000.00 → ¥1,200.00" when the change carries both estimates. */
const estimateChange = (p: SentenceParts, lead: string) =>
  typeof totalOf(p.data.before) === 'number' && typeof totalOf(p.data.after) === 'number'
    ? `${lead}${money(totalOf(p.data.before))} → ${money(totalOf(p.data.after))}`
    : '';
const appliedHowZh: Record<string, string> = {
  within_bounds: '（在已批范围内，无需审批）',
  approved: '（变更已审批通过）',
  no_flow: '（无适用的审批流程）',
};
const appliedHowEn: Record<string, string> = {
  within_bounds: ' (within what was approved, no approval needed)',
  approved: ' (the change was approved)',
  no_flow: ' (no approval flow applies)',
};

/** Changes (变更) of an approved request and the budget settlement when a trip completes. */
const travelChanges: SentenceTable = {
  'travel_request.change_requested': {
    zh: (p) =>
      `${p.who}申请变更出差申请${zq(p)}${estimateChange(p, '，预估 ')}${changeReasons(p, 0) ? `，需审批（${changeReasons(p, 0)}）` : ''}${p.data.budgetOutcome === 'warn' ? '，超预算' : ''}${text(p.data.note) ? `，说明：${text(p.data.note)}` : ''}`,
    en: (p) =>
      `${p.who} asked to change the travel request${eq(p)}${estimateChange(p, ', estimate ')}${changeReasons(p, 1) ? `; needs approval (${changeReasons(p, 1)})` : ''}${p.data.budgetOutcome === 'warn' ? '; over budget' : ''}${text(p.data.note) ? `: “${text(p.data.note)}”` : ''}`,
  },
  'travel_request.change_applied': {
    zh: (p) =>
      `出差申请${zq(p)}的变更已生效${appliedHowZh[String(p.data.how)] ?? ''}${estimateChange(p, '，预估 ')}${p.entry.actorKind === 'system' ? '' : `，操作人：${p.who}`}`,
    en: (p) =>
      `The change of the travel request${eq(p)} took effect${appliedHowEn[String(p.data.how)] ?? ''}${estimateChange(p, '; estimate ')}${p.entry.actorKind === 'system' ? '' : ` (${p.who})`}`,
  },
  'travel_request.budget_settled': {
    zh: (p) => `出差申请${zq(p)}已结算预算：释放占用 ${money(p.data.releasedFen)}，记入实际花费 ${money(p.data.spentFen)}`,
    en: (p) =>
      `The budgets of the travel request${eq(p)} were settled: ${money(p.data.releasedFen)} held released, ${money(p.data.spentFen)} actual spend recorded`,
  },
};

/** Travel requests, approval events, approval flows and delegations. */
export const travelApprovalSentences: SentenceTable = {
  'travel_request.created': {
    zh: (p) => `${p.who}新建了出差申请${zq(p)}`,
    en: (p) => `${p.who} created the travel request${eq(p)}`,
  },
  'travel_request.updated': {
    zh: (p) => `${p.who}修改了出差申请${zq(p)}`,
    en: (p) => `${p.who} changed the travel request${eq(p)}`,
  },
  'travel_request.submitted': {
    zh: (p) => `${p.who}提交了出差申请${zq(p)}，预估 ${money(p.data.amountFen)}${p.data.budgetOutcome === 'warn' ? '（超预算）' : ''}`,
    en: (p) =>
      `${p.who} submitted the travel request${eq(p)}, estimated at ${money(p.data.amountFen)}${p.data.budgetOutcome === 'warn' ? ' (over budget)' : ''}`,
  },
  'travel_request.resubmitted': {
    zh: (p) => `${p.who}重新提交了出差申请${zq(p)}，预估 ${money(p.data.amountFen)}`,
    en: (p) => `${p.who} resubmitted the travel request${eq(p)}, estimated at ${money(p.data.amountFen)}`,
  },
  ...travelStatus,
  ...travelChanges,
  ...approvalEvents,
  'approval_flow.created': { zh: (p) => `${p.who}新建了审批流程${zq(p)}`, en: (p) => `${p.who} created the approval flow${eq(p)}` },
  'approval_flow.updated': { zh: (p) => `${p.who}修改了审批流程${zq(p)}`, en: (p) => `${p.who} changed the approval flow${eq(p)}` },
  'approval_flow.deleted': { zh: (p) => `${p.who}删除了审批流程${zq(p)}`, en: (p) => `${p.who} deleted the approval flow${eq(p)}` },
  'approval_delegation.created': {
    zh: (p) => `${p.who}将审批委托给${text(p.data.delegateName) ?? (p.label || '他人')}`,
    en: (p) => `${p.who} delegated their approvals to ${text(p.data.delegateName) ?? (p.label || 'someone else')}`,
  },
  'approval_delegation.deleted': { zh: (p) => `${p.who}取消了审批委托`, en: (p) => `${p.who} removed an approval delegation` },
};
