/**
 * Booking (预订): search per category across the suppliers, merged, ranked and marked with the
 * traveller's policy and the travel request's coverage; for oneself or for others (代订). Booking's
 * multi-step workflows keep their runs in workflow_runs (the platform runner's store).
 */
export { searchOptions, type SearchArgs } from './search/search-options.ts';
export { markOptions, type MarkInput, type Marked } from './search/mark-options.ts';
export { mergeOffers, productKey, type AlsoOffered, type MergedOffer } from './search/merge-offers.ts';
export { flightFares, type FlightFares } from './search/flight-fares.ts';
export { rankOptions, scoreOptions, SCORE_WEIGHTS, type RankingPreferences } from './search/rank-options.ts';
export { bookingTraveller } from './search/booking-subject.ts';
export { checkSearchRequest } from './search/search-query.ts';
export type { BookingCaller, FailedCheck, PolicyMarks, SearchAnswer, SearchOption, SearchRequest } from './search/search-types.ts';
export { workflowRunStore } from './workflow/workflow-run-store.ts';
export { bookingRoutes } from './routes.ts';
export type { Booker, BookingDeps } from './book/booking-deps.ts';
export { placeOrder, serviceOf, type PlaceOrderRequest, type PlacedOrder } from './book/place-order.ts';
export { cancelBooking, changeBooking, refundBooking } from './book/after-sale.ts';
export { BOOKING_WORKFLOW, bookingWorkflow, type BookingInput } from './book/booking-workflow.ts';
export { resumeBookings, startBookingResumer, type BookingResumer } from './book/resume-bookings.ts';
