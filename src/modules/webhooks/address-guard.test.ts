import { describe, expect, it } from 'vitest';
import { addressRefusal, checkWebhookUrl, type ResolveAll, type WebhookAddressSettings } from './address-guard.ts';
import { addressBytes, classifyAddress, parseCidr } from './address-ranges.ts';

const closed: WebhookAddressSettings = { allowPrivate: false, allowedHosts: [] };
const cls = (a: string) => {
  const bytes = addressBytes(a);
  if (!bytes) throw new Error(`not an address: ${a}`);
  return classifyAddress(bytes);
};
const answers =
  (table: Record<string, string[]>): ResolveAll =>
  async (host) => {
    const list = table[host];
    if (!list) throw new Error('ENOTFOUND');
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('address classes', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['100.100.100.200', 'metadata'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.0.5', 'link_local'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'unique_local'],
    ['fd12:3456::1', 'unique_local'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['febf::1', 'link_local'],
    ['fec0::1', 'unique_local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'],
  ])('%s is %s', (address, expected) => {
    expect(cls(address)).toBe(expected);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.169.0.1',
    '223.5.5.5',
    '2400:3200::1',
    '2606:4700::1111',
  ])('%s is public', (address) => {
    expect(cls(address)).toBe('public');
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:0:192.168.0.1', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['2002:7f00:0001::1', 'loopback'],
    ['2002:c0a8:0101::', 'private'],
    ['[::ffff:127.0.0.1]', 'loopback'],
  ])('the IPv6 form %s of an IPv4 address is %s', (address, expected) => {
    expect(cls(address)).toBe(expected);
  });

  it('keeps public IPv4 public in its IPv6 forms', () => {
    expect(cls('::ffff:8.8.8.8')).toBe('public');
    expect(cls('64:ff9b::808:808')).toBe('public');
  });

  it('parses ranges', () => {
    expect(parseCidr('10.0.0.0/8')?.prefix).toBe(8);
    expect(parseCidr('::1')?.prefix).toBe(128);
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(parseCidr('example.com')).toBeNull();
    expect(parseCidr('1.2.3.4/8/9')).toBeNull();
  });
});

describe('addressRefusal under the settings', () => {
  it('refuses every non-public class by default', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '169.254.169.254', '100.64.0.1', 'fd00::1', 'fe80::1', '::', 'ff02::1', '0.0.0.0']) {
      expect(addressRefusal(a, closed), a).not.toBeNull();
    }
    expect(addressRefusal('8.8.8.8', closed)).toBeNull();
  });

  it('TRIPDESK_WEBHOOK_ALLOW_PRIVATE opens private classes but not metadata, unspecified or multicast', () => {
    const open = { allowPrivate: true, allowedHosts: [] };
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.0.1', '192.168.0.1', '100.64.0.1', 'fd00::1', 'fe80::1', '::1', '::ffff:127.0.0.1']) {
      expect(addressRefusal(a, open), a).toBeNull();
    }
    expect(addressRefusal('169.254.169.254', open)).toBe('metadata');
    expect(addressRefusal('100.100.100.200', open)).toBe('metadata');
    expect(addressRefusal('0.0.0.0', open)).toBe('unspecified');
    expect(addressRefusal('224.0.0.1', open)).toBe('multicast');
  });

  it('TRIPDESK_WEBHOOK_ALLOWED_HOSTS opens exactly the listed addresses, ranges and names', () => {
    const listed = { allowPrivate: false, allowedHosts: ['127.0.0.1', '10.20.0.0/16', 'hooks.corp'] };
    expect(addressRefusal('127.0.0.1', listed)).toBeNull();
    expect(addressRefusal('127.0.0.2', listed)).toBe('loopback');
    expect(addressRefusal('10.20.5.5', listed)).toBeNull();
    expect(addressRefusal('10.21.0.1', listed)).toBe('private');
    expect(addressRefusal('10.9.9.9', listed, 'hooks.corp')).toBeNull();
  });
});

describe('checkWebhookUrl', () => {
  const dns = answers({
    'hooks.example.com': ['93.184.216.34', '2606:2800:220:1::1'],
    'mixed.example.com': ['93.184.216.34', '10.0.0.7'],
    'mapped.example.com': ['::ffff:169.254.169.254'],
    localhost: ['127.0.0.1', '::1'],
    'empty.example.com': [],
  });

  it('accepts https to a host with only public addresses, and names them all', async () => {
    const r = await checkWebhookUrl('https://hooks.example.com/tripdesk', closed, dns);
    expect(r.ok && r.addresses.map((a) => a.address)).toEqual(['93.184.216.34', '2606:2800:220:1::1']);
  });

  it('refuses a DNS answer that mixes public and private addresses', async () => {
    const r = await checkWebhookUrl('https://mixed.example.com/', closed, dns);
    expect(r).toMatchObject({ ok: false, reason: 'forbidden_address', address: '10.0.0.7', addressClass: 'private' });
  });

  it.each([
    ['https://localhost/x', 'forbidden_address'],
    ['https://127.0.0.1/x', 'forbidden_address'],
    ['https://[::1]/x', 'forbidden_address'],
    ['https://[::ffff:127.0.0.1]/x', 'forbidden_address'],
    ['https://169.254.169.254/latest/meta-data', 'forbidden_address'],
    ['https://mapped.example.com/', 'forbidden_address'],
    ['https://0x7f000001/', 'forbidden_address'],
    ['https://2130706433/', 'forbidden_address'],
    ['https://nowhere.example.com/', 'unresolvable'],
    ['https://empty.example.com/', 'unresolvable'],
    ['http://hooks.example.com/', 'scheme'],
    ['ftp://hooks.example.com/', 'scheme'],
    ['https://user:pw@hooks.example.com/', 'credentials'],
    ['not a url', 'invalid_url'],
  ])('%s is refused (%s)', async (url, reason) => {
    expect(await checkWebhookUrl(url, closed, dns)).toMatchObject({ ok: false, reason });
  });

  it('allows http and loopback where the operator lists the address', async () => {
    const r = await checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: false, allowedHosts: ['127.0.0.1'] }, dns);
    expect(r.ok).toBe(true);
    expect(await checkWebhookUrl('http://hooks.example.com/', { allowPrivate: false, allowedHosts: ['127.0.0.1'] }, dns)).toMatchObject({
      ok: false,
      reason: 'scheme',
    });
  });

  it('allows http and private addresses everywhere with allowPrivate', async () => {
    expect((await checkWebhookUrl('http://localhost:9/x', { allowPrivate: true, allowedHosts: [] }, dns)).ok).toBe(true);
  });
});
