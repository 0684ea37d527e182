import { randomBytes } from 'node:crypto';
import {
  decodeEncodingAesKey,
  ImCryptoError,
  openBizMessage,
  readWecomMessage,
  readWecomXml,
  safeEqual,
  sealBizMessage,
  sortedSha1Signature,
  wecomEnvelopeXml,
} from './engine/index.ts';
import { bodyText, isFresh, PLAIN_TOKEN, queryParam, type ImCallbackRequest } from './callback-request.ts';
import { refuse, textAnswer, type ImCallbackOutcome } from './callback-outcome.ts';

/** A WeCom application's callback settings (应用管理 → 接收消息 → API 接收). */
export interface WecomCallbackConfig {
  token: string;
  /** The 43-character EncodingAESKey. */
  encodingAesKey: string;
  /** The corp id (企业ID): every payload must be addressed to it. */
  corpId: string;
  /** Refuse callbacks whose signed timestamp is further than this from now; unset: not checked. */
  maxClockSkewMs?: number;
}

/**
 * A WeCom callback (企业微信 回调). The URL check is a GET with msg_signature, timestamp, nonce and
 * echostr: the answer is echostr decrypted. A message is a POST with the same query (no echostr)
 * and `<xml><Encrypt>…</Encrypt></xml>`: signature first, then decryption, then the receiver.
 * WeCom wants an empty 200 within five seconds and retries otherwise.
 */
export function handleWecomCallback(request: ImCallbackRequest & { config: WecomCallbackConfig }): ImCallbackOutcome {
  const { query, config } = request;
  const signature = queryParam(query, 'msg_signature');
  const timestamp = queryParam(query, 'timestamp');
  const nonce = queryParam(query, 'nonce');
  if (!signature || !timestamp || !nonce) return refuse('missing_parameters', 'msg_signature, timestamp and nonce are required');
  const echostr = queryParam(query, 'echostr');
  let encrypt: string | undefined = echostr;
  if (encrypt === undefined) {
    const envelope = readWecomXml(bodyText(request.rawBody));
    encrypt = envelope?.Encrypt;
    if (!encrypt) return refuse('malformed_body', 'the body is not an <xml> document with Encrypt');
  }

  if (!safeEqual(signature, sortedSha1Signature([config.token, timestamp, nonce, encrypt]))) {
    return refuse('bad_signature', 'msg_signature does not match');
  }
  if (config.maxClockSkewMs !== undefined && !isFresh(timestamp, request.now ?? Date.now(), config.maxClockSkewMs)) {
    return refuse('stale_timestamp', `timestamp ${timestamp} is outside the allowed window`);
  }
  let opened;
  try {
    opened = openBizMessage(decodeEncodingAesKey(config.encodingAesKey), encrypt);
  } catch (error) {
    if (error instanceof ImCryptoError) return refuse('undecryptable', error.message);
    throw error;
  }
  if (opened.receiveId !== config.corpId) return refuse('wrong_receiver', 'the payload is addressed to another corp');

  if (echostr !== undefined) return { kind: 'challenge', answer: textAnswer(opened.message) };
  const fields = readWecomXml(opened.message);
  if (fields === null) return refuse('malformed_body', 'the decrypted message is not an <xml> document');
  const read = readWecomMessage(fields);
  return read.kind === 'message'
    ? { kind: 'messages', messages: [read.message], ignored: [], answer: textAnswer('') }
    : { kind: 'messages', messages: [], ignored: [read.what], answer: textAnswer('') };
}

export interface WecomReplyInput {
  config: Pick<WecomCallbackConfig, 'token' | 'encodingAesKey' | 'corpId'>;
  /** The reply in WeCom's passive-reply XML (被动回复消息格式), in clear. */
  replyXml: string;
  /** Epoch seconds, as a string; and a nonce of [A-Za-z0-9_-] (the callback's own may be reused). */
  timestamp: string;
  nonce: string;
  /** The 16 random bytes of the plaintext; fresh ones unless given (tests give them). */
  random?: Buffer;
}

/** Encrypts a passive reply (or a test callback) the way WeCom expects it in a response body. */
export function encryptWecomReply({ config, replyXml, timestamp, nonce, random }: WecomReplyInput): string {
  if (!/^[0-9]{1,15}$/.test(timestamp) || !PLAIN_TOKEN.test(nonce))
    throw new RangeError('timestamp must be digits and nonce [A-Za-z0-9_-]');
  const encrypt = sealBizMessage({
    aesKey: decodeEncodingAesKey(config.encodingAesKey),
    message: replyXml,
    receiveId: config.corpId,
    random: random ?? randomBytes(16),
  });
  const msgSignature = sortedSha1Signature([config.token, timestamp, nonce, encrypt]);
  return wecomEnvelopeXml({ encrypt, msgSignature, timestamp, nonce });
}
