import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { TICKET_TOKEN_LENGTH, signTicketToken, verifyTicketToken } from './ticket-token.ts';

const secret = Buffer.from('5f2a9c0e7b1d4f6a8c3e5b7d9f1a2c4e6b8d0f2a4c6e8b0d', 'hex');
const ticketId = '0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';
const uuid = fc.uuid({ version: [4, 7] });

describe('ticket tokens', () => {
  it('are 39 characters of Crockford base32 in lower case: no i, l, o, u', () => {
    const token = signTicketToken(secret, ticketId);
    expect(token).toHaveLength(TICKET_TOKEN_LENGTH);
    expect(TICKET_TOKEN_LENGTH).toBe(39);
    expect(token).toMatch(/^[0-9abcdefghjkmnpqrstvwxyz]{39}$/);
    expect(signTicketToken(secret, ticketId)).toBe(token);
  });

  it('read back the ticket id (property), whatever the case the id or the token was written in', () => {
    fc.assert(
      fc.property(uuid, (id) => {
        const token = signTicketToken(secret, id.toUpperCase());
        expect(verifyTicketToken(secret, token)).toBe(id.toLowerCase());
        expect(verifyTicketToken(secret, token.toUpperCase())).toBe(id.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('read back when o is typed for 0 and l or I for 1', () => {
    const token = signTicketToken(secret, ticketId);
    const misread = token.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(verifyTicketToken(secret, misread)).toBe(ticketId);
    expect(verifyTicketToken(secret, token.replace(/1/g, 'I'))).toBe(ticketId);
  });

  it('refuse any changed character (property): the id and the MAC are both covered', () => {
    fc.assert(
      fc.property(uuid, fc.nat({ max: TICKET_TOKEN_LENGTH - 1 }), fc.integer({ min: 1, max: 31 }), (id, at, shift) => {
        const token = signTicketToken(secret, id);
        const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
        const changed = token.slice(0, at) + alphabet[(alphabet.indexOf(token[at] ?? '') + shift) % 32] + token.slice(at + 1);
        expect(verifyTicketToken(secret, changed)).toBeNull();
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuse a token signed with another secret, and a token for one ticket spliced onto another’s MAC', () => {
    const token = signTicketToken(secret, ticketId);
    expect(verifyTicketToken(randomBytes(32), token)).toBeNull();
    const other = signTicketToken(secret, v7());
    expect(verifyTicketToken(secret, other.slice(0, 26) + token.slice(26))).toBeNull();
  });

  it('refuse wrong lengths and foreign characters', () => {
    const token = signTicketToken(secret, ticketId);
    expect(verifyTicketToken(secret, '')).toBeNull();
    expect(verifyTicketToken(secret, token.slice(1))).toBeNull();
    expect(verifyTicketToken(secret, `${token}0`)).toBeNull();
    expect(verifyTicketToken(secret, `${token.slice(0, 38)}u`)).toBeNull();
    expect(verifyTicketToken(secret, `${token.slice(0, 38)}-`)).toBeNull();
  });

  it('have one spelling: non-zero padding bits in the last character are refused', () => {
    const token = signTicketToken(secret, ticketId);
    // 24 bytes are 192 bits: the last character carries 2 bits and 3 bits of zero padding.
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    const last = alphabet.indexOf(token[38] ?? '');
    expect(last & 0b111).toBe(0);
    expect(verifyTicketToken(secret, token.slice(0, 38) + alphabet[last | 1])).toBeNull();
  });

  it('are only made for UUIDs and with a secret of at least 16 bytes', () => {
    expect(() => signTicketToken(secret, 'T-2612-0001')).toThrow(/UUID/);
    expect(() => signTicketToken(Buffer.alloc(8), ticketId)).toThrow(/16 bytes/);
  });
});
