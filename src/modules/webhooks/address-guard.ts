import { lookup } from 'node:dns/promises';
import { addressBytes, classifyAddress, inCidr, parseCidr, PRIVATE_CLASSES, type AddressClass, type Cidr } from './address-ranges.ts';

/**
 * The SSRF guard of outbound webhooks. A tenant's URL must not make the server call itself, its
 * network or the cloud's metadata service: the host is resolved (every address the resolver
 * gives) and every address must be public, or opened by the operator's settings. Checked when an
 * endpoint is saved and again at every delivery (DNS answers change: rebinding), and the delivery
 * connects to the address checked here, never to a second resolution.
 */
export interface WebhookAddressSettings {
  /** TRIPDESK_WEBHOOK_ALLOW_PRIVATE: loopback, RFC 1918, link-local, CGNAT, unique-local, and http. */
  allowPrivate: boolean;
  /** TRIPDESK_WEBHOOK_ALLOWED_HOSTS: exact host names, addresses and CIDR ranges (http too). */
  allowedHosts: readonly string[];
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address of a host name (A and AAAA). Injected so tests choose the answers. */
export type ResolveAll = (hostname: string) => Promise<ResolvedAddress[]>;

export const dnsResolveAll: ResolveAll = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export type UrlRefusal =
  | { reason: 'invalid_url' | 'scheme' | 'credentials' | 'unresolvable'; detail: string }
  | { reason: 'forbidden_address'; detail: string; address: string; addressClass: AddressClass };

export type UrlCheck = { ok: true; url: URL; addresses: ResolvedAddress[] } | ({ ok: false } & UrlRefusal);

interface Allowances {
  allowPrivate: boolean;
  names: Set<string>;
  ranges: Cidr[];
}

function allowancesOf(settings: WebhookAddressSettings): Allowances {
  const names = new Set<string>();
  const ranges: Cidr[] = [];
  for (const item of settings.allowedHosts) {
    const range = parseCidr(item);
    if (range) ranges.push(range);
    else names.add(item.toLowerCase());
  }
  return { allowPrivate: settings.allowPrivate, names, ranges };
}

/** The URL's host without IPv6 brackets, lower case. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** Whether one resolved address may be called; the class that refuses it otherwise. */
export function addressRefusal(address: string, settings: WebhookAddressSettings, hostname = ''): AddressClass | null {
  const bytes = addressBytes(address);
  if (!bytes) return 'reserved';
  const allow = allowancesOf(settings);
  if (allow.names.has(hostname.toLowerCase())) return null;
  if (allow.ranges.some((r) => inCidr(bytes, r))) return null;
  const cls = classifyAddress(bytes);
  if (cls === 'public') return null;
  if (allow.allowPrivate && PRIVATE_CLASSES.has(cls)) return null;
  return cls;
}

/**
 * Checks a webhook URL: https (http only when the operator allows private addresses or lists the
 * host), no credentials in it, and every address its host resolves to callable. A host that
 * resolves to one public and one private address is refused: the connection could go to either.
 */
export async function checkWebhookUrl(
  raw: string,
  settings: WebhookAddressSettings,
  resolveAll: ResolveAll = dnsResolveAll,
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const idn = /:\/\/[^/?#]*xn--/i.test(raw);
    return { ok: false, reason: 'invalid_url', detail: idn ? 'the host is not a valid international (xn--) domain name' : 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme', detail: 'must be https' };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'credentials', detail: 'must not hold a user name or password' };
  const host = hostOf(url);
  const allow = allowancesOf(settings);
  let addresses: ResolvedAddress[];
  const literal = addressBytes(host);
  if (literal) addresses = [{ address: host, family: literal.length === 4 ? 4 : 6 }];
  else {
    try {
      addresses = await resolveAll(host);
    } catch {
      return { ok: false, reason: 'unresolvable', detail: `${host} does not resolve` };
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable', detail: `${host} does not resolve` };
  }
  for (const a of addresses) {
    const refused = addressRefusal(a.address, settings, host);
    if (refused) {
      return {
        ok: false,
        reason: 'forbidden_address',
        detail: `${host} resolves to ${refused === 'unspecified' || refused === 'unique_local' ? 'an' : 'a'} ${refused.replace('_', '-')} address`,
        address: a.address,
        addressClass: refused,
      };
    }
  }
  if (url.protocol === 'http:') {
    const listed =
      allow.names.has(host) ||
      addresses.every((a) => {
        const bytes = addressBytes(a.address);
        return bytes !== null && allow.ranges.some((r) => inCidr(bytes, r));
      });
    if (!allow.allowPrivate && !listed) return { ok: false, reason: 'scheme', detail: 'must be https' };
  }
  return { ok: true, url, addresses };
}
