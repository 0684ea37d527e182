/**
 * The gateway: the only way the rest of Tripdesk calls suppliers. Every call goes through the
 * supplier's policies (timeout, retries with backoff for retryable failures, a circuit breaker per
 * supplier, from cockatiel) and is logged with its latency and outcome (pino, prom-client and the
 * `supplier_calls` table). Suppliers that are suspended are never called; search skips them.
 */
import type {
  BookingStatus,
  Booking,
  BookRequest,
  CancelRequest,
  CancelResult,
  ChangeRequest,
  ChangeResult,
  Hold,
  HoldRequest,
  OfferOf,
  QueryOf,
  SupplierCategory,
} from './adapter-types.ts';

/** Why one supplier gave no answer to a search (the others' offers are still returned). */
export interface SupplierFailure {
  supplierCode: string;
  /** TIMEOUT: no answer in time; CIRCUIT_OPEN: too many recent failures, not called; ERROR: it failed. */
  reason: 'TIMEOUT' | 'CIRCUIT_OPEN' | 'ERROR';
  message: string;
}

export interface SearchOutcome<C extends SupplierCategory> {
  /** Every offer of every supplier that answered, as they gave them (booking merges and ranks). */
  offers: OfferOf[C][];
  failures: SupplierFailure[];
  /** The suppliers asked, with their ranking weight (0–100) at the time. */
  asked: { supplierCode: string; rankingWeight: number; latencyMs: number }[];
}

export interface SupplierGateway {
  /** Asks every active (or probation) supplier of the category in parallel. */
  search<C extends SupplierCategory>(
    category: C,
    query: QueryOf[C],
    options?: { suppliers?: readonly string[] },
  ): Promise<SearchOutcome<C>>;
  hold(category: SupplierCategory, supplierCode: string, request: HoldRequest): Promise<Hold>;
  release(category: SupplierCategory, supplierCode: string, holdId: string): Promise<void>;
  book(category: SupplierCategory, supplierCode: string, request: BookRequest): Promise<Booking>;
  change(category: SupplierCategory, supplierCode: string, request: ChangeRequest): Promise<ChangeResult>;
  cancel(category: SupplierCategory, supplierCode: string, request: CancelRequest): Promise<CancelResult>;
  status(category: SupplierCategory, supplierCode: string, bookingRef: string): Promise<BookingStatus>;
}
