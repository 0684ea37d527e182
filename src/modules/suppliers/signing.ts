/**
 * Signing of supplier events (the Stripe / PagerDuty way): the sender computes
 * HMAC-SHA256(secret, "<timestamp>.<raw body>") and sends `Tripdesk-Timestamp: <unix seconds>`
 * and `Tripdesk-Signature: v1=<hex>[,v1=<hex>…]` (one value per key it holds during a rotation).
 * The receiver accepts the request when any value matches any key in force and the timestamp is
 * within the tolerance of its clock (a replay outside the window is refused even with a valid
 * signature). Comparison is constant-time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'tripdesk-signature';
export const TIMESTAMP_HEADER = 'tripdesk-timestamp';
export const SUPPLIER_HEADER = 'tripdesk-supplier';
/** Five minutes either way, as Stripe. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signatureOf(secret: Buffer | string, timestamp: number, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The header value for a body signed with each of the given secrets. */
export function signatureHeader(secrets: readonly (Buffer | string)[], timestamp: number, rawBody: Buffer | string): string {
  return secrets.map((s) => `v1=${signatureOf(s, timestamp, rawBody)}`).join(',');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'MISSING' | 'MALFORMED' | 'STALE' | 'MISMATCH' };

/** Checks a signed request; `now` in milliseconds. */
export function verifySignature(args: {
  header: string | undefined;
  timestamp: string | undefined;
  rawBody: Buffer | string;
  secrets: readonly (Buffer | string)[];
  now: number;
  toleranceSeconds?: number;
}): SignatureCheck {
  if (!args.header || !args.timestamp) return { ok: false, reason: 'MISSING' };
  if (!/^\d{1,12}$/.test(args.timestamp)) return { ok: false, reason: 'MALFORMED' };
  const ts = Number(args.timestamp);
  if (Math.abs(args.now / 1000 - ts) > (args.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { ok: false, reason: 'STALE' };
  const given = args.header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .map((part) => part.slice(3));
  if (given.length === 0 || given.length > 10 || given.some((g) => !/^[0-9a-f]{64}$/.test(g))) return { ok: false, reason: 'MALFORMED' };
  const provided = given.map((g) => Buffer.from(g, 'hex'));
  for (const secret of args.secrets) {
    const expected = Buffer.from(signatureOf(secret, ts, args.rawBody), 'hex');
    if (provided.some((p) => timingSafeEqual(p, expected))) return { ok: true };
  }
  return { ok: false, reason: 'MISMATCH' };
}
