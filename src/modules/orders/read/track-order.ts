import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { timelineIn } from '../../timeline/index.ts';
import { CATEGORY_WORDS, cityName } from '../order-labels.ts';
import { orders, orderTravellers } from '../schema.ts';
import { parseTrackingCode } from '../tracking-code/tracking-code.ts';
import { statusWords, type Words, wordsOf } from './order-words.ts';

/** What a code holder may see: no money, no enterprise, no ids, names masked. */
export interface TrackedOrder {
  trackingCode: string;
  category: string;
  categoryWords: Words;
  status: string;
  statusWords: Words;
  serviceStartAt: string;
  serviceEndAt: string;
  originCity: Words | null;
  destinationCity: Words;
  /** '张*', '欧阳**': the first character, the rest masked. */
  travellers: string[];
  timeline: { at: string; words: Words }[];
}

/** '张三' → '张*'; 'John Smith' → 'J*********'. */
export const maskName = (name: string): string => {
  const chars = [...name.trim()];
  return chars.length === 0 ? '*' : `${chars[0]}${'*'.repeat(Math.min(Math.max(chars.length - 1, 1), 9))}`;
};

const city = (id: string): Words => ({ 'zh-CN': cityName(id, 'zh-CN'), en: cityName(id, 'en') });

/**
 * GET /track/{code} (public, no session): the order a tracking code names, in any tenant — read in
 * system scope, since the holder of the code need not know the enterprise — shown as a code holder
 * may see it. An invalid or unknown code is simply not found.
 */
export async function trackOrder(db: Db, code: string): Promise<TrackedOrder> {
  const parsed = parseTrackingCode(code);
  if (parsed === null) throw notFound('order');
  return inSystemScope(db, async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.trackingCode, parsed.code));
    if (!order) throw notFound('order');
    const names = await tx
      .select({ name: orderTravellers.nameSnapshot })
      .from(orderTravellers)
      .where(and(eq(orderTravellers.tenantId, order.tenantId), eq(orderTravellers.orderId, order.id)))
      .orderBy(asc(orderTravellers.position));
    const events = await timelineIn(tx, order.tenantId, 'order', order.id);
    return {
      trackingCode: order.trackingCode,
      category: order.category,
      categoryWords: CATEGORY_WORDS[order.category],
      status: order.status,
      statusWords: statusWords(order.status),
      serviceStartAt: order.serviceStartAt.toISOString(),
      serviceEndAt: order.serviceEndAt.toISOString(),
      originCity: order.originCityId === null ? null : city(order.originCityId),
      destinationCity: city(order.destinationCityId),
      travellers: names.map((n) => maskName(n.name)),
      // Approval steps name people: the public page shows the order's own events only.
      timeline: events.filter((e) => e.type.startsWith('order.')).map((e) => ({ at: e.at, words: wordsOf(e, false) })),
    };
  });
}
