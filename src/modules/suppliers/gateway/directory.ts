import type { Db } from '../../../platform/db/database.ts';
import { inSystemScope } from '../../../platform/db/scope.ts';
import type { SupplierCategory } from '../adapter-types.ts';
import { suppliers, type SupplierStatus } from '../schema.ts';

/** What the gateway needs to know of a supplier: whether it may be called, and its weight. */
export interface SupplierState {
  id: string;
  code: string;
  status: SupplierStatus;
  rankingWeight: number;
  categories: readonly SupplierCategory[];
}

/** The registry as the gateway reads it: every supplier by code. */
export interface SupplierDirectory {
  states(): Promise<ReadonlyMap<string, SupplierState>>;
}

/**
 * The registry read from the database and kept for `ttlMs` (default 2 s): every call consults it,
 * and a status or weight change reaches the gateway within that time. Concurrent misses share
 * one read.
 */
export function supplierDirectoryOf(db: Db, ttlMs = 2000): SupplierDirectory {
  let cached: { at: number; states: Promise<ReadonlyMap<string, SupplierState>> } | null = null;
  const load = async (): Promise<ReadonlyMap<string, SupplierState>> => {
    const rows = await inSystemScope(db, (tx) =>
      tx
        .select({
          id: suppliers.id,
          code: suppliers.code,
          status: suppliers.status,
          rankingWeight: suppliers.rankingWeight,
          categories: suppliers.categories,
        })
        .from(suppliers),
    );
    return new Map(rows.map((r) => [r.code, { ...r, categories: r.categories as SupplierCategory[] }]));
  };
  return {
    states() {
      const now = Date.now();
      if (!cached || now - cached.at > ttlMs || now < cached.at) {
        const states = load();
        cached = { at: now, states };
        // A failed read is not kept: the next call tries again.
        states.catch(() => {
          if (cached?.states === states) cached = null;
        });
      }
      return cached.states;
    },
  };
}

/** A fixed directory (tests, tools). */
export const staticDirectory = (states: readonly SupplierState[]): SupplierDirectory => {
  const map = new Map(states.map((s) => [s.code, s]));
  return { states: async () => map };
};
