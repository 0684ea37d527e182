import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inSystemScope, inTenantScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import { signatureHeader } from '../suppliers/index.ts';
import { systemActor } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { checkWebhookUrl, dnsResolveAll, type ResolveAll, type WebhookAddressSettings } from './address-guard.ts';
import { nextAttemptAt } from './backoff.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type DeliveryStatus, type WebhookBody } from './schema.ts';
import { httpTransport, type PostResult, type Transport } from './transport.ts';

export const WEBHOOK_ID_HEADER = 'tripdesk-webhook-id';
export const DELIVERY_TIMEOUT_MS = 10_000;
/**
 * How long a claimed delivery is left to its attempt before another worker may take it: longer
 * than the timeout, so only an attempt whose process died is taken again (at least once).
 */
export const LEASE_MS = 60_000;

/** What delivering needs: the database, the cipher of the secrets, the SSRF settings, and seams for tests. */
export interface DeliveryDeps {
  db: Db;
  cipher: PiiCipher;
  settings: WebhookAddressSettings;
  resolveAll?: ResolveAll;
  transport?: Transport;
  /** For the jitter of retries. */
  random?: () => number;
  timeoutMs?: number;
}

/** A delivery taken for one attempt, with what the attempt needs of its endpoint. */
export interface Claimed {
  tenantId: string;
  id: string;
  endpointId: string;
  eventId: string;
  payload: WebhookBody;
  attemptCount: number;
  url: string;
  active: boolean;
  secrets: string[];
}

/**
 * Takes deliveries for an attempt: due ones (any tenant: a platform job, so the system scope), or
 * the one named. FOR UPDATE SKIP LOCKED lets several instances claim side by side; moving
 * next_attempt_at to the end of a lease keeps a claimed row from being claimed again once this
 * short transaction commits, while its HTTP call runs outside any transaction.
 */
export async function claimDeliveries(
  deps: Pick<DeliveryDeps, 'db' | 'cipher'>,
  now: Date,
  which: { limit: number } | { tenantId: string; id: string },
): Promise<Claimed[]> {
  return inSystemScope(deps.db, async (tx) => {
    const due = and(inArray(webhookDeliveries.status, ['pending', 'failed']), lte(webhookDeliveries.nextAttemptAt, now));
    const rows = await tx
      .select()
      .from(webhookDeliveries)
      .where('limit' in which ? due : and(due, eq(webhookDeliveries.tenantId, which.tenantId), eq(webhookDeliveries.id, which.id)))
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit('limit' in which ? which.limit : 1)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    const endpoints = await tx
      .select()
      .from(webhookEndpoints)
      .where(
        sql`(${webhookEndpoints.tenantId}, ${webhookEndpoints.id}) in (${sql.join(
          rows.map((r) => sql`(${r.tenantId}::uuid, ${r.endpointId}::uuid)`),
          sql`, `,
        )})`,
      );
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    const claimed: Claimed[] = [];
    for (const r of rows) {
      const e = endpoints.find((x) => x.tenantId === r.tenantId && x.id === r.endpointId);
      if (!e) continue;
      await tx
        .update(webhookDeliveries)
        .set({ nextAttemptAt: leaseUntil, updatedAt: now })
        .where(and(eq(webhookDeliveries.tenantId, r.tenantId), eq(webhookDeliveries.id, r.id)));
      const secrets = [deps.cipher.decrypt(e.secretEnc)];
      if (e.previousSecretEnc && e.previousSecretExpiresAt && e.previousSecretExpiresAt > now)
        secrets.push(deps.cipher.decrypt(e.previousSecretEnc));
      claimed.push({ ...r, url: e.url, active: e.active, secrets });
    }
    return claimed;
  });
}

/** The headers of a delivery: its event id, the time and the signature of "<timestamp>.<body>". */
export function signedHeaders(c: Pick<Claimed, 'eventId' | 'secrets' | 'payload'>, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Tripdesk-Webhooks/1',
    [WEBHOOK_ID_HEADER]: c.eventId,
    'tripdesk-event-type': c.payload.type,
    'tripdesk-timestamp': String(timestamp),
    'tripdesk-signature': signatureHeader(c.secrets, timestamp, body),
  };
}

// PostgreSQL text cannot hold NUL; a receiver's answer is only a log excerpt.
const storable = (text: string | null): string | null => (text === null ? null : text.replaceAll('\u0000', '').slice(0, 1_000));

export interface AttemptOutcome {
  status: DeliveryStatus;
  statusCode: number | null;
  error: string | null;
}

/**
 * One attempt of a claimed delivery: the SSRF check again (DNS may have changed since the endpoint
 * was saved), the signed POST to the checked address, then its result recorded. 2xx succeeds; 410
 * Gone disables the endpoint and ends the delivery; anything else is retried with backoff until
 * the attempts run out (dead).
 */
export async function attemptDelivery(deps: DeliveryDeps, c: Claimed, now: Date): Promise<AttemptOutcome> {
  if (!c.active) {
    return record(deps, c, now, { statusCode: null, error: 'endpoint disabled', responseMs: 0, excerpt: null }, null, { dead: true });
  }
  const check = await checkWebhookUrl(c.url, deps.settings, deps.resolveAll ?? dnsResolveAll);
  if (!check.ok) return record(deps, c, now, { statusCode: null, error: `refused: ${check.detail}`, responseMs: 0, excerpt: null }, null);
  const address = check.addresses[0];
  if (!address) throw new Error('a checked URL has an address');
  const body = JSON.stringify(c.payload);
  const result = await (deps.transport ?? httpTransport)({
    url: check.url,
    address,
    headers: signedHeaders(c, body, now),
    body,
    timeoutMs: deps.timeoutMs ?? DELIVERY_TIMEOUT_MS,
  });
  return record(deps, c, now, result, address.address);
}

async function record(
  deps: DeliveryDeps,
  c: Claimed,
  now: Date,
  result: PostResult,
  address: string | null,
  opts: { dead?: boolean } = {},
): Promise<AttemptOutcome> {
  const code = result.statusCode;
  const ok = code !== null && code >= 200 && code < 300;
  const gone = code === 410;
  const attempts = c.attemptCount + 1;
  const retryAt = ok || gone || opts.dead ? null : nextAttemptAt(attempts, now, deps.random);
  const status: DeliveryStatus = ok ? 'succeeded' : retryAt ? 'failed' : 'dead';
  const error = ok ? null : (result.error ?? (code === null ? 'no response' : `HTTP ${code}`));
  await inTenantScope(deps.db, [c.tenantId], async (tx) => {
    await tx.insert(webhookAttempts).values({
      tenantId: c.tenantId,
      id: newId(),
      deliveryId: c.id,
      attemptedAt: now,
      address,
      statusCode: code,
      error: storable(error),
      responseMs: result.responseMs,
      responseExcerpt: storable(result.excerpt),
    });
    await tx
      .update(webhookDeliveries)
      .set({
        status,
        attemptCount: attempts,
        nextAttemptAt: retryAt ?? now,
        lastStatusCode: code,
        lastError: storable(error),
        lastResponseMs: result.responseMs,
        updatedAt: now,
      })
      .where(and(eq(webhookDeliveries.tenantId, c.tenantId), eq(webhookDeliveries.id, c.id)));
    if (gone) await disableGoneEndpoint(tx, c, now);
  });
  return { status, statusCode: code, error };
}

/** A 410 Gone says the receiver is no more: the endpoint is switched off (and audited) until re-enabled. */
async function disableGoneEndpoint(tx: Tx, c: Claimed, now: Date): Promise<void> {
  const [e] = await tx
    .update(webhookEndpoints)
    .set({ active: false, disabledReason: 'gone', updatedAt: now })
    .where(and(eq(webhookEndpoints.tenantId, c.tenantId), eq(webhookEndpoints.id, c.endpointId), eq(webhookEndpoints.active, true)))
    .returning();
  if (!e) return;
  await appendAudit(tx, {
    tenantId: c.tenantId,
    actor: systemActor('webhooks'),
    action: 'webhook_endpoint.disabled',
    entityType: 'webhook_endpoint',
    entityId: e.id,
    summary: `Webhook endpoint ${e.url} disabled: it answered 410 Gone`,
    data: { url: e.url, reason: 'gone' },
  });
}
