import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** The error loadConfig throws for env, which must name the variable. */
function errorFor(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/tripdesk');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({}, '/srv/tripdesk');
    expect(c).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('/srv/tripdesk', 'data'),
      databaseUrl: null,
      secretKey: null,
      logLevel: 'info',
      seedDemo: true,
      cookieSecure: false,
      sessionTtlHours: 12,
      bodyLimitBytes: 5 * 1024 * 1024,
      metricsToken: null,
      trustProxy: false,
      authCacheTtlSeconds: 30,
      authCacheSize: 10_000,
      invitationTtlHours: 72,
      simulatorEnabled: true,
      simulatorLatencyMs: 3_000,
      webhookAllowPrivate: false,
      webhookAllowedHosts: [],
      smtpListenPort: 2525,
      supportEmail: 'support@tripdesk.local',
      smtpUrl: null,
    });
  });

  it('reads the support desk’s mail settings and refuses a mailbox with a +tag or a non-SMTP URL', () => {
    expect(
      loadConfig({
        TRIPDESK_SMTP_LISTEN_PORT: '0',
        TRIPDESK_SUPPORT_EMAIL: 'Help@Corp.example',
        TRIPDESK_SMTP_URL: 'smtp://u:p@mail.corp.example:587',
      }),
    ).toMatchObject({ smtpListenPort: 0, supportEmail: 'help@corp.example', smtpUrl: 'smtp://u:p@mail.corp.example:587' });
    expect(() => loadConfig({ TRIPDESK_SUPPORT_EMAIL: 'help+x@corp.example' })).toThrow(/TRIPDESK_SUPPORT_EMAIL/);
    expect(() => loadConfig({ TRIPDESK_SMTP_URL: 'http://mail.corp.example' })).toThrow(/TRIPDESK_SMTP_URL/);
  });

  it('treats empty variables as unset', () => {
    expect(
      loadConfig({ PORT: '', DATABASE_URL: '', TRIPDESK_SECRET_KEY: '', HOST: '', TRIPDESK_DATA_DIR: '' }, '/srv/tripdesk'),
    ).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      secretKey: null,
      dataDir: path.resolve('/srv/tripdesk', 'data'),
    });
  });

  it('reads every variable', () => {
    const hex = 'ab'.repeat(32);
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        TRIPDESK_DATA_DIR: 'var/db',
        DATABASE_URL: 'postgresql://u:p@db:5432/tripdesk',
        TRIPDESK_SECRET_KEY: hex,
        LOG_LEVEL: 'warn',
        TRIPDESK_SEED_DEMO: 'no',
        TRIPDESK_COOKIE_SECURE: 'TRUE',
        TRIPDESK_SESSION_TTL_HOURS: '24',
        TRIPDESK_BODY_LIMIT_BYTES: '2048',
        TRIPDESK_METRICS_TOKEN: 'm'.repeat(32),
        TRIPDESK_TRUST_PROXY: '10.0.0.1',
        TRIPDESK_AUTH_CACHE_TTL_SECONDS: '5',
        TRIPDESK_AUTH_CACHE_SIZE: '500',
        TRIPDESK_INVITATION_TTL_HOURS: '24',
        TRIPDESK_SIMULATOR: 'off',
        TRIPDESK_SIMULATOR_LATENCY_MS: '0',
        TRIPDESK_WEBHOOK_ALLOW_PRIVATE: 'true',
        TRIPDESK_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1, 10.20.0.0/16,Hooks.Corp.example',
        TRIPDESK_SMTP_LISTEN_PORT: '2626',
        TRIPDESK_SUPPORT_EMAIL: 'kefu@corp.example',
        TRIPDESK_SMTP_URL: 'smtps://u:p@smtp.corp.example:465',
      },
      '/srv/tripdesk',
    );
    expect(c).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/tripdesk', 'var/db'),
      databaseUrl: 'postgresql://u:p@db:5432/tripdesk',
      secretKey: Buffer.from(hex, 'hex'),
      logLevel: 'warn',
      seedDemo: false,
      cookieSecure: true,
      sessionTtlHours: 24,
      bodyLimitBytes: 2048,
      metricsToken: 'm'.repeat(32),
      trustProxy: ['10.0.0.1'],
      authCacheTtlSeconds: 5,
      authCacheSize: 500,
      invitationTtlHours: 24,
      simulatorEnabled: false,
      simulatorLatencyMs: 0,
      webhookAllowPrivate: true,
      webhookAllowedHosts: ['127.0.0.1', '10.20.0.0/16', 'hooks.corp.example'],
      smtpListenPort: 2626,
      supportEmail: 'kefu@corp.example',
      smtpUrl: 'smtps://u:p@smtp.corp.example:465',
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['10.0.0.7', ['10.0.0.7']],
    [' 10.0.0.0/8, 192.168.1.1 ,::1, fd00::/8 ', ['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ])('TRIPDESK_TRUST_PROXY=%s is %j (as Fastify takes it)', (raw, expected) => {
    expect(loadConfig({ TRIPDESK_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('accepts the secret key as base64 too', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ TRIPDESK_SECRET_KEY: key.toString('base64') }).secretKey).toEqual(key);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '-1'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://u@h/db'],
    ['DATABASE_URL', 'localhost:5432/db'],
    ['TRIPDESK_SECRET_KEY', 'too-short'],
    ['TRIPDESK_SECRET_KEY', 'ab'.repeat(31)],
    ['TRIPDESK_SECRET_KEY', Buffer.alloc(16).toString('base64')],
    ['LOG_LEVEL', 'verbose'],
    ['LOG_LEVEL', 'INFO'],
    ['TRIPDESK_SEED_DEMO', 'maybe'],
    ['TRIPDESK_COOKIE_SECURE', '2'],
    ['TRIPDESK_SESSION_TTL_HOURS', '0'],
    ['TRIPDESK_SESSION_TTL_HOURS', '100000'],
    ['TRIPDESK_BODY_LIMIT_BYTES', '10'],
    ['TRIPDESK_TRUST_PROXY', 'maybe'],
    ['TRIPDESK_TRUST_PROXY', '0'],
    ['TRIPDESK_TRUST_PROXY', '1'],
    ['TRIPDESK_TRUST_PROXY', '-1'],
    ['TRIPDESK_TRUST_PROXY', '10.0.0.300'],
    ['TRIPDESK_TRUST_PROXY', '10.0.0.0/33'],
    ['TRIPDESK_TRUST_PROXY', 'fd00::/129'],
    ['TRIPDESK_TRUST_PROXY', '10.0.0.1,,10.0.0.2'],
    ['TRIPDESK_TRUST_PROXY', 'proxy.example.com'],
    ['TRIPDESK_METRICS_TOKEN', 'short'],
    ['TRIPDESK_METRICS_TOKEN', `${'x'.repeat(40)} with spaces`],
    ['TRIPDESK_METRICS_TOKEN', `${'x'.repeat(40)}\u00e9`],
    ['TRIPDESK_AUTH_CACHE_TTL_SECONDS', '-1'],
    ['TRIPDESK_AUTH_CACHE_TTL_SECONDS', '3601'],
    ['TRIPDESK_AUTH_CACHE_TTL_SECONDS', '1.5'],
    ['TRIPDESK_AUTH_CACHE_SIZE', '0'],
    ['TRIPDESK_AUTH_CACHE_SIZE', '1000001'],
    ['TRIPDESK_AUTH_CACHE_SIZE', 'lots'],
    ['TRIPDESK_WEBHOOK_ALLOW_PRIVATE', 'sometimes'],
    ['TRIPDESK_WEBHOOK_ALLOWED_HOSTS', 'https://hooks.example.com'],
    ['TRIPDESK_WEBHOOK_ALLOWED_HOSTS', '10.0.0.0/33'],
    ['TRIPDESK_WEBHOOK_ALLOWED_HOSTS', 'a,,b'],
    ['TRIPDESK_WEBHOOK_ALLOWED_HOSTS', 'loopback'],
  ])('%s=%s is a ConfigError naming the variable', (variable, value) => {
    const err = errorFor({ [variable]: value });
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.name).toBe('ConfigError');
  });

  it('turns the principal cache off with a TTL of 0', () => {
    expect(loadConfig({ TRIPDESK_AUTH_CACHE_TTL_SECONDS: '0' }, '/srv/tripdesk').authCacheTtlSeconds).toBe(0);
  });

  it('does not echo a bad secret key or metrics token back', () => {
    const secretish = 'my-secret-passphrase-not-a-key';
    expect(errorFor({ TRIPDESK_SECRET_KEY: secretish }).message).not.toContain(secretish);
    expect(errorFor({ TRIPDESK_METRICS_TOKEN: secretish }).message).not.toContain(secretish);
  });
});
