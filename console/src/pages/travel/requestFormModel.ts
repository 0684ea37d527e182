import type { CostBearer, CostEstimate, TravelRequest, TravelRequestWrite } from '../../api/types';
import { ESTIMATE_CATEGORIES } from '../../api/values';
import type { PickedEmployee } from '../../components/EmployeePicker';
import { addDays, todayLocal } from '../../lib/dates';

export interface LegValues {
  key: string;
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate: string;
}

export type EstimateValues = Record<keyof CostEstimate, number | null>;

export interface RequestFormValues {
  purpose: string;
  travellers: PickedEmployee[];
  legs: LegValues[];
  estimate: EstimateValues;
  projectId: string;
  costCentreId: string;
  /** 费用归属 */
  costBearer: CostBearer;
}

export type RequestField = 'purpose' | 'travellers' | 'itinerary' | 'estimate' | 'projectId' | 'costCentreId' | 'costBearer';

let legCounter = 0;
export function newLeg(partial: Partial<LegValues> = {}): LegValues {
  legCounter += 1;
  const depart = addDays(todayLocal(), 7);
  return { key: `leg-${legCounter}`, fromCity: '', toCity: '', departDate: depart, returnDate: '', ...partial };
}

export const EMPTY_ESTIMATE: EstimateValues = { flight: null, hotel: null, train: null, car: null, other: null };

export function emptyRequest(me: PickedEmployee | null): RequestFormValues {
  return {
    purpose: '',
    travellers: me ? [me] : [],
    legs: [newLeg()],
    estimate: { ...EMPTY_ESTIMATE },
    projectId: '',
    costCentreId: '',
    costBearer: 'traveller_department',
  };
}

export function valuesFromRequest(r: TravelRequest): RequestFormValues {
  const estimate = { ...EMPTY_ESTIMATE };
  for (const c of ESTIMATE_CATEGORIES) estimate[c] = r.estimate[c] || null;
  return {
    purpose: r.purpose,
    travellers: r.travellers.map((t) => ({ id: t.employeeId, name: t.name, departmentName: t.departmentName })),
    legs: r.itinerary.map((l) =>
      newLeg({ fromCity: l.fromCity, toCity: l.toCity, departDate: l.departDate, returnDate: l.returnDate ?? '' }),
    ),
    estimate,
    projectId: r.projectId ?? '',
    costCentreId: r.costCentreId ?? '',
    costBearer: r.costBearer,
  };
}

export function estimateTotal(e: EstimateValues): number {
  return ESTIMATE_CATEGORIES.reduce((sum, c) => sum + (e[c] ?? 0), 0);
}

/** The first departure date, which picks the budget periods. */
export function firstDepartDate(legs: LegValues[]): string {
  return (
    legs
      .map((l) => l.departDate)
      .filter(Boolean)
      .sort()[0] ?? ''
  );
}

export function toWrite(v: RequestFormValues): TravelRequestWrite {
  const estimate: CostEstimate = { flight: 0, hotel: 0, train: 0, car: 0, other: 0 };
  for (const c of ESTIMATE_CATEGORIES) estimate[c] = v.estimate[c] ?? 0;
  return {
    purpose: v.purpose.trim(),
    travellerIds: v.travellers.map((t) => t.id),
    itinerary: v.legs.map((l) => ({ fromCity: l.fromCity, toCity: l.toCity, departDate: l.departDate, returnDate: l.returnDate || null })),
    estimate,
    ...(v.projectId ? { projectId: v.projectId } : {}),
    ...(v.costCentreId ? { costCentreId: v.costCentreId } : {}),
    costBearer: v.costBearer,
  };
}

export type LegProblem = 'fromCity' | 'toCity' | 'departDate' | 'returnDate' | 'sameCity';

/** Client-side checks: what is missing or inconsistent; the server validates the rest. */
export function checkForm(v: RequestFormValues): {
  purpose?: true;
  travellers?: true;
  estimate?: true;
  /** The chosen bearer is not named: no cost centre or project picked. */
  bearer?: 'needsCostCentre' | 'needsProject';
  legs: Map<string, LegProblem[]>;
} {
  const legs = new Map<string, LegProblem[]>();
  for (const leg of v.legs) {
    const problems: LegProblem[] = [];
    if (!leg.fromCity) problems.push('fromCity');
    if (!leg.toCity) problems.push('toCity');
    if (leg.fromCity && leg.fromCity === leg.toCity) problems.push('sameCity');
    if (!leg.departDate) problems.push('departDate');
    if (leg.returnDate && leg.departDate && leg.returnDate < leg.departDate) problems.push('returnDate');
    if (problems.length > 0) legs.set(leg.key, problems);
  }
  return {
    ...(v.purpose.trim() === '' ? { purpose: true as const } : {}),
    ...(v.travellers.length === 0 ? { travellers: true as const } : {}),
    ...(estimateTotal(v.estimate) <= 0 ? { estimate: true as const } : {}),
    ...(v.costBearer === 'cost_centre' && !v.costCentreId ? { bearer: 'needsCostCentre' as const } : {}),
    ...(v.costBearer === 'project' && !v.projectId ? { bearer: 'needsProject' as const } : {}),
    legs,
  };
}
