import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { departments, employees, ranks } from '../../org/index.ts';
import type { Traveller } from '../../policy/index.ts';
import type { PastBooking } from '../past-booking.ts';

/** The organisation as a replay needs it, read in three statements whatever the number of bookings. */
export interface OrgFacts {
  /** The booking's traveller for the engine; null when the rank or department cannot be known. */
  travellerOf(booking: PastBooking): Traveller | null;
  departmentName(id: string): string;
}

const ID_CHUNK = 5_000;
/** Deeper than any real organisation; a corrupt loop stops here. */
const MAX_DEPTH = 64;

export async function loadOrgFacts(tx: Tx, tenantId: string, bookings: readonly PastBooking[]): Promise<OrgFacts> {
  const ids = [...new Set(bookings.flatMap((b) => (b.traveller.employeeId === null ? [] : [b.traveller.employeeId])))];
  const people = new Map<string, { rank: string; departmentId: string }>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await tx
      .select({ id: employees.id, rank: employees.rank, departmentId: employees.departmentId })
      .from(employees)
      .where(and(eq(employees.tenantId, tenantId), inArray(employees.id, ids.slice(i, i + ID_CHUNK))));
    for (const r of rows) people.set(r.id, r);
  }
  const levels = new Map(
    (await tx.select({ code: ranks.code, level: ranks.level }).from(ranks).where(eq(ranks.tenantId, tenantId))).map((r) => [
      r.code,
      r.level,
    ]),
  );
  const tree = new Map(
    (
      await tx
        .select({ id: departments.id, parentId: departments.parentId, name: departments.name })
        .from(departments)
        .where(eq(departments.tenantId, tenantId))
    ).map((d) => [d.id, d]),
  );
  const chains = new Map<string, string[]>();
  // Nearest first, as the org module's departmentChain answers, computed in memory.
  const chainOf = (id: string): string[] => {
    const known = chains.get(id);
    if (known) return known;
    const chain: string[] = [];
    for (let at: string | null = id; at !== null && chain.length < MAX_DEPTH && !chain.includes(at); at = tree.get(at)?.parentId ?? null) {
      if (!tree.has(at)) break;
      chain.push(at);
    }
    chains.set(id, chain);
    return chain;
  };
  // One Traveller object per rank and department, so compiled policies can be shared by key.
  const travellers = new Map<string, Traveller>();
  return {
    travellerOf(booking) {
      const person = booking.traveller.employeeId === null ? undefined : people.get(booking.traveller.employeeId);
      const rankCode = booking.traveller.rankCode ?? person?.rank ?? null;
      const departmentId = booking.traveller.departmentId ?? person?.departmentId ?? null;
      if (rankCode === null || departmentId === null) return null;
      const rankLevel = levels.get(rankCode);
      if (rankLevel === undefined || !tree.has(departmentId)) return null;
      const key = `${rankCode}\u0000${departmentId}`;
      let t = travellers.get(key);
      if (!t) {
        t = { employeeId: key, rankCode, rankLevel, departmentId, departmentChain: chainOf(departmentId) };
        travellers.set(key, t);
      }
      return t;
    },
    departmentName: (id) => tree.get(id)?.name ?? '',
  };
}
