import { randomBytes, webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encryptFeishuPayload,
  feishuSignature,
  handleFeishuCallback,
  type FeishuCallbackConfig,
  type ImCallbackOutcome,
} from '../index.ts';
import { decryptFeishuPayload } from '../engine/index.ts';
import { FEISHU } from './published-vectors.ts';

/** Feishu (飞书): the published encrypt examples, the signature, url_verification and im.message.receive_v1. */

function refusalOf(outcome: ImCallbackOutcome) {
  if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${outcome.kind}`);
  return { reason: outcome.reason, status: outcome.status };
}

/** X-Lark-Signature computed with WebCrypto over the concatenated bytes, independently of the implementation. */
async function webCryptoSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Buffer): Promise<string> {
  const head = Buffer.from(`${timestamp}${nonce}${encryptKey}`, 'utf8');
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', Buffer.concat([head, rawBody]))).toString('hex');
}

describe('the published encrypt examples', () => {
  it('decrypts "test key" to hello world and the SDK event to its JSON', () => {
    expect(decryptFeishuPayload(FEISHU.helloWorld.encryptKey, FEISHU.helloWorld.encrypt)).toBe(FEISHU.helloWorld.plaintext);
    expect(decryptFeishuPayload(FEISHU.userCreated.encryptKey, FEISHU.userCreated.encrypt)).toBe(FEISHU.userCreated.plaintext);
  });

  it('re-encrypts them byte for byte with their own IV', () => {
    for (const v of [FEISHU.helloWorld, FEISHU.userCreated]) {
      const iv = Buffer.from(v.encrypt, 'base64').subarray(0, 16);
      expect(encryptFeishuPayload(v.encryptKey, v.plaintext, iv)).toBe(v.encrypt);
    }
  });

  it('answers the SDK test challenge, which Feishu sends unsigned', () => {
    const { encryptKey, verificationToken, encrypt, challenge } = FEISHU.challenge;
    const outcome = handleFeishuCallback({
      query: {},
      headers: {},
      rawBody: JSON.stringify({ encrypt }),
      config: { encryptKey, verificationToken },
    });
    expect(outcome).toEqual({
      kind: 'challenge',
      answer: { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ challenge }) },
    });
  });

  it('refuses the unsigned challenge with another token, and unsigned garbage, alike', () => {
    const { encryptKey, encrypt } = FEISHU.challenge;
    const run = (rawBody: string, verificationToken: string) =>
      handleFeishuCallback({ query: {}, headers: {}, rawBody, config: { encryptKey, verificationToken } });
    const expected = { reason: 'bad_signature', status: 401 };
    expect(refusalOf(run(JSON.stringify({ encrypt }), 'another-token'))).toEqual(expected);
    expect(refusalOf(run(JSON.stringify({ encrypt: randomBytes(48).toString('base64') }), FEISHU.challenge.verificationToken))).toEqual(
      expected,
    );
    expect(refusalOf(run(JSON.stringify({ encrypt: 'not base64!' }), FEISHU.challenge.verificationToken))).toEqual(expected);
  });
});

describe('X-Lark-Signature', () => {
  it('is SHA-256 of timestamp, nonce, Encrypt Key and the raw body bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.uint8Array({ maxLength: 200 }),
        async (timestamp, nonce, encryptKey, body) => {
          const rawBody = Buffer.from(body);
          expect(feishuSignature({ timestamp, nonce, encryptKey, rawBody })).toBe(
            await webCryptoSignature(timestamp, nonce, encryptKey, rawBody),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** An im.message.receive_v1 callback in the shape of Feishu's documented example (接收消息). */
const receiveEvent = (message: Record<string, unknown>, eventType = 'im.message.receive_v1', token = 'vt-tripdesk') => ({
  schema: '2.0',
  header: {
    event_id: '5e3702a84e847582be8db7fb73283c02',
    event_type: eventType,
    create_time: '1608725989000',
    token,
    app_id: 'cli_9f5343c580712544',
    tenant_key: '2ca1d211f64f6438',
  },
  event: {
    sender: {
      sender_id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' },
      sender_type: 'user',
      tenant_key: '736588c9260f175e',
    },
    message: {
      message_id: 'om_5ce6d572455d361153b7cb51da133945',
      root_id: '',
      parent_id: '',
      create_time: '1609073151345',
      chat_id: 'oc_5ce6d572455d361153b7xx51da133945',
      chat_type: 'group',
      message_type: 'text',
      content: JSON.stringify({ text: '@_user_1 我的退票进度？' }),
      mentions: [{ key: '@_user_1', id: { open_id: 'ou_bot' }, name: '差旅客服', tenant_key: '736588c9260f175e' }],
      ...message,
    },
  },
});
describe('signed event callbacks', () => {
  const config: FeishuCallbackConfig = { encryptKey: 'kudryavka-ek', verificationToken: 'vt-tripdesk' };
  const signedRequest = async (payload: unknown, timestamp = '1609073152', nonce = '13a7b5c4') => {
    const rawBody = JSON.stringify({ encrypt: encryptFeishuPayload(config.encryptKey ?? '', JSON.stringify(payload), randomBytes(16)) });
    const headers = {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': await webCryptoSignature(timestamp, nonce, config.encryptKey ?? '', Buffer.from(rawBody)),
    };
    return { query: {}, headers, rawBody };
  };

  it('reads a group text message, mentions named', async () => {
    const outcome = handleFeishuCallback({ ...(await signedRequest(receiveEvent({}))), config });
    expect(outcome).toEqual({
      kind: 'messages',
      messages: [
        {
          platform: 'feishu',
          externalUserId: 'ou_84aad35d084aa403a838cf73ee18467',
          externalChatId: 'oc_5ce6d572455d361153b7xx51da133945',
          messageId: 'om_5ce6d572455d361153b7cb51da133945',
          text: '@差旅客服 我的退票进度？',
          sentAt: new Date(1609073151345),
        },
      ],
      ignored: [],
      answer: { status: 200, contentType: 'application/json; charset=utf-8', body: '{}' },
    });
  });

  it('reads a one-to-one message without a chat, and names what it does not read', async () => {
    const p2p = handleFeishuCallback({
      ...(await signedRequest(receiveEvent({ chat_type: 'p2p', mentions: undefined, content: '{"text":"你好"}' }))),
      config,
    });
    expect(p2p).toMatchObject({ kind: 'messages', messages: [{ text: '你好' }] });
    expect(p2p.kind === 'messages' && 'externalChatId' in (p2p.messages[0] ?? {})).toBe(false);
    const image = handleFeishuCallback({
      ...(await signedRequest(receiveEvent({ message_type: 'image', content: '{"image_key":"img_1"}' }))),
      config,
    });
    expect(image).toMatchObject({ kind: 'messages', messages: [], ignored: ['image'] });
    const other = handleFeishuCallback({ ...(await signedRequest(receiveEvent({}, 'im.chat.member.user.added_v1'))), config });
    expect(other).toMatchObject({ kind: 'messages', messages: [], ignored: ['event:im.chat.member.user.added_v1'] });
  });

  it('takes the Java SDK example as a signed callback (an event the desk does not read)', async () => {
    const { encryptKey, encrypt } = FEISHU.userCreated;
    const rawBody = JSON.stringify({ encrypt });
    const headers = {
      'x-lark-request-timestamp': '1603977298',
      'x-lark-request-nonce': 'nonce',
      'x-lark-signature': await webCryptoSignature('1603977298', 'nonce', encryptKey, Buffer.from(rawBody)),
    };
    const outcome = handleFeishuCallback({ query: {}, headers, rawBody, config: { encryptKey, verificationToken: 'v' } });
    expect(outcome).toMatchObject({ kind: 'messages', messages: [], ignored: ['event:contact.user.created_v3'] });
  });

  it('refuses a changed body, a wrong token, plaintext and a stale timestamp', async () => {
    const request = await signedRequest(receiveEvent({}));
    const changed = { ...request, rawBody: request.rawBody.replace('{"encrypt":', '{ "encrypt":') };
    expect(refusalOf(handleFeishuCallback({ ...changed, config }))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(refusalOf(handleFeishuCallback({ ...request, config: { ...config, verificationToken: 'other' } }))).toEqual({
      reason: 'bad_token',
      status: 401,
    });
    expect(refusalOf(handleFeishuCallback({ ...request, config: { ...config, encryptKey: 'other key' } }))).toEqual({
      reason: 'bad_signature',
      status: 401,
    });
    const plaintext = JSON.stringify(receiveEvent({}));
    expect(refusalOf(handleFeishuCallback({ query: {}, headers: {}, rawBody: plaintext, config }))).toEqual({
      reason: 'bad_signature',
      status: 401,
    });
    const windowed = { ...config, maxClockSkewMs: 5 * 60_000 };
    expect(handleFeishuCallback({ ...request, config: windowed, now: 1609073152_000 + 60_000 }).kind).toBe('messages');
    expect(refusalOf(handleFeishuCallback({ ...request, config: windowed, now: 1609073152_000 + 6 * 60_000 }))).toEqual({
      reason: 'stale_timestamp',
      status: 401,
    });
    expect(refusalOf(handleFeishuCallback({ query: {}, headers: {}, rawBody: 'nope', config }))).toEqual({
      reason: 'malformed_body',
      status: 400,
    });
  });
});

describe('without an Encrypt Key', () => {
  const config: FeishuCallbackConfig = { verificationToken: 'vt-plain' };

  it('answers the plaintext challenge and reads plaintext events by their token', () => {
    const challenge = JSON.stringify({ challenge: 'ajls384kdjx98XX', token: 'vt-plain', type: 'url_verification' });
    expect(handleFeishuCallback({ query: {}, headers: {}, rawBody: challenge, config })).toMatchObject({
      kind: 'challenge',
      answer: { body: '{"challenge":"ajls384kdjx98XX"}' },
    });
    const wrong = JSON.stringify({ challenge: 'x', token: 'guess', type: 'url_verification' });
    expect(refusalOf(handleFeishuCallback({ query: {}, headers: {}, rawBody: wrong, config }))).toEqual({
      reason: 'bad_token',
      status: 401,
    });
    const event = handleFeishuCallback({
      query: {},
      headers: {},
      rawBody: JSON.stringify(receiveEvent({}, undefined, 'vt-plain')),
      config,
    });
    expect(event).toMatchObject({ kind: 'messages', messages: [{ platform: 'feishu', text: '@差旅客服 我的退票进度？' }] });
    const forged = handleFeishuCallback({ query: {}, headers: {}, rawBody: JSON.stringify(receiveEvent({}, undefined, 'guess')), config });
    expect(refusalOf(forged)).toEqual({ reason: 'bad_token', status: 401 });
    const encrypted = JSON.stringify({ encrypt: FEISHU.helloWorld.encrypt });
    expect(refusalOf(handleFeishuCallback({ query: {}, headers: {}, rawBody: encrypted, config }))).toEqual({
      reason: 'undecryptable',
      status: 401,
    });
  });
});
