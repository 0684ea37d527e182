import { money, quoted, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');
const byZh = (p: SentenceParts) =>
  p.entry.actorKind === 'system' && !text(p.entry.actorName)?.startsWith('供应商') ? '' : `，操作人：${p.who}`;
const byEn = (p: SentenceParts) => (p.entry.actorKind === 'system' && !text(p.entry.actorName)?.startsWith('供应商') ? '' : ` by ${p.who}`);

/** The order moved to a status (orders/move-order.ts writes 'order.<status>'). */
const statusSentences: [string, string, string][] = [
  ['pending_approval', '待审批', 'is waiting for approval'],
  ['approved', '已审批通过', 'was approved'],
  ['rejected', '审批未通过', 'was rejected'],
  ['booking', '开始向供应商预订', 'went to the supplier for booking'],
  ['failed', '预订失败', 'failed at the supplier'],
  ['ticketed', '已出票', 'was ticketed'],
  ['confirmed', '已确认', 'was confirmed'],
  ['checked_in', '已入住', 'was checked in'],
  ['overbooked', '被酒店超售', 'was overbooked by the hotel'],
  ['driver_arrived', '司机已到达', 'had its driver arrive'],
  ['changed', '已改签', 'was changed to a new booking'],
  ['refunded', '已退款', 'was refunded'],
  ['cancelled', '已取消', 'was cancelled'],
  ['flown', '已乘机', 'was flown'],
  ['travelled', '已乘车', 'was travelled'],
  ['checked_out', '已离店', 'was checked out'],
  ['no_show', '未入住（No-show）', 'was a no-show'],
  ['completed', '已完成', 'was completed'],
  ['driver_no_show', '司机未到', 'had no driver show up'],
];

const orderStatus: SentenceTable = Object.fromEntries(
  statusSentences.map(([status, zh, en]) => [
    `order.${status}`,
    {
      zh: (p: SentenceParts) => `订单${zq(p)}${zh}${byZh(p)}`,
      en: (p: SentenceParts) => `The order${eq(p)} ${en}${byEn(p)}`,
    },
  ]),
);

const stepNames: Record<string, [string, string]> = {
  hold: ['向供应商占位', 'holding with the supplier'],
  approval: ['审批', 'approval'],
  book: ['向供应商下单', 'booking with the supplier'],
};
const stepOf = (v: unknown, i: 0 | 1) => stepNames[String(v)]?.[i] ?? text(v) ?? (i === 0 ? '某一步' : 'a step');
const stepEvents: Record<string, [string, string]> = {
  completed: ['完成', 'done'],
  waiting: ['等待中', 'waiting'],
  failed: ['失败', 'failed'],
  compensated: ['已撤销', 'undone'],
  compensation_failed: ['撤销失败', 'could not be undone'],
};
const stepEventOf = (v: unknown, i: 0 | 1) => stepEvents[String(v)]?.[i] ?? text(v) ?? (i === 0 ? '有进展' : 'moved on');
const stepErrorZh = (p: SentenceParts) => (text(p.data.error) ? `（${text(p.data.error)}）` : '');
const stepErrorEn = (p: SentenceParts) => (text(p.data.error) ? ` (${text(p.data.error)})` : '');

/** Orders: creation, a change's child, the ticketing flag and the suppliers' news. */
export const orderSentences: SentenceTable = {
  ...orderStatus,
  'order.created': {
    zh: (p) => `${p.who}创建了订单${zq(p)}，金额${money(p.data.amountFen)}`,
    en: (p) => `${p.who} created the order${eq(p)} for ${money(p.data.amountFen)}`,
  },
  'order.change_created': {
    zh: (p) =>
      `${p.who}改签生成新订单${zq(p)}${text(p.data.parentCode) ? `（原订单 ${text(p.data.parentCode)}）` : ''}，改签费${money(p.data.changeFeeFen)}`,
    en: (p) =>
      `${p.who} created the order${eq(p)} by a change${text(p.data.parentCode) ? ` of ${text(p.data.parentCode)}` : ''}, change fee ${money(p.data.changeFeeFen)}`,
  },
  'order.ticketing_delayed': {
    zh: (p) => `订单${zq(p)}出票延迟`,
    en: (p) => `Ticketing of the order${eq(p)} is delayed`,
  },
  'order.booking_step': {
    zh: (p) => `订单${zq(p)}的预订步骤“${stepOf(p.data.step, 0)}”${stepEventOf(p.data.event, 0)}${stepErrorZh(p)}`,
    en: (p) => `The order${eq(p)}: ${stepOf(p.data.step, 1)} ${stepEventOf(p.data.event, 1)}${stepErrorEn(p)}`,
  },
  'order.supplier_update': {
    zh: (p) => `供应商更新了订单${zq(p)}（${text(p.data.eventType) ?? '动态'}）${p.data.refused ? '，未能处理' : ''}`,
    en: (p) =>
      `The supplier reported on the order${eq(p)} (${text(p.data.eventType) ?? 'news'})${p.data.refused ? ', which could not be applied' : ''}`,
  },
};
