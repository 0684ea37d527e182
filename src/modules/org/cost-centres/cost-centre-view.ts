import type { costCentres } from '../schema.ts';

export interface CostCentreView {
  id: string;
  code: string;
  name: string;
  ownerEmployeeId: string | null;
  externalId: string | null;
}

export const costCentreView = (r: typeof costCentres.$inferSelect): CostCentreView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  ownerEmployeeId: r.ownerEmployeeId,
  externalId: r.externalId,
});
