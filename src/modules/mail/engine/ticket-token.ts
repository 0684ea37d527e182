/**
 * The ticket token carried in reply addresses (`support+t.<token>@…`): the ticket's id and an
 * HMAC over it, so a reply names its ticket even when the mail client dropped In-Reply-To and
 * References, and nobody can thread mail into a ticket whose token they were never sent.
 *
 * - Ticket ids are UUIDs: their 16 bytes, then the first 8 bytes (64 bits) of
 *   HMAC-SHA256(secret, purpose ‖ id). An attacker has to guess 2^64 values by sending mail.
 * - Written in Crockford's base32, lower case: 39 characters of 0-9 and a-z without i, l, o, u, so
 *   the token survives MTAs and people that change the case of a local part, and reads back when
 *   someone types `o` for `0` or `l` for `1`.
 * - Verification compares the MAC in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseUuid, stringify as stringifyUuid } from 'uuid';

const PURPOSE = Buffer.from('tripdesk/mail/ticket-token/v1\0', 'utf8');
const ID_BYTES = 16;
const MAC_BYTES = 8;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** Characters of a token: 24 bytes at 5 bits a character. */
export const TICKET_TOKEN_LENGTH = Math.ceil(((ID_BYTES + MAC_BYTES) * 8) / 5);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mac(secret: Buffer, id: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(PURPOSE).update(id).digest().subarray(0, MAC_BYTES);
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Crockford's reading: case-insensitive, o → 0, i and l → 1. Null for any other character. */
function decodeBase32(text: string, byteLength: number): Buffer | null {
  const out = Buffer.alloc(byteLength);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const raw of text.toLowerCase()) {
    const ch = raw === 'o' ? '0' : raw === 'i' || raw === 'l' ? '1' : raw;
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      if (at >= byteLength) return null;
      out[at++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  // The padding bits of the last character must be zero, so that one token has one spelling.
  if (at !== byteLength || value !== 0) return null;
  return out;
}

/** The token of a ticket (a UUID). Throws on an id that is not a UUID: that is a programming error. */
export function signTicketToken(secret: Buffer, ticketId: string): string {
  if (!UUID.test(ticketId)) throw new Error(`a ticket id must be a UUID: ${ticketId}`);
  if (secret.length < 16) throw new Error('the ticket token secret must have at least 16 bytes');
  const id = parseUuid(ticketId);
  return encodeBase32(Buffer.concat([id, mac(secret, id)]));
}

/** The ticket id a token names, or null when the token is malformed or its MAC does not match. */
export function verifyTicketToken(secret: Buffer, token: string): string | null {
  if (token.length !== TICKET_TOKEN_LENGTH) return null;
  const bytes = decodeBase32(token, ID_BYTES + MAC_BYTES);
  if (!bytes) return null;
  const id = bytes.subarray(0, ID_BYTES);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES), mac(secret, id))) return null;
  return stringifyUuid(id);
}
