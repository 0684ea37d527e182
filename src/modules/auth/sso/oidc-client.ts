import * as oidc from 'openid-client';

/** What discovery needs of a tenant's settings. */
export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
}

/** Plain HTTP is allowed only for a provider on this machine (tests, local development). */
export function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]');
}

/** Seconds any one request to the provider may take. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * Discovers the provider (its `/.well-known/openid-configuration`) and returns the client
 * configuration. The client authenticates with its secret as the provider prefers: HTTP Basic
 * unless the provider lists only `client_secret_post`; without a secret, as a public client (PKCE).
 */
export async function discoverProvider(settings: ProviderSettings): Promise<oidc.Configuration> {
  const url = new URL(settings.issuer);
  if (url.protocol !== 'https:' && !isLocalHttp(url)) throw new Error('The issuer must be an https:// URL');
  const insecure = isLocalHttp(url);
  const found = await oidc.discovery(url, settings.clientId, undefined, undefined, {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
  const server = found.serverMetadata();
  const methods = server.token_endpoint_auth_methods_supported;
  const auth =
    settings.clientSecret === null
      ? oidc.None()
      : methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')
        ? oidc.ClientSecretPost(settings.clientSecret)
        : oidc.ClientSecretBasic(settings.clientSecret);
  const config = new oidc.Configuration(server, settings.clientId, settings.clientSecret ?? undefined, auth);
  config.timeout = PROVIDER_TIMEOUT_SECONDS;
  if (insecure) oidc.allowInsecureRequests(config);
  return config;
}

/** A short, safe description of a provider failure for admins (no secrets, no stack). */
export function describeProviderError(err: unknown): string {
  if (err instanceof oidc.ResponseBodyError) return `${err.error}${err.error_description ? `: ${err.error_description}` : ''}`;
  if (err instanceof oidc.AuthorizationResponseError) return `${err.error}${err.error_description ? `: ${err.error_description}` : ''}`;
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return `${err.message}${cause}`.slice(0, 500);
  }
  return 'unknown error';
}
