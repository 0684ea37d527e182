import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from './signing.ts';

const body = '{"eventId":"e1"}';
const now = Date.UTC(2026, 11, 7, 12, 0, 0);
const ts = now / 1000;

describe('supplier event signatures', () => {
  it('accepts a body signed with a key in force, and any of several keys during a rotation', () => {
    expect(
      verifySignature({ header: signatureHeader(['k1'], ts, body), timestamp: String(ts), rawBody: body, secrets: ['k1'], now }),
    ).toEqual({ ok: true });
    const both = signatureHeader(['old', 'new'], ts, body);
    expect(verifySignature({ header: both, timestamp: String(ts), rawBody: body, secrets: ['new'], now }).ok).toBe(true);
    expect(
      verifySignature({ header: signatureHeader(['old'], ts, body), timestamp: String(ts), rawBody: body, secrets: ['new', 'old'], now })
        .ok,
    ).toBe(true);
  });

  it('refuses a changed body, another key, a stale or future timestamp, and malformed headers', () => {
    const header = signatureHeader(['k1'], ts, body);
    expect(verifySignature({ header, timestamp: String(ts), rawBody: body + ' ', secrets: ['k1'], now })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifySignature({ header, timestamp: String(ts), rawBody: body, secrets: ['k2'], now })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifySignature({ header, timestamp: String(ts), rawBody: body, secrets: ['k1'], now: now + 301_000 })).toEqual({
      ok: false,
      reason: 'STALE',
    });
    expect(verifySignature({ header, timestamp: String(ts), rawBody: body, secrets: ['k1'], now: now - 301_000 })).toEqual({
      ok: false,
      reason: 'STALE',
    });
    // The timestamp is signed: moving it forward breaks the signature.
    expect(verifySignature({ header, timestamp: String(ts + 1), rawBody: body, secrets: ['k1'], now })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifySignature({ header: undefined, timestamp: String(ts), rawBody: body, secrets: ['k1'], now })).toEqual({
      ok: false,
      reason: 'MISSING',
    });
    expect(verifySignature({ header: 'v1=zz', timestamp: String(ts), rawBody: body, secrets: ['k1'], now })).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
    expect(verifySignature({ header, timestamp: '12ab', rawBody: body, secrets: ['k1'], now })).toEqual({ ok: false, reason: 'MALFORMED' });
  });
});
