import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { ImCryptoError } from './im-crypto-error.ts';

/**
 * The message encryption WeCom (企业微信, "WXBizMsgCrypt") and DingTalk (钉钉 event callbacks)
 * share, as both document it:
 * - signature = hex SHA-1 of token, timestamp, nonce and the ciphertext, sorted and concatenated;
 * - AESKey = base64 decode of the 43-character EncodingAESKey + "=" (32 bytes), AES-256-CBC,
 *   IV = the key's first 16 bytes, PKCS#7 padding to a multiple of 32 bytes (not 16);
 * - plaintext = 16 random bytes + message length (4 bytes, big-endian) + message + receive id
 *   (WeCom: the corp id; DingTalk: the corp id, app key or suite key that owns the callback).
 */

const BLOCK = 32;
const RANDOM_BYTES = 16;
const ENCODING_AES_KEY = /^[A-Za-z0-9]{43}$/;

/** The AES key of an EncodingAESKey (43 characters of [A-Za-z0-9]). */
export function decodeEncodingAesKey(encodingAesKey: string): Buffer {
  if (!ENCODING_AES_KEY.test(encodingAesKey)) throw new ImCryptoError('bad_key', 'an EncodingAESKey is 43 characters of [A-Za-z0-9]');
  return Buffer.from(`${encodingAesKey}=`, 'base64');
}

/** The msg_signature over the given parts (token, timestamp, nonce, ciphertext), in any order. */
export function sortedSha1Signature(parts: readonly string[]): string {
  // Sorted by UTF-16 code units, as the platforms' Java and Python samples sort their strings.
  return createHash('sha1')
    .update([...parts].sort().join(''), 'utf8')
    .digest('hex');
}

export interface SealInput {
  aesKey: Buffer;
  message: string;
  receiveId: string;
  /** 16 random bytes, given by the caller so the engine stays deterministic. */
  random: Buffer;
}

/** Encrypts a message for the other side: base64 of the AES-CBC ciphertext. */
export function sealBizMessage({ aesKey, message, receiveId, random }: SealInput): string {
  if (random.length !== RANDOM_BYTES) throw new RangeError(`expected ${RANDOM_BYTES} random bytes, got ${random.length}`);
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(receiveId, 'utf8')]);
  const padLength = BLOCK - (plain.length % BLOCK);
  const padded = Buffer.concat([plain, Buffer.alloc(padLength, padLength)]);
  const cipher = createCipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

export interface OpenedMessage {
  message: string;
  receiveId: string;
  /** The sender's 16 random bytes (kept so a test can re-seal and compare byte for byte). */
  random: Buffer;
}

/** Decrypts a ciphertext; throws ImCryptoError when it is not one this key sealed. */
export function openBizMessage(aesKey: Buffer, encrypted: string): OpenedMessage {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) throw new ImCryptoError('undecryptable', 'the ciphertext is not whole AES blocks');
  const decipher = createDecipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(data), decipher.final()]);
  const padLength = plain[plain.length - 1] ?? 0;
  if (padLength < 1 || padLength > BLOCK || padLength > plain.length) throw new ImCryptoError('undecryptable', 'bad padding');
  for (let i = plain.length - padLength; i < plain.length; i += 1) {
    if (plain[i] !== padLength) throw new ImCryptoError('undecryptable', 'bad padding');
  }
  const content = plain.subarray(0, plain.length - padLength);
  if (content.length < RANDOM_BYTES + 4) throw new ImCryptoError('malformed_plaintext', 'the plaintext is too short');
  const messageLength = content.readUInt32BE(RANDOM_BYTES);
  const messageEnd = RANDOM_BYTES + 4 + messageLength;
  if (messageEnd > content.length) throw new ImCryptoError('malformed_plaintext', 'the message length exceeds the plaintext');
  return {
    random: Buffer.from(content.subarray(0, RANDOM_BYTES)),
    message: content.subarray(RANDOM_BYTES + 4, messageEnd).toString('utf8'),
    receiveId: content.subarray(messageEnd).toString('utf8'),
  };
}
