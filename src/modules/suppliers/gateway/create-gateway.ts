import { performance } from 'node:perf_hooks';
import { isBrokenCircuitError, isIsolatedCircuitError } from 'cockatiel';
import type { Registry } from 'prom-client';
import {
  SupplierError,
  type CallContext,
  type OfferOf,
  type QueryOf,
  type SupplierAdapter,
  type SupplierCategory,
  type SupplierOperation,
} from '../adapter-types.ts';
import type { CallSink, SupplierLogger } from '../call-log.ts';
import type { SearchOutcome, SupplierFailure, SupplierGateway } from '../gateway-types.ts';
import type { CallOutcome } from '../schema.ts';
import { callObserverOf } from './call-metrics.ts';
import type { SupplierDirectory, SupplierState } from './directory.ts';
import { GatewayError } from './gateway-error.ts';
import { isTimeout, policiesOf, type GatewayOptions } from './supplier-policies.ts';

export interface GatewayDeps {
  /** One adapter per supplier and category. */
  adapters: readonly SupplierAdapter[];
  /** The registry: who may be called, and their weights (supplierDirectoryOf(db)). */
  directory: SupplierDirectory;
  /** The call log (createCallLog(db)); rows are buffered there, never awaited here. */
  callLog?: CallSink;
  logger?: SupplierLogger;
  /** The registry /metrics serves; the histogram tripdesk_supplier_call_seconds is added to it. */
  metrics?: Registry;
  options?: GatewayOptions;
  /** Clock for the call log's timestamps (tests). */
  now?: () => Date;
}

type Result<T> = { ok: true; value: T; latencyMs: number } | { ok: false; error: GatewayError; latencyMs: number };

/** The outcome and error code a failed call is logged with, and the error the caller gets. */
function classify(code: string, err: unknown): { outcome: CallOutcome; errorCode: string; error: GatewayError } {
  if (isBrokenCircuitError(err) || isIsolatedCircuitError(err)) {
    const message = `Supplier ${code} is failing: its circuit is open, not called`;
    return { outcome: 'circuit_open', errorCode: 'CIRCUIT_OPEN', error: new GatewayError(code, 'CIRCUIT_OPEN', message) };
  }
  if (isTimeout(err)) {
    return {
      outcome: 'timeout',
      errorCode: 'TIMEOUT',
      error: new GatewayError(code, 'TIMEOUT', `Supplier ${code} did not answer in time`),
    };
  }
  if (err instanceof SupplierError) {
    const reason = err.retryable ? 'ERROR' : 'REFUSED';
    return { outcome: 'error', errorCode: err.code, error: new GatewayError(code, reason, `Supplier ${code}: ${err.message}`, err.code) };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { outcome: 'error', errorCode: 'EXCEPTION', error: new GatewayError(code, 'ERROR', `Supplier ${code} failed: ${message}`) };
}

/**
 * The supplier gateway over the given adapters: every call goes through the supplier's circuit
 * breaker, the operation's deadline, retries and attempt timeout (supplier-policies.ts), and is
 * logged (pino line, histogram, call log row). Suspended suppliers and suppliers not in the
 * registry are never called.
 */
export function createSupplierGateway(deps: GatewayDeps): SupplierGateway {
  const policies = policiesOf(deps.options ?? {});
  const observe = callObserverOf(deps.metrics);
  const now = deps.now ?? (() => new Date());
  const adapters = new Map<string, SupplierAdapter>();
  for (const adapter of deps.adapters) adapters.set(`${adapter.supplierCode}/${adapter.category}`, adapter);

  async function call<T>(
    state: SupplierState,
    category: SupplierCategory,
    operation: SupplierOperation,
    fn: (ctx: CallContext) => Promise<T>,
  ): Promise<Result<T>> {
    const at = now();
    const started = performance.now();
    let attempts = 0;
    let result: Result<T>;
    let outcome: CallOutcome = 'ok';
    let errorCode: string | null = null;
    try {
      const value = await policies.run(state.code, operation, (signal) => {
        attempts += 1;
        return fn({ signal });
      });
      result = { ok: true, value, latencyMs: performance.now() - started };
    } catch (err) {
      const failure = classify(state.code, err);
      outcome = failure.outcome;
      errorCode = failure.errorCode;
      result = { ok: false, error: failure.error, latencyMs: performance.now() - started };
    }
    const latencyMs = Math.round(result.latencyMs);
    const line = { supplier: state.code, category, operation, outcome, errorCode, attempts, latencyMs };
    if (outcome === 'ok') deps.logger?.info(line, 'supplier call');
    else deps.logger?.warn(line, 'supplier call failed');
    observe({ supplier: state.code, operation, outcome }, result.latencyMs / 1000);
    deps.callLog?.record({ supplierId: state.id, category, operation, outcome, errorCode, attempts, latencyMs, at });
    return result;
  }

  /** The supplier's state and adapter for a call that names it; refuses what may not be called. */
  async function target<C extends SupplierCategory>(category: C, code: string) {
    const state = (await deps.directory.states()).get(code);
    const adapter = adapters.get(`${code}/${category}`) as SupplierAdapter<C> | undefined;
    if (!state || !adapter || !state.categories.includes(category)) {
      throw new GatewayError(code, 'UNKNOWN_SUPPLIER', `No ${category} supplier ${code}`);
    }
    if (state.status === 'suspended') throw new GatewayError(code, 'SUSPENDED', `Supplier ${code} is suspended`);
    return { state, adapter };
  }

  async function one<C extends SupplierCategory, T>(
    category: C,
    code: string,
    operation: SupplierOperation,
    fn: (adapter: SupplierAdapter<C>, ctx: CallContext) => Promise<T>,
  ): Promise<T> {
    const { state, adapter } = await target(category, code);
    const result = await call(state, category, operation, (ctx) => fn(adapter, ctx));
    if (!result.ok) throw result.error;
    return result.value;
  }

  return {
    async search<C extends SupplierCategory>(
      category: C,
      query: QueryOf[C],
      options?: { suppliers?: readonly string[] },
    ): Promise<SearchOutcome<C>> {
      const states = await deps.directory.states();
      const only = options?.suppliers ? new Set(options.suppliers) : null;
      const asked = [...states.values()].filter(
        (s) => s.status !== 'suspended' && s.categories.includes(category) && (only === null || only.has(s.code)),
      );
      type Answer = { state: SupplierState; latencyMs: number } & ({ offers: OfferOf[C][] } | { failure: SupplierFailure });
      const answers = await Promise.all(
        asked.map(async (state): Promise<Answer> => {
          const adapter = adapters.get(`${state.code}/${category}`) as SupplierAdapter<C> | undefined;
          if (!adapter) {
            return {
              state,
              latencyMs: 0,
              failure: { supplierCode: state.code, reason: 'ERROR', message: `No ${category} adapter for ${state.code}` },
            };
          }
          const result = await call(state, category, 'search', (ctx) => adapter.search(query, ctx));
          if (result.ok) return { state, offers: result.value, latencyMs: result.latencyMs };
          const reason: SupplierFailure['reason'] =
            result.error.reason === 'TIMEOUT' || result.error.reason === 'CIRCUIT_OPEN' ? result.error.reason : 'ERROR';
          return { state, latencyMs: result.latencyMs, failure: { supplierCode: state.code, reason, message: result.error.message } };
        }),
      );
      const outcome: SearchOutcome<C> = { offers: [], failures: [], asked: [] };
      for (const answer of answers) {
        if ('offers' in answer) outcome.offers.push(...answer.offers);
        else outcome.failures.push(answer.failure);
        outcome.asked.push({
          supplierCode: answer.state.code,
          rankingWeight: answer.state.rankingWeight,
          latencyMs: Math.round(answer.latencyMs),
        });
      }
      return outcome;
    },
    hold: (category, code, request) => one(category, code, 'hold', (a, ctx) => a.hold(request, ctx)),
    release: (category, code, holdId) => one(category, code, 'release', (a, ctx) => a.release(holdId, ctx)),
    book: (category, code, request) => one(category, code, 'book', (a, ctx) => a.book(request, ctx)),
    change: (category, code, request) => one(category, code, 'change', (a, ctx) => a.change(request, ctx)),
    cancel: (category, code, request) => one(category, code, 'cancel', (a, ctx) => a.cancel(request, ctx)),
    status: (category, code, bookingRef) => one(category, code, 'status', (a, ctx) => a.status(bookingRef, ctx)),
  };
}
