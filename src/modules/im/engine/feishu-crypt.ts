import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { ImCryptoError } from './im-crypto-error.ts';

/**
 * Feishu / Lark (飞书) event encryption and signature, as its event-subscription guide documents:
 * - key = SHA-256 of the Encrypt Key; the base64-decoded `encrypt` field is a 16-byte IV followed
 *   by AES-256-CBC ciphertext with PKCS#7 padding (16-byte blocks);
 * - X-Lark-Signature = hex SHA-256 of timestamp + nonce + Encrypt Key (UTF-8) followed by the raw
 *   request body bytes. A plain hash, not an HMAC, and over the body exactly as received.
 */

function keyOf(encryptKey: string): Buffer {
  return createHash('sha256').update(encryptKey, 'utf8').digest();
}

/** Decrypts an `encrypt` field; throws ImCryptoError when this Encrypt Key did not produce it. */
export function decryptFeishuPayload(encryptKey: string, encrypted: string): string {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length < 32 || data.length % 16 !== 0) throw new ImCryptoError('undecryptable', 'the payload is not an IV and whole AES blocks');
  const decipher = createDecipheriv('aes-256-cbc', keyOf(encryptKey), data.subarray(0, 16));
  try {
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
  } catch {
    throw new ImCryptoError('undecryptable', 'bad padding');
  }
}

/** Encrypts a payload as Feishu does (for stubs and tests); the 16-byte IV comes from the caller. */
export function encryptFeishuPayload(encryptKey: string, plaintext: string, iv: Buffer): string {
  if (iv.length !== 16) throw new RangeError(`expected a 16-byte IV, got ${iv.length}`);
  const cipher = createCipheriv('aes-256-cbc', keyOf(encryptKey), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

export interface FeishuSignatureInput {
  timestamp: string;
  nonce: string;
  encryptKey: string;
  rawBody: Buffer;
}

/** The X-Lark-Signature a request with this body and headers carries. */
export function feishuSignature({ timestamp, nonce, encryptKey, rawBody }: FeishuSignatureInput): string {
  return createHash('sha256').update(`${timestamp}${nonce}${encryptKey}`, 'utf8').update(rawBody).digest('hex');
}
