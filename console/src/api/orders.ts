import { answer, client, download, queryString } from './client';
import type { OrderCategory, OrderExportQuery, OrderQuery, OrderStatus, TrackedOrder } from './types';
import { everyOf } from './values';

export const ORDER_CATEGORIES = everyOf<OrderCategory>()(['flight', 'hotel', 'train', 'car'] as const);
/** Every order status, in the order a filter offers them (the life of an order, then its endings). */
export const ORDER_STATUSES = everyOf<OrderStatus>()([
  'pending_approval',
  'approved',
  'rejected',
  'booking',
  'failed',
  'ticketed',
  'confirmed',
  'overbooked',
  'checked_in',
  'driver_arrived',
  'changed',
  'refunded',
  'cancelled',
  'flown',
  'travelled',
  'checked_out',
  'no_show',
  'completed',
  'driver_no_show',
] as const);

/** The filters of the order list and its CSV export (scope 'all': the enterprise's orders, order.read_all). */
export type OrderFilters = Omit<OrderExportQuery, 'scope'>;

export const ordersApi = {
  list: (filters: OrderFilters, cursor: string | null, limit = 50) => {
    const query: OrderQuery = { ...filters, scope: 'all', limit, cursor: cursor ?? undefined };
    return answer(client.GET('/api/v1/orders', { params: { query } }));
  },
  get: (id: string) => answer(client.GET('/api/v1/orders/{id}', { params: { path: { id } } })),
  byCode: (code: string) => answer(client.GET('/api/v1/orders/by-code/{code}', { params: { path: { code } } })),
  trips: (limit = 20) => answer(client.GET('/api/v1/trips', { params: { query: { limit } } })).then((r) => r.items),
  /** The public tracking page's read (no session needed). */
  track: (code: string): Promise<TrackedOrder> => answer(client.GET('/api/v1/track/{code}', { params: { path: { code } } })),
  /** The CSV export of the filtered orders as a plain link: the browser downloads it with the session cookie. */
  exportUrl: (filters: OrderFilters) => `/api/v1/orders/export.csv?${queryString({ ...filters, scope: 'all' })}`,
  /** The same export fetched by the client, which carries the enterprise an operator chose (a link cannot send X-Tenant-Id). */
  exportFile: (filters: OrderFilters) =>
    download(client.GET('/api/v1/orders/export.csv', { params: { query: { ...filters, scope: 'all' } }, parseAs: 'blob' })),
};
