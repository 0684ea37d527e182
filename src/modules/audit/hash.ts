import { createHash } from 'node:crypto';

/** The platform's own audit chain (operator sign-ins, tenant management) uses the nil tenant. */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000000';
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  tenantId: string;
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  data: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
}

/** JSON with object keys sorted, so that jsonb's re-ordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(f: HashedFields): string {
  const material = canonicalJson([
    f.tenantId,
    f.seq,
    f.at.toISOString(),
    f.actorKind,
    f.actorId,
    f.actorName,
    f.action,
    f.entityType,
    f.entityId,
    f.summary,
    f.data,
    f.requestId,
    f.ip,
    f.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
