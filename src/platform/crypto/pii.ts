import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal data (phone, ID card and passport numbers) at rest: AES-256-GCM with a random IV,
 * stored as `v1.<iv>.<tag>.<ciphertext>` (base64url). A keyed HMAC ("blind index") lets us find a
 * record by phone number without decrypting every row.
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  blindIndex(value: string): string;
  /** A 32-byte key for another purpose, derived from the master key (HKDF-SHA256, empty salt, `info` naming the purpose). */
  derive(info: string): Buffer;
}

export function createPiiCipher(masterKey: Buffer): PiiCipher {
  if (masterKey.length !== 32) throw new Error('PII master key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'tripdesk/pii/aes-256-gcm/v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'tripdesk/pii/blind-index/v1', 32));
  const derive = (info: string): Buffer => {
    if (info.startsWith('tripdesk/pii/')) throw new Error('the PII keys are not handed out');
    return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  };
  return {
    derive,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    decrypt(stored) {
      const [version, iv, tag, ct] = stored.split('.');
      if (version !== 'v1' || iv === undefined || tag === undefined || ct === undefined) {
        throw new Error('Unrecognised encrypted value');
      }
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', macKey).update(value).digest('base64url');
    },
  };
}
