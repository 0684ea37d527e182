import client from 'prom-client';

const NAME = 'tripdesk_supplier_call_seconds';

/** Observes one call's latency by supplier, operation and outcome. */
export type CallObserver = (labels: { supplier: string; operation: string; outcome: string }, seconds: number) => void;

/**
 * The histogram `tripdesk_supplier_call_seconds{supplier,operation,outcome}` in the given registry
 * (the app's, served at /metrics), created once per registry; without one nothing is observed.
 */
export function callObserverOf(registry: client.Registry | undefined): CallObserver {
  if (!registry) return () => {};
  const existing = registry.getSingleMetric(NAME);
  const histogram =
    existing instanceof client.Histogram
      ? (existing as client.Histogram<'supplier' | 'operation' | 'outcome'>)
      : new client.Histogram({
          name: NAME,
          help: 'Supplier calls through the gateway: latency by supplier, operation and outcome (ok, error, timeout, circuit_open)',
          labelNames: ['supplier', 'operation', 'outcome'],
          buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
          registers: [registry],
        });
  return (labels, seconds) => histogram.observe(labels, seconds);
}
