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
  bodyLimitBytes: number;
  /**
   * How long a resolved session or API key may be served from the principal cache without reading
   * the database again: the safety net for changes made outside the application (changes it makes
   * evict at once). 0 turns the cache off.
   */
  authCacheTtlSeconds: number;
  /** Most sessions and API keys the principal cache holds per instance. */
  authCacheSize: number;
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
    bodyLimitBytes: intVar(env, 'TRIPDESK_BODY_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    authCacheTtlSeconds: intVar(env, 'TRIPDESK_AUTH_CACHE_TTL_SECONDS', 30, 0, 3600),
    authCacheSize: intVar(env, 'TRIPDESK_AUTH_CACHE_SIZE', 10_000, 1, 1_000_000),
  };
}
