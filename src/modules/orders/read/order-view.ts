import type { OrderRow, OrderTravellerRow } from '../order-types.ts';
import { cityName, CATEGORY_WORDS } from '../order-labels.ts';
import { statusWords, type Words } from './order-words.ts';

/** An order in a list: what it is, for whom, when, where, how much, and its status in words. */
export interface OrderSummary {
  id: string;
  trackingCode: string;
  category: OrderRow['category'];
  categoryWords: Words;
  status: OrderRow['status'];
  statusWords: Words;
  ticketingDelayed: boolean;
  travellers: { employeeId: string; name: string }[];
  bookerEmployeeId: string;
  travelRequestId: string | null;
  parentOrderId: string | null;
  originalOrderId: string | null;
  originCity: Words | null;
  destinationCity: Words;
  serviceStartAt: string;
  serviceEndAt: string;
  amountFen: number;
  refundFen: number;
  compliant: boolean;
  paymentMode: OrderRow['paymentMode'];
  supplierCode: string;
  createdAt: string;
}

const city = (id: string): Words => ({ 'zh-CN': cityName(id, 'zh-CN'), en: cityName(id, 'en') });

export function summaryOf(row: OrderRow, travellers: readonly OrderTravellerRow[]): OrderSummary {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    category: row.category,
    categoryWords: CATEGORY_WORDS[row.category],
    status: row.status,
    statusWords: statusWords(row.status),
    ticketingDelayed: row.ticketingDelayed,
    travellers: travellers.map((t) => ({ employeeId: t.employeeId, name: t.nameSnapshot })),
    bookerEmployeeId: row.bookerEmployeeId,
    travelRequestId: row.travelRequestId,
    parentOrderId: row.parentOrderId,
    originalOrderId: row.originalOrderId,
    originCity: row.originCityId === null ? null : city(row.originCityId),
    destinationCity: city(row.destinationCityId),
    serviceStartAt: row.serviceStartAt.toISOString(),
    serviceEndAt: row.serviceEndAt.toISOString(),
    amountFen: row.amountFen,
    refundFen: row.refundFen,
    compliant: row.compliant,
    paymentMode: row.paymentMode,
    supplierCode: row.supplierCode,
    createdAt: row.createdAt.toISOString(),
  };
}
