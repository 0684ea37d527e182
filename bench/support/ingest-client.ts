/**
 * The ingest benchmark's clients, in a worker thread so that they do not share the server's event
 * loop (as autocannon does for the api benchmark): `clients` connections POST the signed batches
 * given, each as soon as its previous answer is in. Waits for 'go', answers with each batch's
 * milliseconds.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface IngestClientJob {
  url: string;
  clients: number;
  requests: { body: string; headers: Record<string, string> }[];
}

export type IngestClientAnswer = { latencies: number[] } | { error: string };

const job = workerData as IngestClientJob;

async function send(r: IngestClientJob['requests'][number]): Promise<void> {
  const res = await fetch(job.url, { method: 'POST', headers: r.headers, body: r.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`ingestion answered ${res.status}: ${text.slice(0, 300)}`);
}

async function all(): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: job.clients }, async () => {
      for (let i = next++; i < job.requests.length; i = next++) {
        const r = job.requests[i];
        if (!r) continue;
        const started = performance.now();
        await send(r);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

parentPort?.once('message', () => {
  all().then(
    (latencies) => parentPort?.postMessage({ latencies } satisfies IngestClientAnswer),
    (err: unknown) => parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies IngestClientAnswer),
  );
});
parentPort?.postMessage('ready');
