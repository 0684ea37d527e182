import type { SupplierAdapter, SupplierCategory } from '../suppliers/index.ts';
import { checkEnabled, type SimContext } from './booking-rows.ts';
import { bookingStatus, cancelBooking, changeBooking } from './change-cancel.ts';
import { bookHold, holdOffer, releaseHold } from './hold-book.ts';
import { SEARCHERS } from './search.ts';
import { SIMULATED_SUPPLIERS } from './suppliers.ts';

/** The adapter of one simulated supplier for one category: the contract of adapter-types.ts over the seeded network and the simulator's tables. */
export function simulatedAdapter<C extends SupplierCategory>(ctx: SimContext, supplierCode: string, category: C): SupplierAdapter<C> {
  const search = SEARCHERS[category];
  return {
    supplierCode,
    category,
    search: async (query) => {
      checkEnabled(ctx);
      return search(supplierCode, query, ctx.now().getTime());
    },
    hold: (req) => holdOffer(ctx, supplierCode, category, req),
    release: (holdId) => releaseHold(ctx, supplierCode, holdId),
    book: (req) => bookHold(ctx, supplierCode, req),
    change: (req) => changeBooking(ctx, supplierCode, category, req),
    cancel: (req) => cancelBooking(ctx, supplierCode, req),
    status: (bookingRef) => bookingStatus(ctx, supplierCode, bookingRef),
  };
}

/** Every simulated supplier's adapter, one per category it sells. */
export function simulatedAdapters(ctx: SimContext): SupplierAdapter[] {
  return SIMULATED_SUPPLIERS.flatMap((s) => s.categories.map((c): SupplierAdapter => simulatedAdapter(ctx, s.code, c) as SupplierAdapter));
}
