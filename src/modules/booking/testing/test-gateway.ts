import type { OfferOf, SearchOutcome, SupplierAdapter, SupplierCategory, SupplierGateway } from '../../suppliers/index.ts';

const notUsed = () => Promise.reject(new Error('the test gateway only searches'));

/**
 * A gateway over in-process adapters for tests and the benchmark: searches every adapter of the
 * category in parallel, a throwing one reported as a failure (no retries, no breaker: the real
 * gateway's business, tested there).
 */
export function testGateway(adapters: readonly SupplierAdapter[], weights: Readonly<Record<string, number>> = {}): SupplierGateway {
  return {
    async search<C extends SupplierCategory>(category: C, query: Parameters<SupplierAdapter<C>['search']>[0]): Promise<SearchOutcome<C>> {
      const mine = adapters.filter((a): a is SupplierAdapter<C> => a.category === category);
      const signal = new AbortController().signal;
      const results = await Promise.all(
        mine.map(async (a) => {
          const start = performance.now();
          try {
            return { a, offers: await a.search(query, { signal }), error: null, ms: performance.now() - start };
          } catch (err) {
            return {
              a,
              offers: [] as OfferOf[C][],
              error: err instanceof Error ? err.message : String(err),
              ms: performance.now() - start,
            };
          }
        }),
      );
      return {
        offers: results.flatMap((r) => r.offers),
        failures: results
          .filter((r) => r.error !== null)
          .map((r) => ({ supplierCode: r.a.supplierCode, reason: 'ERROR' as const, message: r.error ?? '' })),
        asked: results.map((r) => ({
          supplierCode: r.a.supplierCode,
          rankingWeight: weights[r.a.supplierCode] ?? 50,
          latencyMs: Math.round(r.ms),
        })),
      };
    },
    hold: notUsed,
    release: notUsed,
    book: notUsed,
    change: notUsed,
    cancel: notUsed,
    status: notUsed,
  };
}
