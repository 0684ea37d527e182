/**
 * Booking (预订): search under the traveller's policy, 下单, and the after-sale actions on an order
 * (取消, 退票, 改签). The offers of a search are typed by hand in ./bookingOffers (the one place
 * the generated client cannot help: the server describes an offer as an if/then chain per category).
 */
import { answer, client } from './client';
import type { AnswerOf, BodyOf } from './types';
import type { Offer } from './bookingOffers';

export type SearchBody = BodyOf<'/api/v1/booking/search', 'post'>;
export type BookingCategory = SearchBody['category'];
type RawAnswer = AnswerOf<'/api/v1/booking/search', 'post'>;
type RawOption = RawAnswer['options'][number];
/** One option of a search, its offer typed by category. */
export type SearchOption = Omit<RawOption, 'offer'> & { offer: Offer };
export type SearchAnswer = Omit<RawAnswer, 'options'> & { options: SearchOption[] };
export type PolicyMarks = NonNullable<SearchOption['policy']>;
export type PlaceOrderBody = BodyOf<'/api/v1/booking/orders', 'post'>;
export type PlacedOrder = AnswerOf<'/api/v1/booking/orders', 'post'>;
export type BookingReason = NonNullable<PlaceOrderBody['reason']>;
export type PaymentMode = NonNullable<PlaceOrderBody['paymentMode']>;

const order = (id: string) => ({ params: { path: { id } } });

export const bookingApi = {
  search: (body: SearchBody) => answer(client.POST('/api/v1/booking/search', { body })) as Promise<SearchAnswer>,
  place: (body: PlaceOrderBody) => answer(client.POST('/api/v1/booking/orders', { body })),
  cancel: (id: string, reason?: string) =>
    answer(client.POST('/api/v1/orders/{id}/cancel', { ...order(id), body: reason ? { reason } : {} })),
  refund: (id: string, reason?: string) =>
    answer(client.POST('/api/v1/orders/{id}/refund', { ...order(id), body: reason ? { reason } : {} })),
  change: (id: string, search: SearchBody, offerId: string, reason?: BookingReason) =>
    answer(client.POST('/api/v1/orders/{id}/change', { ...order(id), body: { search, offerId, ...(reason ? { reason } : {}) } })),
};
