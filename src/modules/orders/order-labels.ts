import { chinaDateOf } from '../../platform/time/china-time.ts';
import { cityById } from '../geo/index.ts';
import type { OrderCategory } from './lifecycle/index.ts';
import type { OrderRow } from './order-types.ts';

export const CATEGORY_WORDS: Readonly<Record<OrderCategory, { 'zh-CN': string; en: string }>> = {
  flight: { 'zh-CN': '机票', en: 'Flight' },
  hotel: { 'zh-CN': '酒店', en: 'Hotel' },
  train: { 'zh-CN': '火车票', en: 'Train' },
  car: { 'zh-CN': '用车', en: 'Car' },
};

/** A city's name in the language, or its id when the directory does not know it. */
export function cityName(id: string | null, lang: 'zh-CN' | 'en'): string {
  if (id === null) return '';
  const city = cityById(id);
  return city === null ? id : lang === 'en' ? city.en : city.zh;
}

/** '机票 北京→上海 2026-12-08' / 'Flight Beijing→Shanghai 2026-12-08': how lists, the inbox and notifications name an order. */
export function orderTitle(
  order: Pick<OrderRow, 'category' | 'originCityId' | 'destinationCityId' | 'serviceStartAt'>,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): string {
  const route =
    order.originCityId === null
      ? cityName(order.destinationCityId, lang)
      : `${cityName(order.originCityId, lang)}→${cityName(order.destinationCityId, lang)}`;
  return `${CATEGORY_WORDS[order.category][lang]} ${route} ${chinaDateOf(order.serviceStartAt)}`;
}
