import type { PiiCipher } from '../../../platform/crypto/pii.ts';

/** How personal numbers are stored: encrypted, plus a blind index of the phone for look-ups. */
export interface PiiColumns {
  phoneEnc: string | null;
  phoneHash: string | null;
  idCardEnc: string | null;
  passportEnc: string | null;
}

export const sealOrNull = (cipher: PiiCipher, plain: string | null): string | null => (plain === null ? null : cipher.encrypt(plain));

export const phoneColumns = (cipher: PiiCipher, phone: string | null): Pick<PiiColumns, 'phoneEnc' | 'phoneHash'> => ({
  phoneEnc: sealOrNull(cipher, phone),
  phoneHash: phone === null ? null : cipher.blindIndex(phone),
});

export const openOrNull = (cipher: PiiCipher, stored: string | null): string | null => (stored === null ? null : cipher.decrypt(stored));
