import type { Db, Tx } from '../../platform/db/database.ts';
import { notify } from '../../platform/db/notify.ts';
import { isUuid } from '../../platform/ids.ts';

/**
 * Changes to what principals may see or do, announced to every application instance so that a
 * cached principal (auth's principal cache) never outlives them: an account's roles, status,
 * password or sessions; an API key's revocation; the set of tenants (an all-tenants role sees
 * each new one). Here, in the access module, because anything that changes such a thing
 * (accounts, keys, tenants, operator assignments) may announce it.
 */
export const PRINCIPAL_CHANGES_CHANNEL = 'tripdesk_principals';

export type PrincipalChange = { kind: 'account'; id: string } | { kind: 'api_key'; id: string } | { kind: 'all' };

/** The payload on the channel: `account:<uuid>`, `api_key:<uuid>` or `all`. */
export function formatPrincipalChange(change: PrincipalChange): string {
  return change.kind === 'all' ? 'all' : `${change.kind}:${change.id}`;
}

/** Reads a payload; anything unrecognised counts as `all`, so that a malformed message evicts too much rather than too little. */
export function parsePrincipalChange(payload: string): PrincipalChange {
  const m = /^(account|api_key):(.+)$/.exec(payload);
  if (m?.[1] && m[2] && isUuid(m[2])) return { kind: m[1] === 'account' ? 'account' : 'api_key', id: m[2] };
  return { kind: 'all' };
}

/** Hears a change announced in this process, with the database or transaction it was made through. */
type LocalListener = (change: PrincipalChange, madeThrough: Db | Tx) => void;
const localListeners = new Set<LocalListener>();

/** Hears this process's announcements at once, before they commit (auth's caches of this process, which keep those for their own database). */
export function onPrincipalChange(listener: LocalListener): () => void {
  localListeners.add(listener);
  return () => {
    localListeners.delete(listener);
  };
}

/**
 * Announces a change inside the transaction that makes it. Every instance hears it when the
 * transaction commits (LISTEN/NOTIFY; nothing if it rolls back); this process's caches drop what
 * they hold at once as well, so that the instance that made the change never serves the old
 * principal, not even for the moment the notification takes to come back to it.
 */
export async function announcePrincipalChange(tx: Db | Tx, change: PrincipalChange): Promise<void> {
  for (const listener of localListeners) listener(change, tx);
  await notify(tx, PRINCIPAL_CHANGES_CHANNEL, formatPrincipalChange(change));
}
