import net from 'node:net';
import path from 'node:path';

/** Validated runtime configuration. Read once at start; every other module receives it. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database, its lock and the generated secret key. */
  dataDir: string;
  /** postgres://… when running on PostgreSQL; null for the embedded database. */
  databaseUrl: string | null;
  /** 32-byte key for personal data encryption, from TRIPDESK_SECRET_KEY; null → generated into dataDir. */
  secretKey: Buffer | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed demo data into an empty database at start. */
  seedDemo: boolean;
  /** Mark cookies Secure (behind HTTPS). */
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** How long an invitation link stays usable (TRIPDESK_INVITATION_TTL_HOURS, default 72). */
  invitationTtlHours: number;
  bodyLimitBytes: number;
  /** Bearer token Prometheus sends for /metrics, from TRIPDESK_METRICS_TOKEN; null → /metrics is 404. */
  metricsToken: string | null;
  /**
   * Which proxies' X-Forwarded-For / -Proto / -Host to believe (Fastify's trustProxy): false
   * (none: the connection's address is the client's), true (any), or addresses, CIDR ranges and
   * the names loopback, linklocal, uniquelocal.
   */
  trustProxy: boolean | string[];
  /**
   * How long a resolved session or API key may be served from the principal cache without reading
   * the database again: the safety net for changes made outside the application (changes it makes
   * evict at once). 0 turns the cache off.
   */
  authCacheTtlSeconds: number;
  /** Most sessions and API keys the principal cache holds per instance. */
  authCacheSize: number;
  /** The built-in simulated suppliers (TRIPDESK_SIMULATOR, default on): searched, booked, sending their events. */
  simulatorEnabled: boolean;
  /** How long a simulated supplier takes to ticket or confirm (TRIPDESK_SIMULATOR_LATENCY_MS, default 3,000; 0 in tests). */
  simulatorLatencyMs: number;
  /**
   * Outbound webhooks may reach loopback, private (RFC 1918), link-local, CGNAT and unique-local
   * addresses, and plain http (TRIPDESK_WEBHOOK_ALLOW_PRIVATE; default false). Cloud metadata,
   * unspecified, multicast and reserved addresses stay refused unless listed below.
   */
  webhookAllowPrivate: boolean;
  /**
   * Hosts (exact names), addresses and CIDR ranges webhooks may reach even when private, over http
   * too (TRIPDESK_WEBHOOK_ALLOWED_HOSTS, comma-separated; e.g. "127.0.0.1,10.20.0.0/16,hooks.corp").
   */
  webhookAllowedHosts: string[];
  /** The support desk's inbound SMTP listener (TRIPDESK_SMTP_LISTEN_PORT, default 2525; 0 turns it off). */
  smtpListenPort: number;
  /** The support mailbox: mail to it (and its +token reply addresses) opens and threads tickets (TRIPDESK_SUPPORT_EMAIL). */
  supportEmail: string;
  /** Outbound mail (smtp://user:pass@host:port or smtps://…), TRIPDESK_SMTP_URL; null: no mail is sent. */
  smtpUrl: string | null;
}

export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function databaseUrlVar(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// (got ${url.protocol}//)`);
  }
  return raw;
}

function secretKeyVar(env: Env): Buffer | null {
  const raw = env.TRIPDESK_SECRET_KEY;
  if (raw === undefined || raw === '') return null;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new ConfigError('TRIPDESK_SECRET_KEY', 'must be 32 bytes, as 64 hex characters or base64');
  }
  return key;
}

/** A bearer token (RFC 6750 token68 characters), long enough not to be guessed. */
function metricsTokenVar(env: Env): string | null {
  const raw = env.TRIPDESK_METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32 || !/^[A-Za-z0-9._~+/=-]+$/.test(raw)) {
    throw new ConfigError(
      'TRIPDESK_METRICS_TOKEN',
      'must be at least 32 characters of letters, digits and ._~+/=- (e.g. openssl rand -hex 32)',
    );
  }
  return raw;
}

const proxyRangeNames = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(item: string): boolean {
  if (proxyRangeNames.includes(item)) return true;
  const [address = '', prefix, ...rest] = item.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function trustProxyVar(env: Env): Config['trustProxy'] {
  const name = 'TRIPDESK_TRUST_PROXY';
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return false;
  if (['true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) {
    // Fastify 5 takes a hop count but trusts nothing with it (it cannot check the nearest peer).
    throw new ConfigError(name, `cannot be a number of hops (${raw}): list the proxies' addresses or ranges instead`);
  }
  const items = raw.split(',').map((i) => i.trim());
  const bad = items.find((i) => !isAddressOrRange(i));
  if (bad !== undefined) {
    throw new ConfigError(
      name,
      `must be true, false, or a comma-separated list of IP addresses, CIDR ranges, loopback, linklocal, uniquelocal; "${bad}" is none of these`,
    );
  }
  return items;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

function webhookAllowedHostsVar(env: Env): string[] {
  const name = 'TRIPDESK_WEBHOOK_ALLOWED_HOSTS';
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return [];
  const items = raw.split(',').map((i) => i.trim().toLowerCase());
  const bad = items.find((i) => proxyRangeNames.includes(i) || (!isAddressOrRange(i) && !HOST_NAME.test(i)));
  if (bad !== undefined) {
    throw new ConfigError(name, `must be a comma-separated list of host names, IP addresses and CIDR ranges; "${bad}" is none of these`);
  }
  return items;
}

const MAILBOX = /^[^\s@<>()",;:]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function supportEmailVar(env: Env): string {
  const raw = env.TRIPDESK_SUPPORT_EMAIL?.trim();
  if (raw === undefined || raw === '') return 'support@tripdesk.local';
  if (!MAILBOX.test(raw) || raw.includes('+')) {
    throw new ConfigError(
      'TRIPDESK_SUPPORT_EMAIL',
      `must be a plain mailbox like support@example.com (no +tag: replies use it), got "${raw}"`,
    );
  }
  return raw.toLowerCase();
}

function smtpUrlVar(env: Env): string | null {
  const raw = env.TRIPDESK_SMTP_URL?.trim();
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('TRIPDESK_SMTP_URL', 'must be a URL like smtp://user:pass@mail.example.com:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError('TRIPDESK_SMTP_URL', `must start with smtp:// or smtps://, got ${url.protocol}`);
  return raw;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function logLevelVar(env: Env): Config['logLevel'] {
  const raw = env.LOG_LEVEL ?? 'info';
  const found = logLevels.find((l) => l === raw);
  if (!found) throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}, got "${raw}"`);
  return found;
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return {
    port: intVar(env, 'PORT', 3000, 0, 65535),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    dataDir: path.resolve(cwd, env.TRIPDESK_DATA_DIR && env.TRIPDESK_DATA_DIR !== '' ? env.TRIPDESK_DATA_DIR : 'data'),
    databaseUrl: databaseUrlVar(env),
    secretKey: secretKeyVar(env),
    logLevel: logLevelVar(env),
    seedDemo: boolVar(env, 'TRIPDESK_SEED_DEMO', true),
    cookieSecure: boolVar(env, 'TRIPDESK_COOKIE_SECURE', false),
    sessionTtlHours: intVar(env, 'TRIPDESK_SESSION_TTL_HOURS', 12, 1, 24 * 30),
    invitationTtlHours: intVar(env, 'TRIPDESK_INVITATION_TTL_HOURS', 72, 1, 24 * 30),
    bodyLimitBytes: intVar(env, 'TRIPDESK_BODY_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    metricsToken: metricsTokenVar(env),
    trustProxy: trustProxyVar(env),
    authCacheTtlSeconds: intVar(env, 'TRIPDESK_AUTH_CACHE_TTL_SECONDS', 30, 0, 3600),
    authCacheSize: intVar(env, 'TRIPDESK_AUTH_CACHE_SIZE', 10_000, 1, 1_000_000),
    simulatorEnabled: boolVar(env, 'TRIPDESK_SIMULATOR', true),
    simulatorLatencyMs: intVar(env, 'TRIPDESK_SIMULATOR_LATENCY_MS', 3_000, 0, 3_600_000),
    webhookAllowPrivate: boolVar(env, 'TRIPDESK_WEBHOOK_ALLOW_PRIVATE', false),
    webhookAllowedHosts: webhookAllowedHostsVar(env),
    smtpListenPort: intVar(env, 'TRIPDESK_SMTP_LISTEN_PORT', 2525, 0, 65535),
    supportEmail: supportEmailVar(env),
    smtpUrl: smtpUrlVar(env),
  };
}
