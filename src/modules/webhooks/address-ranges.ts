import net from 'node:net';

/**
 * IP addresses as bytes and CIDR ranges over them: enough to classify a resolved address without
 * a library, IPv4-mapped and other IPv4-embedding IPv6 forms included (an attacker's DNS can
 * answer `::ffff:127.0.0.1` as readily as `127.0.0.1`).
 */
export interface Cidr {
  bytes: Uint8Array;
  prefix: number;
}

function ipv4Bytes(text: string): Uint8Array | null {
  if (net.isIPv4(text) === false) return null;
  return Uint8Array.from(text.split('.').map(Number));
}

function ipv6Bytes(text: string): Uint8Array | null {
  // A zone (fe80::1%eth0) names an interface: it is link-local whatever the zone says.
  const bare = text.split('%')[0] ?? '';
  if (!net.isIPv6(bare)) return null;
  let head = bare;
  let tail4: Uint8Array | null = null;
  const lastColon = bare.lastIndexOf(':');
  if (bare.slice(lastColon + 1).includes('.')) {
    tail4 = ipv4Bytes(bare.slice(lastColon + 1));
    if (!tail4) return null;
    head = `${bare.slice(0, lastColon + 1)}0:0`;
  }
  const [left = '', right] = head.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const words = right === undefined ? l : [...l, ...new Array<number>(8 - l.length - r.length).fill(0), ...r];
  if (words.length !== 8) return null;
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    out[i * 2] = w >> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  if (tail4) out.set(tail4, 12);
  return out;
}

/** The address's bytes (4 for IPv4, 16 for IPv6), or null when it is not an IP address. */
export function addressBytes(text: string): Uint8Array | null {
  const unbracketed = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return ipv4Bytes(unbracketed) ?? ipv6Bytes(unbracketed);
}

/** "10.0.0.0/8", "fd00::/8" or a bare address (its own /32 or /128); null when neither. */
export function parseCidr(text: string): Cidr | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0) return null;
  const bytes = addressBytes(address);
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { bytes, prefix: Number(prefixText) };
}

export function inCidr(address: Uint8Array, range: Cidr): boolean {
  if (address.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

const cidr = (text: string): Cidr => {
  const c = parseCidr(text);
  if (!c) throw new Error(`bad range ${text}`);
  return c;
};

const EMBEDDING_V4 = ['::ffff:0:0/96', '::/96', '::ffff:0:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48'].map(cidr);
const SIX_TO_FOUR = cidr('2002::/16');

/**
 * The IPv4 address an IPv6 address carries and would reach: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96 and the
 * local-use 64:ff9b:1::/48) and 6to4 (2002:aabb:ccdd::/16).
 */
export function embeddedIpv4(address: Uint8Array): Uint8Array | null {
  if (address.length !== 16) return null;
  if (EMBEDDING_V4.some((range) => inCidr(address, range))) return address.slice(12, 16);
  if (inCidr(address, SIX_TO_FOUR)) return address.slice(2, 6);
  return null;
}

export type AddressClass =
  'public' | 'loopback' | 'private' | 'link_local' | 'cgnat' | 'unique_local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved';

/** Classes an operator may open with TRIPDESK_WEBHOOK_ALLOW_PRIVATE; the others only by naming them. */
export const PRIVATE_CLASSES: ReadonlySet<AddressClass> = new Set(['loopback', 'private', 'link_local', 'cgnat', 'unique_local']);

/** Most specific first: a metadata address is link-local or CGNAT too, but it is named for what it is. */
const RANGES: readonly (readonly [AddressClass, Cidr])[] = (
  [
    // Cloud instance metadata: AWS, GCP, Azure, OpenStack (169.254.169.254), AWS ECS (169.254.170.2),
    // Alibaba Cloud (100.100.100.200), AWS over IPv6 (fd00:ec2::254).
    ['metadata', '169.254.169.254/32'],
    ['metadata', '169.254.170.2/32'],
    ['metadata', '100.100.100.200/32'],
    ['metadata', 'fd00:ec2::254/128'],
    ['unspecified', '0.0.0.0/8'],
    ['private', '10.0.0.0/8'],
    ['cgnat', '100.64.0.0/10'],
    ['loopback', '127.0.0.0/8'],
    ['link_local', '169.254.0.0/16'],
    ['private', '172.16.0.0/12'],
    ['reserved', '192.0.0.0/24'],
    ['reserved', '192.0.2.0/24'],
    ['reserved', '192.88.99.0/24'],
    ['private', '192.168.0.0/16'],
    ['reserved', '198.18.0.0/15'],
    ['reserved', '198.51.100.0/24'],
    ['reserved', '203.0.113.0/24'],
    ['multicast', '224.0.0.0/4'],
    ['reserved', '240.0.0.0/4'],
    ['unspecified', '::/128'],
    ['loopback', '::1/128'],
    ['reserved', '100::/64'],
    ['reserved', '2001::/32'],
    ['reserved', '2001:db8::/32'],
    ['unique_local', 'fc00::/7'],
    ['link_local', 'fe80::/10'],
    ['unique_local', 'fec0::/10'],
    ['multicast', 'ff00::/8'],
  ] as const
).map(([c, r]) => [c, cidr(r)] as const);

const UNSPECIFIED_OR_LOOPBACK_V6 = cidr('::/127');

/** What kind of address this is; an IPv6 form of an IPv4 address is the IPv4 address's class. */
export function classifyAddress(address: Uint8Array): AddressClass {
  if (address.length === 16 && !inCidr(address, UNSPECIFIED_OR_LOOPBACK_V6)) {
    const v4 = embeddedIpv4(address);
    if (v4) return classifyAddress(v4);
  }
  for (const [cls, range] of RANGES) if (inCidr(address, range)) return cls;
  return 'public';
}
