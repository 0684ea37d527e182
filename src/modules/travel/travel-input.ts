import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { FieldError } from '../../platform/errors/app-error.ts';
import { isLocalDate } from '../../platform/time/china-time.ts';
import type { CostBearerType, CostEstimate, ItineraryLeg } from './schema.ts';
import { costCentres, employees, projects } from '../org/index.ts';

/** What a travel request form sends (POST creates, PATCH changes the fields it names). */
export interface TravelRequestInput {
  purpose: string;
  travellerIds?: string[];
  itinerary: { fromCity: string; toCity: string; departDate: string; returnDate?: string | null }[];
  estimate: CostEstimate;
  projectId?: string | null;
  costCentreId?: string | null;
  /** 费用归属 (default traveller_department): see cost-shares.ts. */
  costBearer?: CostBearerType;
}

export type TravelRequestPatch = Partial<TravelRequestInput>;

export interface CheckedFields {
  purpose?: string;
  travellerIds?: string[];
  itinerary?: ItineraryLeg[];
  estimate?: CostEstimate;
  estimatedTotalFen?: number;
  projectId?: string | null;
  costCentreId?: string | null;
  costBearer?: CostBearerType;
}

const MAX_TOTAL_FEN = 100_000_000_000;

/** The fields' own rules (no look-ups), collecting every problem into errors. */
export function checkFields(input: TravelRequestPatch, errors: FieldError[]): CheckedFields {
  const out: CheckedFields = {};
  if (input.purpose !== undefined) {
    const purpose = input.purpose.trim();
    if (purpose === '') errors.push({ path: 'purpose', message: 'must not be empty' });
    out.purpose = purpose;
  }
  if (input.travellerIds !== undefined) {
    if (input.travellerIds.length === 0) errors.push({ path: 'travellerIds', message: 'at least one traveller' });
    out.travellerIds = [...new Set(input.travellerIds)];
  }
  if (input.itinerary !== undefined) {
    if (input.itinerary.length === 0) errors.push({ path: 'itinerary', message: 'at least one leg' });
    out.itinerary = input.itinerary.map((leg, i) => {
      const path = `itinerary[${i}]`;
      const fromCity = leg.fromCity.trim();
      const toCity = leg.toCity.trim();
      const returnDate = leg.returnDate ?? null;
      if (fromCity === '') errors.push({ path: `${path}.fromCity`, message: 'must not be empty' });
      if (toCity === '') errors.push({ path: `${path}.toCity`, message: 'must not be empty' });
      const departs = isLocalDate(leg.departDate);
      if (!departs) errors.push({ path: `${path}.departDate`, message: 'not a valid date (YYYY-MM-DD)' });
      if (returnDate !== null && !isLocalDate(returnDate))
        errors.push({ path: `${path}.returnDate`, message: 'not a valid date (YYYY-MM-DD)' });
      else if (returnDate !== null && departs && returnDate < leg.departDate)
        errors.push({ path: `${path}.returnDate`, message: 'must not be before departDate' });
      return { fromCity, toCity, departDate: leg.departDate, returnDate };
    });
  }
  if (input.estimate !== undefined) {
    const e = input.estimate;
    const total = e.flight + e.hotel + e.train + e.car + e.other;
    if (!Number.isSafeInteger(total) || total > MAX_TOTAL_FEN) errors.push({ path: 'estimate', message: 'the total is too large' });
    out.estimate = { flight: e.flight, hotel: e.hotel, train: e.train, car: e.car, other: e.other };
    out.estimatedTotalFen = total;
  }
  if (input.projectId !== undefined) out.projectId = input.projectId;
  if (input.costCentreId !== undefined) out.costCentreId = input.costCentreId;
  if (input.costBearer !== undefined) out.costBearer = input.costBearer;
  return out;
}

/** Travellers must be active employees of the tenant; project (active) and cost centre must be the tenant's. */
export async function checkReferences(tx: Tx, tenantId: string, fields: CheckedFields, errors: FieldError[]): Promise<void> {
  if (fields.travellerIds !== undefined && fields.travellerIds.length > 0) {
    const found = await tx
      .select({ id: employees.id, status: employees.status })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), inArray(employees.id, fields.travellerIds)));
    const active = new Set(found.filter((f) => f.status === 'active').map((f) => f.id));
    fields.travellerIds.forEach((id, i) => {
      if (!active.has(id)) errors.push({ path: `travellerIds[${i}]`, message: 'no such active employee' });
    });
  }
  if (fields.projectId != null) {
    const [p] = await tx
      .select({ status: projects.status })
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), eq(projects.id, fields.projectId)));
    if (!p) errors.push({ path: 'projectId', message: 'no such project' });
    else if (p.status !== 'active') errors.push({ path: 'projectId', message: 'the project is closed' });
  }
  if (fields.costCentreId != null) {
    const [c] = await tx
      .select({ id: costCentres.id })
      .from(costCentres)
      .where(and(eq(costCentres.tenantId, tenantId), eq(costCentres.id, fields.costCentreId)));
    if (!c) errors.push({ path: 'costCentreId', message: 'no such cost centre' });
  }
}

/** The earliest departure: the date that picks the budget periods. */
export const firstDepartDate = (itinerary: readonly ItineraryLeg[]): string | null =>
  itinerary.reduce<string | null>((min, leg) => (min === null || leg.departDate < min ? leg.departDate : min), null);
