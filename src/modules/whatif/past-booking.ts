/**
 * The contract between the what-if replay and whatever remembers past bookings: the orders module
 * (wired by the composition root) and the bookings imported from a previous provider (this module).
 */
import type { Tx } from '../../platform/db/database.ts';
import type { Category, Outcome, TravelOption } from '../policy/index.ts';

/** Who travelled. Rank and department, when given, are the facts at booking and win over the employee's current ones. */
export interface PastTraveller {
  employeeId: string | null;
  rankCode: string | null;
  /** The traveller's department (for rank-and-department policy assignments). */
  departmentId: string | null;
}

/** What was decided when the booking was made. */
export interface RecordedOutcome {
  /** The policy version checked; null when no policy applied to the traveller then. */
  policyVersionId: string | null;
  outcome: Outcome;
  compliant: boolean;
}

export interface PastBooking {
  id: string;
  /** What a person recognises: the order's tracking code, or the previous provider's order number. */
  reference: string;
  source: 'order' | 'imported';
  bookedAt: Date;
  traveller: PastTraveller;
  category: Category;
  /** The booked option's facts as the policy engine reads them (its category equals `category`). */
  option: TravelOption;
  amountFen: number;
  /** The department the booking was charged to (spend at stake is grouped by it); the traveller's when null. */
  departmentId: string | null;
  /** Null for imported bookings: the previous provider's decision is not known. */
  recorded: RecordedOutcome | null;
}

export interface PastBookingQuery {
  tenantId: string;
  /** Bookings made at or after this instant … */
  from: Date;
  /** … and strictly before this one. */
  to: Date;
}

/**
 * Reads a tenant's past bookings in a time range, inside the replay's tenant-scoped transaction.
 * Large sources should yield chunks (an async iterable) rather than one array.
 */
export type PastBookingSource = (tx: Tx, query: PastBookingQuery) => AsyncIterable<PastBooking[]> | Promise<PastBooking[]>;
