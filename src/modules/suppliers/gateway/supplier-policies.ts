import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  isBrokenCircuitError,
  isIsolatedCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { SupplierError, type SupplierOperation } from '../adapter-types.ts';

export interface GatewayOptions {
  /** The most a caller waits for an operation, retries included (ms). Default: search 3,000, others 10,000. */
  deadlineMs?: Partial<Record<SupplierOperation, number>>;
  /** The most one attempt may take (ms); a timed-out attempt is retried while the deadline allows. Default: search 3,000, others 4,000. */
  attemptTimeoutMs?: Partial<Record<SupplierOperation, number>>;
  /** Retries after the first attempt, for retryable failures only. Default: search 1, others 2. */
  retries?: Partial<Record<SupplierOperation, number>>;
  /** Exponential backoff between attempts (decorrelated jitter). Default 100 ms first, 2,000 ms at most. */
  backoff?: { initialDelayMs?: number; maxDelayMs?: number };
  /** The circuit opens after this many failures in a row (default 5) and half-opens after halfOpenAfterMs (default 30,000). */
  breaker?: { consecutiveFailures?: number; halfOpenAfterMs?: number };
  /** How long the registry's statuses and weights are kept (ms, default 2,000). */
  registryTtlMs?: number;
}

const defaults = {
  deadline: (op: SupplierOperation) => (op === 'search' ? 3_000 : 10_000),
  attempt: (op: SupplierOperation) => (op === 'search' ? 3_000 : 4_000),
  retries: (op: SupplierOperation) => (op === 'search' ? 1 : 2),
};

/** An attempt's timeout or an error that is not the supplier's refusal: worth trying again. */
export const isRetryable = (err: unknown): boolean =>
  err instanceof SupplierError ? err.retryable : !isBrokenCircuitError(err) && !isIsolatedCircuitError(err);

/**
 * Whether a failure counts against the supplier's circuit: timeouts, outages, anything unexpected;
 * not a business refusal (sold out is the supplier working).
 */
const isSupplierFault = (err: unknown): boolean => (err instanceof SupplierError ? err.retryable : true);

export const isTimeout = (err: unknown): boolean => isTaskCancelledError(err) || (err instanceof Error && err.name === 'AbortError');

/**
 * The resilience policies of the gateway: a circuit breaker per supplier (shared by every call to
 * it, whatever the category), and per operation a deadline, retries with backoff and an attempt
 * timeout. A call runs as deadline( retry( breaker( attemptTimeout( adapter ) ) ) ): every attempt
 * counts towards the breaker, an open circuit stops the retries at once, and the adapter gets the
 * attempt's AbortSignal (aborted at the attempt's timeout or the deadline).
 */
export function policiesOf(options: GatewayOptions) {
  const breakers = new Map<string, CircuitBreakerPolicy>();
  const pipelines = new Map<SupplierOperation, (breaker: CircuitBreakerPolicy) => IPolicy<{ signal: AbortSignal }>>();
  const backoff = new ExponentialBackoff({
    initialDelay: options.backoff?.initialDelayMs ?? 100,
    maxDelay: options.backoff?.maxDelayMs ?? 2_000,
  });

  const breakerOf = (supplierCode: string): CircuitBreakerPolicy => {
    let breaker = breakers.get(supplierCode);
    if (!breaker) {
      breaker = circuitBreaker(handleWhen(isSupplierFault), {
        halfOpenAfter: options.breaker?.halfOpenAfterMs ?? 30_000,
        breaker: new ConsecutiveBreaker(options.breaker?.consecutiveFailures ?? 5),
      });
      breakers.set(supplierCode, breaker);
    }
    return breaker;
  };

  const pipelineOf = (operation: SupplierOperation) => {
    let make = pipelines.get(operation);
    if (!make) {
      const deadline = timeout(options.deadlineMs?.[operation] ?? defaults.deadline(operation), TimeoutStrategy.Aggressive);
      const attempt = timeout(options.attemptTimeoutMs?.[operation] ?? defaults.attempt(operation), TimeoutStrategy.Aggressive);
      const retries = retry(handleWhen(isRetryable), { maxAttempts: options.retries?.[operation] ?? defaults.retries(operation), backoff });
      make = (breaker) => wrap(deadline, retries, breaker, attempt);
      pipelines.set(operation, make);
    }
    return make;
  };

  return {
    breakerOf,
    /** Runs fn for one supplier and operation through its policies. */
    run<T>(supplierCode: string, operation: SupplierOperation, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
      return pipelineOf(operation)(breakerOf(supplierCode)).execute(({ signal }) => fn(signal));
    },
  };
}
