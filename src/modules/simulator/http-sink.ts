import { SIGNATURE_HEADER, SUPPLIER_HEADER, TIMESTAMP_HEADER, signatureHeader, type SupplierEvent } from '../suppliers/index.ts';
import type { EventSink } from './outbox.ts';

export interface HttpEventSinkOptions {
  /** The ingestion endpoint: http://127.0.0.1:3000/api/v1/ingest/events. */
  url: string;
  /** The supplier's signing keys in force (several during a rotation: each signs). */
  secretOf: (supplierCode: string) => readonly Buffer[];
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds since the epoch (the signature's timestamp). */
  now?: () => number;
  timeoutMs?: number;
}

/** Posts each batch signed as a real supplier would; anything but a 2xx is a failure to retry. */
export function httpEventSink(options: HttpEventSinkOptions): EventSink {
  const send = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  return async (supplierCode: string, events: SupplierEvent[]) => {
    const secrets = options.secretOf(supplierCode);
    if (secrets.length === 0) throw new Error(`no signing key for ${supplierCode}`);
    const body = JSON.stringify({ events });
    const timestamp = Math.floor(now() / 1000);
    const response = await send(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SUPPLIER_HEADER]: supplierCode,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signatureHeader(secrets, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    // Drain the body so the connection can be reused.
    const text = await response.text();
    if (!response.ok) throw new Error(`ingestion answered ${response.status}: ${text.slice(0, 200)}`);
  };
}
