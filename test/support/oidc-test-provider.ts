import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (oidc-provider) on an ephemeral port of 127.0.0.1, for single sign-on
 * tests. Its people are the `accounts` map (subject → claims). Sign-in at the provider is done
 * by the test: `signInAs(subject)` chooses who the next interaction logs in (with consent to the
 * scopes asked), and `follow(url)` walks the provider's redirects with a cookie jar until they
 * leave the provider (to the client's callback).
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, Record<string, unknown>>;
  /** Who the next login interaction signs in; null makes it answer access_denied. */
  signInAs(subject: string | null): void;
  /** Follows the provider's redirects from `url`; returns the first URL outside the provider. */
  follow(url: string): Promise<URL>;
  /** Forgets the provider's cookies (its own sign-in session): the next sign-in is a new browser's. */
  forget(): void;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const clientId = 'tripdesk-test';
  const clientSecret = 'provider-secret-' + Math.random().toString(36).slice(2) + '-Zq9';
  const accounts = new Map<string, Record<string, unknown>>();
  let nextSubject: string | null = null;
  let provider: Provider | null = null;

  const server = http.createServer((req, res) => {
    if (!provider) return res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) return void interaction(provider, req, res);
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], employee: ['employee_no', 'ext'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, i) => `/interaction/${i.uid}` },
    cookies: { keys: ['tripdesk-test-provider-cookie-key'] },
  });

  async function interaction(p: Provider, req: http.IncomingMessage, res: http.ServerResponse) {
    try {
      const details = await p.interactionDetails(req, res);
      if (nextSubject === null) {
        await p.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The user cancelled' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new p.Grant({ accountId: nextSubject, clientId: details.params.client_id ?? '' });
      grant.addOIDCScope(details.params.scope ?? 'openid');
      const grantId = await grant.save();
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: nextSubject }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  }

  const jar = new Map<string, string>();
  const remember = (setCookies: string[]) => {
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs(subject) {
      nextSubject = subject;
    },
    forget() {
      jar.clear();
    },
    async follow(start) {
      let url = new URL(start);
      for (let hops = 0; hops < 20; hops++) {
        if (url.origin !== issuer) return url;
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        remember(res.headers.getSetCookie());
        const location = res.headers.get('location');
        if (!location) {
          const text = (await res.text())
            .replace(/<style[\s\S]*?<\/style>/g, '')
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ');
          throw new Error(`the provider answered ${res.status} without a redirect: ${text.slice(0, 500)}`);
        }
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
