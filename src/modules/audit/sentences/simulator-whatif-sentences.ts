import { count, money, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const commandNames: Record<string, [string, string]> = {
  issue: ['出票/确认', 'issue'],
  ticketing_delayed: ['出票延迟', 'ticketing delayed'],
  fail: ['预订失败', 'fail'],
  supplier_cancel: ['供应商取消', 'supplier cancel'],
  flight_delayed: ['航班延误', 'flight delayed'],
  flight_cancelled: ['航班取消', 'flight cancelled'],
  flight_departed: ['航班起飞', 'flight departed'],
  flight_arrived: ['航班到达', 'flight arrived'],
  train_departed: ['列车发车', 'train departed'],
  train_arrived: ['列车到站', 'train arrived'],
  hotel_overbooked: ['酒店超售', 'hotel overbooked'],
  hotel_checked_in: ['酒店入住', 'hotel checked in'],
  hotel_checked_out: ['酒店离店', 'hotel checked out'],
  hotel_no_show: ['酒店未入住', 'hotel no-show'],
  car_driver_assigned: ['派司机', 'driver assigned'],
  car_driver_arrived: ['司机到达', 'driver arrived'],
  car_driver_no_show: ['司机未到', 'driver no-show'],
  car_completed: ['用车完成', 'car ride completed'],
};
const commandOf = (p: SentenceParts, i: 0 | 1) => {
  const kind = text(p.data.kind);
  if (!kind) return i === 0 ? '一条指令' : 'a command';
  const name = commandNames[kind]?.[i] ?? kind.replace(/_/g, ' ');
  return i === 0 ? `“${name}”指令` : `the command “${name}”`;
};
const onOffZh = (p: SentenceParts) => (typeof p.data.enabled === 'boolean' ? `：${p.data.enabled ? '开启' : '关闭'}${latencyZh(p)}` : '');
const latencyZh = (p: SentenceParts) => (typeof p.data.latencyMs === 'number' ? `，延迟 ${p.data.latencyMs} 毫秒` : '');
const onOffEn = (p: SentenceParts) =>
  typeof p.data.enabled === 'boolean'
    ? `: ${p.data.enabled ? 'on' : 'off'}${typeof p.data.latencyMs === 'number' ? `, latency ${p.data.latencyMs} ms` : ''}`
    : '';
const rows = (p: SentenceParts) => count(p.data.rows);

/** The supplier simulator (operations, on the platform's chain) and what-if's imported past bookings. */
export const simulatorWhatIfSentences: SentenceTable = {
  'simulator.settings_changed': {
    zh: (p) => `${p.who}修改了供应商模拟器的设置${onOffZh(p)}`,
    en: (p) => `${p.who} changed the supplier simulator’s settings${onOffEn(p)}`,
  },
  'simulator.command': {
    zh: (p) => `${p.who}让供应商模拟器执行了${commandOf(p, 0)}`,
    en: (p) => `${p.who} had the supplier simulator run ${commandOf(p, 1)}`,
  },
  'whatif.bookings_imported': {
    zh: (p) => `${p.who}为测算导入了 ${rows(p)} 条历史预订，合计${money(p.data.totalFen)}`,
    en: (p) => `${p.who} imported ${rows(p)} past booking(s) for what-if, ${money(p.data.totalFen)} in all`,
  },
  'whatif.bookings_import_deleted': {
    zh: (p) => `${p.who}删除了一批测算用的历史预订（${rows(p)} 条）`,
    en: (p) => `${p.who} deleted a batch of past bookings for what-if (${rows(p)} rows)`,
  },
};
