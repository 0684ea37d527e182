/**
 * What-if (假如): a draft policy replayed over the tenant's past bookings — orders (through a
 * PastBookingSource the composition root gives) and bookings imported by CSV from previous
 * providers — reporting the outcomes, compliance and spend at stake that would change.
 */
export type { PastBooking, PastBookingQuery, PastBookingSource, PastTraveller, RecordedOutcome } from './past-booking.ts';
export { importedBookingSource } from './imported-source.ts';
export { runWhatIf, type RunWhatIfArgs, MAX_RANGE_DAYS } from './replay/run-what-if.ts';
export type { WhatIfReport, ChangedBooking, DepartmentStake, CategoryStake } from './replay/report-types.ts';
export { importPastBookings, MAX_BOOKING_ROWS, type ImportBookingsResult } from './import/import-bookings.ts';
export { listImportBatches, deleteImportBatch, importBatchLabels } from './import/batches.ts';
export { whatIfRoutes, type WhatIfRouteOptions } from './routes.ts';
