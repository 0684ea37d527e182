import { describe, expect, it } from 'vitest';
import { isSupportAddress, replyAddress, tokenOfAddress } from './reply-address.ts';

const SUPPORT = 'support@tripdesk.local';
const TOKEN = '0csj6zh5ctq0h8bvps61dmjat9e3d4rxgatm8a8';

describe('reply addresses', () => {
  it('put the token in a subaddress of the support address', () => {
    expect(replyAddress(SUPPORT, TOKEN)).toBe(`support+t.${TOKEN}@tripdesk.local`);
    expect(replyAddress(' Support@TripDesk.local ', TOKEN.toUpperCase())).toBe(`support+t.${TOKEN}@tripdesk.local`);
  });

  it('give the token back from a reply address, in any case', () => {
    expect(tokenOfAddress(replyAddress(SUPPORT, TOKEN), SUPPORT)).toBe(TOKEN);
    expect(tokenOfAddress(`SUPPORT+T.${TOKEN.toUpperCase()}@TRIPDESK.LOCAL`, SUPPORT)).toBe(TOKEN);
  });

  it('find no token in the plain support address, another subaddress, another mailbox or another domain', () => {
    expect(tokenOfAddress(SUPPORT, SUPPORT)).toBeNull();
    expect(tokenOfAddress('support+billing@tripdesk.local', SUPPORT)).toBeNull();
    expect(tokenOfAddress('support+t.@tripdesk.local', SUPPORT)).toBeNull();
    expect(tokenOfAddress(`sales+t.${TOKEN}@tripdesk.local`, SUPPORT)).toBeNull();
    expect(tokenOfAddress(`supportx+t.${TOKEN}@tripdesk.local`, SUPPORT)).toBeNull();
    expect(tokenOfAddress(`support+t.${TOKEN}@tripdesk.example`, SUPPORT)).toBeNull();
    expect(tokenOfAddress('not an address', SUPPORT)).toBeNull();
  });

  it('tell the support mailbox (and any of its subaddresses) from other mailboxes', () => {
    expect(isSupportAddress(SUPPORT, SUPPORT)).toBe(true);
    expect(isSupportAddress('Support@Tripdesk.Local', SUPPORT)).toBe(true);
    expect(isSupportAddress(`support+t.${TOKEN}@tripdesk.local`, SUPPORT)).toBe(true);
    expect(isSupportAddress('support+anything@tripdesk.local', SUPPORT)).toBe(true);
    expect(isSupportAddress('sales@tripdesk.local', SUPPORT)).toBe(false);
    expect(isSupportAddress('support@tripdesk.local.evil.example', SUPPORT)).toBe(false);
    expect(isSupportAddress('support@', SUPPORT)).toBe(false);
  });

  it('refuse a support address that is not plain', () => {
    expect(() => replyAddress('support+x@tripdesk.local', TOKEN)).toThrow(/plain support address/);
    expect(() => replyAddress('tripdesk.local', TOKEN)).toThrow(/plain support address/);
  });
});
