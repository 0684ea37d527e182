import {
  decryptFeishuPayload,
  FEISHU_RECEIVE_MESSAGE,
  feishuSignature,
  ImCryptoError,
  readFeishuMessageEvent,
  safeEqual,
} from './engine/index.ts';
import { bodyBytes, bodyText, headerValue, isFresh, jsonObject, type ImCallbackRequest } from './callback-request.ts';
import { jsonAnswer, refuse, type ImCallbackOutcome, type ImRefusal } from './callback-outcome.ts';

/** A Feishu app's event settings (事件与回调 → 加密策略). */
export interface FeishuCallbackConfig {
  /** The Verification Token: every payload carries it. */
  verificationToken: string;
  /**
   * The Encrypt Key. Set, Feishu encrypts and signs every event and plaintext bodies are refused;
   * unset, only the Verification Token inside the body vouches for it.
   */
  encryptKey?: string;
  /** Refuse signed callbacks whose X-Lark-Request-Timestamp is further than this from now; unset: not checked. */
  maxClockSkewMs?: number;
}

type Payload = { ok: true; payload: Record<string, unknown> } | { ok: false; refusal: ImRefusal };

function decrypted(encryptKey: string, encrypt: string): Record<string, unknown> | null {
  try {
    return jsonObject(decryptFeishuPayload(encryptKey, encrypt));
  } catch (error) {
    if (error instanceof ImCryptoError) return null;
    throw error;
  }
}

/**
 * The payload of a request, authenticated as far as the settings allow. Feishu signs events but
 * not its URL check, so an encrypted body without signature headers is accepted only when it
 * decrypts to a url_verification. On that unsigned path every failure is the same refusal: a
 * caller must not learn whether a forged ciphertext had valid padding.
 */
function authenticatedPayload(request: ImCallbackRequest, config: FeishuCallbackConfig): Payload {
  const body = jsonObject(bodyText(request.rawBody));
  if (body === null) return { ok: false, refusal: refuse('malformed_body', 'the body is not a JSON object') };
  const { encryptKey } = config;
  if (typeof body.encrypt !== 'string') {
    return encryptKey === undefined
      ? { ok: true, payload: body }
      : { ok: false, refusal: refuse('bad_signature', 'an Encrypt Key is set: plaintext callbacks are refused') };
  }
  if (encryptKey === undefined) return { ok: false, refusal: refuse('undecryptable', 'an encrypted callback, but no Encrypt Key is set') };

  const timestamp = headerValue(request.headers, 'x-lark-request-timestamp');
  const nonce = headerValue(request.headers, 'x-lark-request-nonce');
  const signature = headerValue(request.headers, 'x-lark-signature');
  if (!timestamp || !nonce || !signature) {
    const payload = decrypted(encryptKey, body.encrypt);
    const token = payload === null ? undefined : tokenOf(payload);
    if (payload?.type !== 'url_verification' || typeof token !== 'string' || !safeEqual(token, config.verificationToken)) {
      return { ok: false, refusal: refuse('bad_signature', 'an unsigned callback that is not a URL check') };
    }
    return { ok: true, payload };
  }
  const expected = feishuSignature({ timestamp, nonce, encryptKey, rawBody: bodyBytes(request.rawBody) });
  if (!safeEqual(signature, expected)) return { ok: false, refusal: refuse('bad_signature', 'X-Lark-Signature does not match') };
  if (config.maxClockSkewMs !== undefined && !isFresh(timestamp, request.now ?? Date.now(), config.maxClockSkewMs)) {
    return { ok: false, refusal: refuse('stale_timestamp', `timestamp ${timestamp} is outside the allowed window`) };
  }
  const payload = decrypted(encryptKey, body.encrypt);
  if (payload === null) return { ok: false, refusal: refuse('undecryptable', 'the encrypt field does not decrypt to a JSON object') };
  return { ok: true, payload };
}

function tokenOf(payload: Record<string, unknown>): unknown {
  const header = payload.header;
  // Schema 2.0 carries the token in its header; the URL check and schema 1.0 at the top.
  return typeof header === 'object' && header !== null && 'token' in header ? header.token : payload.token;
}

/**
 * A Feishu event callback (事件订阅 v2.0, 请求地址): the url_verification challenge, and
 * im.message.receive_v1 text messages. Other events are acknowledged and named in `ignored`.
 */
export function handleFeishuCallback(request: ImCallbackRequest & { config: FeishuCallbackConfig }): ImCallbackOutcome {
  const { config } = request;
  const authenticated = authenticatedPayload(request, config);
  if (!authenticated.ok) return authenticated.refusal;
  const { payload } = authenticated;
  const token = tokenOf(payload);
  if (typeof token !== 'string' || !safeEqual(token, config.verificationToken))
    return refuse('bad_token', 'the Verification Token does not match');

  if (payload.type === 'url_verification') {
    if (typeof payload.challenge !== 'string') return refuse('malformed_body', 'url_verification without a challenge');
    return { kind: 'challenge', answer: jsonAnswer({ challenge: payload.challenge }) };
  }
  const header = payload.header;
  const eventType = typeof header === 'object' && header !== null && 'event_type' in header ? header.event_type : undefined;
  if (payload.schema !== '2.0' || typeof eventType !== 'string') {
    return { kind: 'messages', messages: [], ignored: ['schema 1.0 event'], answer: jsonAnswer({}) };
  }
  if (eventType !== FEISHU_RECEIVE_MESSAGE)
    return { kind: 'messages', messages: [], ignored: [`event:${eventType}`], answer: jsonAnswer({}) };
  const read = readFeishuMessageEvent(payload.event);
  return read.kind === 'message'
    ? { kind: 'messages', messages: [read.message], ignored: [], answer: jsonAnswer({}) }
    : { kind: 'messages', messages: [], ignored: [read.what], answer: jsonAnswer({}) };
}
