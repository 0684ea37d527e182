import { validationFailed, type FieldError } from '../../../platform/errors/app-error.ts';
import { chinaDateOf, dayNumberOfDate } from '../../../platform/time/china-time.ts';
import { cityById } from '../../geo/index.ts';
import type { SearchRequest } from './search-types.ts';

export const MAX_NIGHTS = 30;

/**
 * What the schema cannot say about a search: cities the geo directory knows, a route between two
 * cities, dates not past (China time), a stay of 1–30 nights. Returns the request with the car's
 * addresses trimmed; 422 VALIDATION_FAILED with the fields otherwise.
 */
export function checkSearchRequest(request: SearchRequest, now: Date): SearchRequest {
  const errors: FieldError[] = [];
  const today = chinaDateOf(now);
  const city = (path: string, id: string) => {
    if (cityById(id) === null) errors.push({ path, message: `unknown city ${id}` });
  };
  const notPast = (path: string, date: string) => {
    if (date < today) errors.push({ path, message: `${date} is past (today is ${today}, China time)` });
  };
  switch (request.category) {
    case 'flight':
    case 'train': {
      const q = request.query;
      city('query.originCityId', q.originCityId);
      city('query.destinationCityId', q.destinationCityId);
      if (q.originCityId === q.destinationCityId) errors.push({ path: 'query.destinationCityId', message: 'the same city as the origin' });
      notPast('query.date', q.date);
      break;
    }
    case 'hotel': {
      const q = request.query;
      city('query.cityId', q.cityId);
      notPast('query.checkIn', q.checkIn);
      const nights = dayNumberOfDate(q.checkOut) - dayNumberOfDate(q.checkIn);
      if (!(nights >= 1 && nights <= MAX_NIGHTS))
        errors.push({ path: 'query.checkOut', message: `a stay of 1 to ${MAX_NIGHTS} nights after check-in` });
      break;
    }
    case 'car': {
      const q = request.query;
      city('query.cityId', q.cityId);
      if (Date.parse(q.pickupAt) < now.getTime() - 60 * 60_000) errors.push({ path: 'query.pickupAt', message: 'the pick-up is past' });
      break;
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
  if (request.category === 'car')
    return { ...request, query: { ...request.query, from: request.query.from.trim(), to: request.query.to.trim() } };
  return request;
}
