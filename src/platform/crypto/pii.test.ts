import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskIdCard, maskPassport, maskPhone } from './mask.ts';
import { createPiiCipher } from './pii.ts';

const key = Buffer.from('7f1c0e3a9b2d4c6e8f0a1b3c5d7e9f01234567890abcdef0fedcba9876543210', 'hex');

describe('PII cipher', () => {
  const cipher = createPiiCipher(key);

  it('round-trips, including non-ASCII and empty values', () => {
    for (const plain of ['13812345678', '110105194912310021', 'E12345678', '张三 · 北京']) {
      const stored = cipher.encrypt(plain);
      expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(stored).not.toContain(plain);
      expect(cipher.decrypt(stored)).toBe(plain);
    }
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('uses a random IV: the same value encrypts differently each time', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(cipher.decrypt(a)).toBe(cipher.decrypt(b));
  });

  it('refuses tampered values (authenticated encryption)', () => {
    const stored = cipher.encrypt('13812345678');
    const [v, iv, tag, ct] = stored.split('.') as [string, string, string, string];
    const flip = (s: string) => {
      const bytes = Buffer.from(s, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    expect(() => cipher.decrypt([v, iv, tag, flip(ct)].join('.'))).toThrow();
    expect(() => cipher.decrypt([v, iv, flip(tag), ct].join('.'))).toThrow();
    expect(() => cipher.decrypt([v, flip(iv), tag, ct].join('.'))).toThrow();
    expect(() => cipher.decrypt(['v2', iv, tag, ct].join('.'))).toThrow(/Unrecognised/);
    expect(() => cipher.decrypt('13812345678')).toThrow(/Unrecognised/);
  });

  it('another key cannot read it', () => {
    const other = createPiiCipher(randomBytes(32));
    expect(() => other.decrypt(cipher.encrypt('13812345678'))).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createPiiCipher(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('blind index: deterministic per key, distinct per value, not the value itself', () => {
    const a = cipher.blindIndex('13812345678');
    expect(cipher.blindIndex('13812345678')).toBe(a);
    expect(createPiiCipher(key).blindIndex('13812345678')).toBe(a);
    expect(cipher.blindIndex('13812345679')).not.toBe(a);
    expect(createPiiCipher(randomBytes(32)).blindIndex('13812345678')).not.toBe(a);
    expect(a).not.toContain('12345678');
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the encryption and index keys apart', () => {
    // The index is an HMAC under a derived key, not a deterministic encryption of the value.
    const stored = cipher.encrypt('13812345678');
    expect(stored).not.toContain(cipher.blindIndex('13812345678'));
  });
});

describe('masks', () => {
  it('phone keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('ID card keeps the first three and last four characters', () => {
    expect(maskIdCard('110105194912310021')).toBe('110***********0021');
    expect(maskIdCard('11010519491231002X')).toBe('110***********002X');
  });
  it('passport keeps two at each end', () => {
    expect(maskPassport('E12345678')).toBe('E1*****78');
  });
  it('short values are masked entirely, never revealed', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPassport('E123')).toBe('****');
    expect(maskIdCard('')).toBe('');
  });
  it('the mask keeps the length', () => {
    for (const v of ['13812345678', '110105194912310021', 'E12345678']) {
      expect(maskPhone(v)).toHaveLength(v.length);
    }
  });
});
