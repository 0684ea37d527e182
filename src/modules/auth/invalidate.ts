import type { Db, Tx } from '../../platform/db/database.ts';
import { announcePrincipalChange } from '../access/index.ts';

/**
 * Call inside the transaction that changes an account's sessions, password, roles, status or
 * visible tenants (operator assignments): every instance drops the account's cached principals
 * when it commits, this one at once. A change made outside the application (SQL) takes effect at
 * the cache's TTL unless followed by this call (or `select pg_notify('tripdesk_principals', 'account:<id>')`).
 */
export const invalidateAccount = (tx: Db | Tx, accountId: string): Promise<void> =>
  announcePrincipalChange(tx, { kind: 'account', id: accountId });

/** The same for an API key: call inside the transaction that revokes it (or changes its scopes or expiry). */
export const invalidateApiKey = (tx: Db | Tx, keyId: string): Promise<void> => announcePrincipalChange(tx, { kind: 'api_key', id: keyId });
