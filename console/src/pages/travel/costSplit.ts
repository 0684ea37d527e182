import type { CostBearer, CostShare } from '../../api/types';

/** A share as the form shows it before the server has charged anything. */
export interface SplitRow {
  travellerId: string;
  travellerName: string;
  amountFen: number;
  bearerType: CostShare['bearerType'];
  /** The department (by the traveller's) or the chosen cost centre / project, by name; '' when unknown. */
  bearerName: string;
}

/**
 * The server's rule (travel/cost-shares.ts), for the form's preview: the estimate split equally in
 * fen, the remainder on the first traveller; each share borne by the traveller's department, or the
 * chosen cost centre or project.
 */
export function splitShares(
  totalFen: number,
  travellers: readonly { id: string; name: string; departmentName?: string }[],
  bearer: CostBearer,
  bearerName: string,
): SplitRow[] {
  const n = travellers.length;
  if (n === 0 || totalFen < 0) return [];
  const each = Math.floor(totalFen / n);
  const remainder = totalFen - each * n;
  const bearerType: CostShare['bearerType'] = bearer === 'traveller_department' ? 'department' : bearer;
  return travellers.map((t, i) => ({
    travellerId: t.id,
    travellerName: t.name,
    amountFen: each + (i === 0 ? remainder : 0),
    bearerType,
    bearerName: bearer === 'traveller_department' ? (t.departmentName ?? '') : bearerName,
  }));
}
