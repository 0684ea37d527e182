import type { TimelineEventView } from '../../timeline/index.ts';

/** A timeline event in plain words for the traveller and the public tracking page (zh-CN and en). */
export interface Words {
  'zh-CN': string;
  en: string;
}

const yuan = (fen: unknown): string =>
  typeof fen === 'number' && Number.isFinite(fen)
    ? `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    : '';
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// prettier-ignore
const STATUS: Record<string, Words> = {
  pending_approval: { 'zh-CN': '等待审批', en: 'Waiting for approval' },
  approved:         { 'zh-CN': '审批已通过', en: 'Approved' },
  rejected:         { 'zh-CN': '审批未通过', en: 'Not approved' },
  booking:          { 'zh-CN': '正在向供应商预订', en: 'Booking with the supplier' },
  failed:           { 'zh-CN': '预订未成功', en: 'The booking did not go through' },
  ticketed:         { 'zh-CN': '已出票', en: 'Ticket issued' },
  confirmed:        { 'zh-CN': '已确认', en: 'Confirmed' },
  checked_in:       { 'zh-CN': '已入住', en: 'Checked in' },
  overbooked:       { 'zh-CN': '酒店超售，正在为您处理', en: 'The hotel is overbooked; we are sorting it out' },
  driver_arrived:   { 'zh-CN': '司机已到达上车点', en: 'Your driver has arrived' },
  changed:          { 'zh-CN': '已改签', en: 'Changed to a new booking' },
  refunded:         { 'zh-CN': '已退款', en: 'Refunded' },
  cancelled:        { 'zh-CN': '已取消', en: 'Cancelled' },
  flown:            { 'zh-CN': '已到达', en: 'Flight completed' },
  travelled:        { 'zh-CN': '已到达', en: 'Journey completed' },
  checked_out:      { 'zh-CN': '已离店', en: 'Checked out' },
  no_show:          { 'zh-CN': '未入住', en: 'No-show' },
  completed:        { 'zh-CN': '行程已完成', en: 'Ride completed' },
  driver_no_show:   { 'zh-CN': '司机未到达', en: 'The driver did not show up' },
};

/** The words for a status on its own (lists, the tracking page). */
export const statusWords = (status: string): Words => STATUS[status] ?? { 'zh-CN': '处理中', en: 'In progress' };

/** Supplier news that changes nothing (order.supplier_update), by the supplier's event type. */
function news(data: Record<string, unknown>, open: boolean): Words {
  if (data.refused)
    return { 'zh-CN': '收到供应商的更新（未能处理，客服会跟进）', en: 'An update from the supplier (support will follow it up)' };
  const d = (data.eventData ?? {}) as Record<string, unknown>;
  const minutes = num(d.delayMinutes);
  switch (data.eventType) {
    case 'flight.delayed':
      return minutes === null
        ? { 'zh-CN': '航班延误', en: 'The flight is delayed' }
        : { 'zh-CN': `航班延误约 ${minutes} 分钟`, en: `The flight is delayed by about ${minutes} minutes` };
    case 'flight.departed':
      return { 'zh-CN': '航班已起飞', en: 'The flight has departed' };
    case 'train.departed':
      return { 'zh-CN': '列车已发车', en: 'The train has departed' };
    case 'car.driver_assigned':
      return { 'zh-CN': '已安排司机', en: 'A driver is assigned' };
    case 'order.changed':
      return { 'zh-CN': '供应商已完成改签', en: 'The supplier completed the change' };
    case 'order.refunded':
      return { 'zh-CN': '供应商已退款', en: 'The supplier refunded' };
    case 'order.ticketed':
    case 'order.confirmed':
      return { 'zh-CN': '供应商再次确认了出票/预订', en: 'The supplier confirmed the booking again' };
    default:
      return open
        ? { 'zh-CN': '收到供应商的更新', en: 'An update from the supplier' }
        : { 'zh-CN': '订单有更新', en: 'The order was updated' };
  }
}

const STEP_NAMES: Record<string, Words> = {
  hold: { 'zh-CN': '向供应商占位', en: 'Holding with the supplier' },
  approval: { 'zh-CN': '审批', en: 'Approval' },
  book: { 'zh-CN': '向供应商下单', en: 'Booking with the supplier' },
};

/** A step of the booking workflow (hold → approval → book) done, waiting, failed or undone. */
function bookingStepWords(data: Record<string, unknown>, open: boolean): Words {
  const step = STEP_NAMES[String(data.step)] ?? { 'zh-CN': String(data.step), en: String(data.step) };
  const because = typeof data.becauseStep === 'string' ? (STEP_NAMES[data.becauseStep] ?? null) : null;
  const error = open && typeof data.error === 'string' ? data.error : null;
  switch (data.event) {
    case 'completed':
      return { 'zh-CN': `${step['zh-CN']}：完成`, en: `${step.en}: done` };
    case 'waiting':
      return { 'zh-CN': `${step['zh-CN']}：等待中`, en: `${step.en}: waiting` };
    case 'failed':
      return {
        'zh-CN': `${step['zh-CN']}：失败${error ? `（${error}）` : ''}`,
        en: `${step.en}: failed${error ? ` (${error})` : ''}`,
      };
    case 'compensated':
      return {
        'zh-CN': `已撤销「${step['zh-CN']}」${because ? `，因为「${because['zh-CN']}」失败` : ''}`,
        en: `Undone: ${step.en.toLowerCase()}${because ? `, because ${because.en.toLowerCase()} failed` : ''}`,
      };
    case 'compensation_failed':
      return { 'zh-CN': `撤销「${step['zh-CN']}」失败，客服将跟进`, en: `Could not undo ${step.en.toLowerCase()}; support will follow up` };
    default:
      return { 'zh-CN': `${step['zh-CN']}：继续`, en: `${step.en}: resumed` };
  }
}

/**
 * One timeline event in plain words. `open`: the order's own people may read amounts and reasons;
 * the public tracking page gets none (no money, no free text).
 */
export function wordsOf(event: Pick<TimelineEventView, 'type' | 'data'>, open: boolean): Words {
  const { data } = event;
  switch (event.type) {
    case 'order.created':
      return open && data.amountFen !== undefined
        ? { 'zh-CN': `订单已提交，金额 ${yuan(data.amountFen)}`, en: `Order placed, ${yuan(data.amountFen)}` }
        : { 'zh-CN': '订单已提交', en: 'Order placed' };
    case 'order.change_created':
      return { 'zh-CN': '改签生成的新订单', en: 'New booking from a change' };
    case 'order.ticketing_delayed':
      return { 'zh-CN': '出票时间比平时长，请稍候', en: 'Ticketing is taking longer than usual' };
    case 'order.refunded':
      return open
        ? {
            'zh-CN': `已退款 ${yuan(data.refundFen)}，手续费 ${yuan(data.feeFen)}`,
            en: `Refunded ${yuan(data.refundFen)}, fee ${yuan(data.feeFen)}`,
          }
        : statusWords('refunded');
    case 'order.changed':
      return typeof data.childCode === 'string'
        ? { 'zh-CN': `已改签，新订单 ${data.childCode}`, en: `Changed to a new booking, ${data.childCode}` }
        : statusWords('changed');
    case 'order.supplier_update':
      return news(data, open);
    case 'order.booking_step':
      return bookingStepWords(data, open);
    default:
      if (event.type.startsWith('order.')) return statusWords(event.type.slice('order.'.length));
      if (event.type.startsWith('approval.')) return { 'zh-CN': '审批进展', en: 'Approval progress' };
      return { 'zh-CN': '订单有更新', en: 'The order was updated' };
  }
}
