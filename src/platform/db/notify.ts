import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database.ts';

/** Channel names are plain identifiers, so that LISTEN can name them without quoting. */
export const isChannelName = (channel: string): boolean => /^[a-z_][a-z0-9_]{0,62}$/.test(channel);

/**
 * Sends a notification on channel (see Database.listen). Given a transaction, it is delivered only
 * if and when that transaction commits; identical notifications of one transaction arrive once.
 */
export async function notify(executor: Db | Tx, channel: string, payload: string): Promise<void> {
  if (!isChannelName(channel)) throw new Error(`not a channel name: ${channel}`);
  await executor.execute(sql`select pg_notify(${channel}, ${payload})`);
}
