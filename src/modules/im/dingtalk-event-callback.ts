import { randomBytes } from 'node:crypto';
import { decodeEncodingAesKey, ImCryptoError, openBizMessage, safeEqual, sealBizMessage, sortedSha1Signature } from './engine/index.ts';
import { bodyText, isFresh, jsonObject, queryParam, type ImCallbackRequest } from './callback-request.ts';
import { jsonAnswer, refuse, type ImCallbackOutcome, type ImHttpAnswer } from './callback-outcome.ts';

/** A DingTalk app's event subscription settings (事件订阅, HTTP 推送). */
export interface DingtalkEventConfig {
  /** 签名 token. */
  token: string;
  /** 加密 aes_key: 43 characters. */
  aesKey: string;
  /** Whom payloads are addressed to: the app key (event subscription), the corp id or the suite key. */
  ownerKey: string;
  /** Refuse callbacks whose signed timestamp (milliseconds) is further than this from now; unset: not checked. */
  maxClockSkewMs?: number;
}

/** The encrypted JSON DingTalk expects back: `{msg_signature, timeStamp, nonce, encrypt}`. */
export interface DingtalkSealedPayload {
  msg_signature: string;
  timeStamp: string;
  nonce: string;
  encrypt: string;
}

export interface DingtalkSealInput {
  config: Pick<DingtalkEventConfig, 'token' | 'aesKey' | 'ownerKey'>;
  plaintext: string;
  timestamp: string;
  nonce: string;
  random?: Buffer;
}

/** Encrypts and signs a payload for DingTalk (the answer to a callback, or a test callback's body). */
export function sealDingtalkPayload({ config, plaintext, timestamp, nonce, random }: DingtalkSealInput): DingtalkSealedPayload {
  const encrypt = sealBizMessage({
    aesKey: decodeEncodingAesKey(config.aesKey),
    message: plaintext,
    receiveId: config.ownerKey,
    random: random ?? randomBytes(16),
  });
  return { msg_signature: sortedSha1Signature([config.token, timestamp, nonce, encrypt]), timeStamp: timestamp, nonce, encrypt };
}

/** The events that only check the URL. The old suite checks (套件) want their Random echoed, the rest "success". */
const URL_CHECKS = new Set(['check_url', 'check_create_suite_url', 'check_update_suite_url']);

/**
 * A DingTalk event callback (事件订阅 HTTP 推送): POST with signature (or msg_signature), timestamp
 * (or timeStamp) and nonce in the query and `{"encrypt": "…"}` as the body. Every event must be
 * answered with an encrypted "success", or DingTalk retries. Chat messages reach a robot's own
 * callback instead (handleDingtalkRobotCallback): events come out as `ignored`.
 */
export function handleDingtalkEventCallback(request: ImCallbackRequest & { config: DingtalkEventConfig }): ImCallbackOutcome {
  const { query, config } = request;
  const now = request.now ?? Date.now();
  const signature = queryParam(query, 'msg_signature', 'signature');
  const timestamp = queryParam(query, 'timestamp', 'timeStamp');
  const nonce = queryParam(query, 'nonce');
  if (!signature || !timestamp || !nonce) return refuse('missing_parameters', 'signature, timestamp and nonce are required');
  const body = jsonObject(bodyText(request.rawBody));
  const encrypt = body?.encrypt;
  if (typeof encrypt !== 'string' || encrypt === '') return refuse('malformed_body', 'the body is not {"encrypt": "…"}');

  if (!safeEqual(signature, sortedSha1Signature([config.token, timestamp, nonce, encrypt]))) {
    return refuse('bad_signature', 'signature does not match');
  }
  if (config.maxClockSkewMs !== undefined && !isFresh(timestamp, now, config.maxClockSkewMs)) {
    return refuse('stale_timestamp', `timestamp ${timestamp} is outside the allowed window`);
  }
  let opened;
  try {
    opened = openBizMessage(decodeEncodingAesKey(config.aesKey), encrypt);
  } catch (error) {
    if (error instanceof ImCryptoError) return refuse('undecryptable', error.message);
    throw error;
  }
  if (opened.receiveId !== config.ownerKey) return refuse('wrong_receiver', 'the payload is addressed to another app');
  const event = jsonObject(opened.message);
  const eventType = event?.EventType;
  if (typeof eventType !== 'string') return refuse('malformed_body', 'the decrypted event has no EventType');

  const answer = (plaintext: string): ImHttpAnswer =>
    jsonAnswer(sealDingtalkPayload({ config, plaintext, timestamp: String(now), nonce: randomBytes(6).toString('hex') }));
  if (URL_CHECKS.has(eventType)) {
    const random = event?.Random;
    return { kind: 'challenge', answer: answer(eventType !== 'check_url' && typeof random === 'string' ? random : 'success') };
  }
  return { kind: 'messages', messages: [], ignored: [`event:${eventType}`], answer: answer('success') };
}
