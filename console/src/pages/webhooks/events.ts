import type { TFunction } from 'i18next';
import type { WebhookEventTypeChoice } from '../../api/types';
import type { Messages } from '../../i18n/zh-CN';

type OrderEvent = Exclude<WebhookEventTypeChoice, '*'>;

/** The subscribable events, in the server's order (a new one the console does not name yet shows by its code). */
export const ORDER_EVENTS: readonly OrderEvent[] = [
  'order.created',
  'order.status_changed',
  'order.ticketed',
  'order.changed',
  'order.refunded',
  'order.cancelled',
];

const isNamed = (type: string): type is keyof Messages['webhooks']['events'] => (ORDER_EVENTS as readonly string[]).includes(type);

/** An event type as a reader names it: '*' as all events, 'ping' as a test, others by their label. */
export function eventLabel(t: TFunction, type: string): string {
  if (type === '*') return t('webhooks.allEvents');
  if (type === 'ping') return t('webhooks.ping');
  return isNamed(type) ? t(`webhooks.events.${type}`) : type;
}
