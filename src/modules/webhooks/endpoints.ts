import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { PiiCipher } from '../../platform/crypto/pii.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { inTenantScope } from '../../platform/db/scope.ts';
import { notFound, validationFailed } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { checkWebhookUrl, dnsResolveAll, type ResolveAll, type WebhookAddressSettings } from './address-guard.ts';
import { ALL_EVENTS } from './event-types.ts';
import { webhookEndpoints } from './schema.ts';

/** How long the previous secret still signs after a rotation, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

export interface EndpointDeps {
  db: Db;
  cipher: PiiCipher;
  settings: WebhookAddressSettings;
  resolveAll?: ResolveAll;
}

export interface EndpointView {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
  disabledReason: 'gone' | null;
  /** Until when the previous secret still signs beside the new one (after a rotation). */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

type Row = typeof webhookEndpoints.$inferSelect;

const view = (r: Row, now: Date): EndpointView => ({
  id: r.id,
  url: r.url,
  description: r.description,
  eventTypes: r.eventTypes,
  active: r.active,
  disabledReason: r.disabledReason,
  previousSecretExpiresAt: r.previousSecretExpiresAt && r.previousSecretExpiresAt > now ? r.previousSecretExpiresAt.toISOString() : null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** A new signing secret: 32 random bytes, recognisable by its prefix when it leaks into a log. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** '*' stands alone: with it, naming types besides would mean nothing. */
const normalisedTypes = (types: readonly string[]): string[] => (types.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(types)].sort());

async function checkedUrl(deps: EndpointDeps, url: string): Promise<string> {
  const check = await checkWebhookUrl(url, deps.settings, deps.resolveAll ?? dnsResolveAll);
  if (!check.ok) throw validationFailed([{ path: 'url', message: check.detail }]);
  return check.url.toString();
}

const audit = (tx: Tx, actor: Actor, r: Row, action: string, summary: string, data: Record<string, unknown>) =>
  appendAudit(tx, {
    tenantId: r.tenantId,
    actor,
    action,
    entityType: 'webhook_endpoint',
    entityId: r.id,
    summary,
    data: { url: r.url, ...data },
  });

export interface EndpointInput {
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
}

/** Creates an endpoint after checking its URL; the secret is returned this once. */
export async function createEndpoint(
  deps: EndpointDeps,
  tenantId: string,
  actor: Actor,
  input: EndpointInput,
  now: Date,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const url = await checkedUrl(deps, input.url);
  const secret = newSecret();
  return inTenantScope(deps.db, [tenantId], async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        tenantId,
        id: newId(),
        url,
        description: input.description.trim(),
        eventTypes: normalisedTypes(input.eventTypes),
        secretEnc: deps.cipher.encrypt(secret),
        active: input.active,
        createdBy: actor.kind === 'account' ? actor.id : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, actor, row, 'webhook_endpoint.created', `Webhook endpoint ${url} created`, { eventTypes: row.eventTypes });
    return { endpoint: view(row, now), secret };
  });
}

export async function listEndpoints(db: Db, tenantIds: readonly string[], now: Date): Promise<EndpointView[]> {
  return inTenantScope(db, tenantIds, async (tx) =>
    (await tx.select().from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))).map((r) =>
      view(r, now),
    ),
  );
}

async function lockedEndpoint(tx: Tx, id: string): Promise<Row> {
  const [row] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).for('update');
  if (!row) throw notFound('webhook_endpoint');
  return row;
}

/** Changes what is given; a new URL is checked again; enabling clears why it was switched off. */
export async function updateEndpoint(
  deps: EndpointDeps,
  tenantIds: readonly string[],
  actor: Actor,
  id: string,
  patch: Partial<EndpointInput>,
  now: Date,
): Promise<EndpointView> {
  const url = patch.url === undefined ? undefined : await checkedUrl(deps, patch.url);
  return inTenantScope(deps.db, tenantIds, async (tx) => {
    const before = await lockedEndpoint(tx, id);
    const changes = {
      ...(url === undefined ? {} : { url }),
      ...(patch.description === undefined ? {} : { description: patch.description.trim() }),
      ...(patch.eventTypes === undefined ? {} : { eventTypes: normalisedTypes(patch.eventTypes) }),
      ...(patch.active === undefined ? {} : { active: patch.active, disabledReason: null }),
    };
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ ...changes, updatedAt: now })
      .where(and(eq(webhookEndpoints.tenantId, before.tenantId), eq(webhookEndpoints.id, id)))
      .returning();
    if (!row) throw notFound('webhook_endpoint');
    const action =
      patch.active === true && !before.active
        ? 'webhook_endpoint.enabled'
        : patch.active === false && before.active
          ? 'webhook_endpoint.disabled'
          : 'webhook_endpoint.updated';
    await audit(tx, actor, row, action, `Webhook endpoint ${row.url} changed`, {
      before: { url: before.url, description: before.description, eventTypes: before.eventTypes, active: before.active },
      after: { url: row.url, description: row.description, eventTypes: row.eventTypes, active: row.active },
    });
    return view(row, now);
  });
}

/** Deletes an endpoint with its delivery log (nothing more is sent to it). */
export async function deleteEndpoint(db: Db, tenantIds: readonly string[], actor: Actor, id: string): Promise<void> {
  await inTenantScope(db, tenantIds, async (tx) => {
    const row = await lockedEndpoint(tx, id);
    await tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, row.tenantId), eq(webhookEndpoints.id, id)));
    await audit(tx, actor, row, 'webhook_endpoint.deleted', `Webhook endpoint ${row.url} deleted`, {});
  });
}

/**
 * A new secret, returned this once. The previous one keeps signing beside it (two v1= values in
 * the signature header) for ROTATION_OVERLAP_MS, so a receiver that has not switched yet still
 * verifies.
 */
export async function rotateSecret(
  deps: Pick<EndpointDeps, 'db' | 'cipher'>,
  tenantIds: readonly string[],
  actor: Actor,
  id: string,
  now: Date,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const secret = newSecret();
  return inTenantScope(deps.db, tenantIds, async (tx) => {
    const before = await lockedEndpoint(tx, id);
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        secretEnc: deps.cipher.encrypt(secret),
        previousSecretEnc: before.secretEnc,
        previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.tenantId, before.tenantId), eq(webhookEndpoints.id, id)))
      .returning();
    if (!row) throw notFound('webhook_endpoint');
    await audit(tx, actor, row, 'webhook_endpoint.secret_rotated', `Webhook endpoint ${row.url}: signing secret rotated`, {});
    return { endpoint: view(row, now), secret };
  });
}
