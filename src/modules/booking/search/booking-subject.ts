import { AppError, validationFailed } from '../../../platform/errors/app-error.ts';
import type { BookingCaller } from './search-types.ts';

/**
 * The traveller a search or booking is for: the caller's own employee by default (booking.self);
 * another employee of the tenant (代订) needs booking.others. 403 FORBIDDEN names the permission.
 */
export function bookingTraveller(
  caller: BookingCaller,
  travellerEmployeeId: string | undefined,
): { employeeId: string; bookedBy: 'self' | 'other' } {
  const id = travellerEmployeeId ?? caller.employeeId;
  if (id === null) throw validationFailed([{ path: 'travellerEmployeeId', message: 'required: the caller is not an employee' }]);
  if (id === caller.employeeId) {
    if (!caller.canBookSelf)
      throw new AppError('FORBIDDEN', 'Booking for yourself needs the permission booking.self', { permission: 'booking.self' });
    return { employeeId: id, bookedBy: 'self' };
  }
  if (!caller.canBookOthers) {
    throw new AppError('FORBIDDEN', 'Booking for another employee (代订) needs the permission booking.others', {
      permission: 'booking.others',
    });
  }
  return { employeeId: id, bookedBy: 'other' };
}
