import pg from 'pg';
import type { ChannelListener } from './database.ts';
import { isChannelName } from './notify.ts';

/** The application_name of the listening connection, so that it can be told apart in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'tripdesk-listen';

const firstRetryMs = 100;
const maxRetryMs = 5_000;

/**
 * LISTEN on PostgreSQL: a pooled connection cannot listen (it is handed to others between queries),
 * so one dedicated connection carries every channel. When it drops, the listeners hear
 * `interrupted` at once; it reconnects with backoff, listens again and they hear `resumed`.
 */
export class PostgresListener {
  readonly #url: string;
  readonly #channels = new Map<string, Set<ChannelListener>>();
  #client: pg.Client | null = null;
  #connecting: Promise<void> | null = null;
  #retryTimer: NodeJS.Timeout | null = null;
  #retryMs = firstRetryMs;
  #closed = false;

  constructor(url: string) {
    this.#url = url;
  }

  /** Listens on channel; resolves once the server has confirmed (the first connection's failure rejects). */
  async listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>> {
    if (!isChannelName(channel)) throw new Error(`not a channel name: ${channel}`);
    if (this.#closed) throw new Error('the listener is closed');
    let set = this.#channels.get(channel);
    const isNew = set === undefined;
    if (!set) {
      set = new Set();
      this.#channels.set(channel, set);
    }
    set.add(listener);
    try {
      if (this.#client) {
        if (isNew) await this.#client.query(`listen ${channel}`);
      } else if (this.#connecting) {
        await this.#connecting;
      } else if (this.#retryTimer === null) {
        await this.#connect();
      } else {
        // Reconnecting: this channel is listened on when the connection is back.
        listener.interrupted?.();
      }
    } catch (err) {
      set.delete(listener);
      if (set.size === 0) this.#channels.delete(channel);
      throw err;
    }
    return () => this.#unlisten(channel, listener);
  }

  async #unlisten(channel: string, listener: ChannelListener): Promise<void> {
    const set = this.#channels.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.#channels.delete(channel);
    await this.#client?.query(`unlisten ${channel}`).catch(() => {});
  }

  /** Opens the connection and listens on every channel asked for so far. */
  #connect(): Promise<void> {
    const attempt = (async () => {
      const client = new pg.Client({ connectionString: this.#url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
      client.on('notification', (msg) => this.#deliver(msg.channel, msg.payload ?? ''));
      // Both can fire for one loss (an error, then the end of the connection); #dropped runs once per client.
      client.on('error', () => this.#dropped(client));
      client.on('end', () => this.#dropped(client));
      try {
        await client.connect();
        for (const channel of this.#channels.keys()) await client.query(`listen ${channel}`);
      } catch (err) {
        client.removeAllListeners('end');
        await client.end().catch(() => {});
        throw err;
      }
      if (this.#closed) {
        await client.end().catch(() => {});
        return;
      }
      this.#client = client;
      this.#retryMs = firstRetryMs;
    })();
    this.#connecting = attempt;
    return attempt.finally(() => {
      if (this.#connecting === attempt) this.#connecting = null;
    });
  }

  #deliver(channel: string, payload: string): void {
    for (const listener of this.#channels.get(channel) ?? []) {
      try {
        listener.notification(payload);
      } catch (err) {
        process.emitWarning(`listener of ${channel} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  #each(fn: (listener: ChannelListener) => void): void {
    for (const set of this.#channels.values()) for (const listener of set) fn(listener);
  }

  #dropped(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    client.removeAllListeners('end');
    client.on('error', () => {});
    void client.end().catch(() => {});
    if (this.#closed) return;
    process.emitWarning('PostgreSQL listening connection lost: reconnecting');
    this.#each((l) => l.interrupted?.());
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#retryTimer !== null) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#connect().then(
        () => {
          if (!this.#closed) this.#each((l) => l.resumed?.());
        },
        () => {
          this.#retryMs = Math.min(this.#retryMs * 2, maxRetryMs);
          this.#scheduleReconnect();
        },
      );
    }, this.#retryMs);
    this.#retryTimer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    await this.#connecting?.catch(() => {});
    const client = this.#client;
    this.#client = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
  }
}
