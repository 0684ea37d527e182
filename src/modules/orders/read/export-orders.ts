import type { Db } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { filterCondition, type OrderFilters, pageOfOrders } from './list-orders.ts';
import type { OrderViewer } from './order-access.ts';
import type { OrderSummary } from './order-view.ts';

type Lang = 'zh-CN' | 'en';

/** Rows read per page while exporting: memory stays bounded. */
const EXPORT_PAGE = 500;
const UTF8_BOM = '\uFEFF';

const headers: Record<Lang, string[]> = {
  'zh-CN': [
    '追踪码',
    '类别',
    '状态',
    '出行人',
    '出发城市',
    '到达城市',
    '开始（北京时间）',
    '结束（北京时间）',
    '金额（元）',
    '退款（元）',
    '是否合规',
    '支付方式',
    '供应商',
  ],
  en: [
    'Tracking code',
    'Category',
    'Status',
    'Travellers',
    'From',
    'To',
    'Starts (China)',
    'Ends (China)',
    'Amount (CNY)',
    'Refund (CNY)',
    'Compliant',
    'Payment',
    'Supplier',
  ],
};

/** A CSV field: quoted when it must be, and never read by a spreadsheet as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const line = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;
const china = (iso: string) => new Date(Date.parse(iso) + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ');
const yuan = (fen: number) => (fen / 100).toFixed(2);

function row(o: OrderSummary, lang: Lang): string {
  const yes = lang === 'en' ? ['yes', 'no'] : ['是', '否'];
  const pay = { company: lang === 'en' ? 'company' : '统一结算', personal: lang === 'en' ? 'personal' : '个人支付' };
  return line([
    o.trackingCode,
    o.categoryWords[lang],
    o.statusWords[lang],
    o.travellers.map((t) => t.name).join(lang === 'en' ? '; ' : '、'),
    o.originCity?.[lang] ?? '',
    o.destinationCity[lang],
    china(o.serviceStartAt),
    china(o.serviceEndAt),
    yuan(o.amountFen),
    yuan(o.refundFen),
    (o.compliant ? yes[0] : yes[1]) ?? '',
    pay[o.paymentMode],
    o.supplierCode,
  ]);
}

/** The filtered orders as CSV (BOM, header row in the language asked for), newest first, page by page. */
export async function* exportOrdersCsv(
  db: Db,
  args: { tenantId: string; viewer: OrderViewer; filters: OrderFilters; lang: Lang },
): AsyncGenerator<string> {
  const where = filterCondition(args.tenantId, args.viewer, args.filters);
  yield UTF8_BOM + line(headers[args.lang]);
  let cursor: string | undefined;
  do {
    const page = await inTenantScope(db, [args.tenantId], (tx) => pageOfOrders(tx, args.tenantId, where, cursor, EXPORT_PAGE));
    yield page.items.map((o) => row(o, args.lang)).join('');
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
