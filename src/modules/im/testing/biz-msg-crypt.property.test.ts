import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEncodingAesKey,
  decryptFeishuPayload,
  encryptFeishuPayload,
  ImCryptoError,
  openBizMessage,
  sealBizMessage,
  sortedSha1Signature,
} from '../engine/index.ts';

/** Properties of the shared WeCom/DingTalk scheme and of Feishu's, beyond the published examples. */

const keyChars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const encodingAesKey = fc.array(keyChars, { minLength: 43, maxLength: 43 }).map((cs) => cs.join(''));

describe('the WeCom / DingTalk scheme', () => {
  it('opens what it seals, whole 32-byte blocks, whatever the text and receiver', () => {
    fc.assert(
      fc.property(
        encodingAesKey,
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (k, message, receiveId, random) => {
          const aesKey = decodeEncodingAesKey(k);
          const sealed = sealBizMessage({ aesKey, message, receiveId, random: Buffer.from(random) });
          const bytes = Buffer.from(sealed, 'base64');
          expect(bytes.length % 32).toBe(0);
          // The padding is one whole block when the plaintext fills its blocks exactly.
          const plainLength = 16 + 4 + Buffer.byteLength(message) + Buffer.byteLength(receiveId);
          expect(bytes.length - plainLength).toBe(32 - (plainLength % 32));
          expect(openBizMessage(aesKey, sealed)).toEqual({ message, receiveId, random: Buffer.from(random) });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('signs the same parts the same way in any order, and differently when one changes', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 4, maxLength: 4 }), fc.nat(3), fc.string({ minLength: 1 }), (parts, i, extra) => {
        const shuffled = [...parts].reverse();
        expect(sortedSha1Signature(shuffled)).toBe(sortedSha1Signature(parts));
        const changed = parts.map((p, j) => (j === i ? p + extra : p));
        expect(sortedSha1Signature(changed)).not.toBe(sortedSha1Signature(parts));
      }),
    );
  });

  it('refuses a bad EncodingAESKey, a truncated ciphertext and another key', () => {
    expect(() => decodeEncodingAesKey('short')).toThrow(ImCryptoError);
    expect(() => decodeEncodingAesKey(`${'a'.repeat(42)}=`)).toThrow(ImCryptoError);
    const aesKey = decodeEncodingAesKey('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const sealed = sealBizMessage({ aesKey, message: 'hello', receiveId: 'corp', random: randomBytes(16) });
    expect(() => openBizMessage(aesKey, Buffer.from(sealed, 'base64').subarray(0, 24).toString('base64'))).toThrow(ImCryptoError);
    const other = decodeEncodingAesKey('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg');
    // Another key gives garbage: its padding or its length field does not hold.
    expect(() => openBizMessage(other, sealed)).toThrow(ImCryptoError);
  });
});

describe("Feishu's scheme", () => {
  it('decrypts what it encrypts, for any key and text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (key, text, iv) => {
          expect(decryptFeishuPayload(key, encryptFeishuPayload(key, text, Buffer.from(iv)))).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
