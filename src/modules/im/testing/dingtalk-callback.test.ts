import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  dingtalkRobotSign,
  handleDingtalkEventCallback,
  handleDingtalkRobotCallback,
  sealDingtalkPayload,
  type DingtalkEventConfig,
  type ImCallbackOutcome,
} from '../index.ts';
import { decodeEncodingAesKey, openBizMessage, sealBizMessage, sortedSha1Signature } from '../engine/index.ts';
import { DINGTALK, DINGTALK_ROBOT_DOC_INPUTS } from './published-vectors.ts';

/** DingTalk (钉钉): event callbacks against the documented example; robot callbacks by their sign. */

const config: DingtalkEventConfig = { token: DINGTALK.token, aesKey: DINGTALK.aesKey, ownerKey: DINGTALK.ownerKey };
const aesKey = decodeEncodingAesKey(DINGTALK.aesKey);
const documentedQuery = { signature: DINGTALK.signature, timestamp: DINGTALK.timestamp, nonce: DINGTALK.nonce };
const documentedBody = JSON.stringify({ encrypt: DINGTALK.encrypt });

function refusalOf(outcome: ImCallbackOutcome) {
  if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${outcome.kind}`);
  return { reason: outcome.reason, status: outcome.status };
}

/** Opens an answer as DingTalk would: its signature checked, its plaintext and receiver read. */
function openAnswer(outcome: ImCallbackOutcome) {
  if (outcome.kind === 'refused') throw new Error(`refused: ${outcome.detail}`);
  const sealed: unknown = JSON.parse(outcome.answer.body);
  if (typeof sealed !== 'object' || sealed === null) throw new Error('answer is not an object');
  const { msg_signature, timeStamp, nonce, encrypt } = sealed as Record<string, string>;
  expect(sortedSha1Signature([DINGTALK.token, timeStamp ?? '', nonce ?? '', encrypt ?? ''])).toBe(msg_signature);
  return openBizMessage(aesKey, encrypt ?? '');
}

describe('event callbacks: the documented example', () => {
  it('signs and decrypts as documented', () => {
    expect(sortedSha1Signature([DINGTALK.token, DINGTALK.timestamp, DINGTALK.nonce, DINGTALK.encrypt])).toBe(DINGTALK.signature);
    const opened = openBizMessage(aesKey, DINGTALK.encrypt);
    expect(opened).toMatchObject({ message: DINGTALK.plaintext, receiveId: DINGTALK.ownerKey });
    expect(sealBizMessage({ aesKey, message: opened.message, receiveId: opened.receiveId, random: opened.random })).toBe(DINGTALK.encrypt);
  });

  it('answers the suite check with its Random encrypted and signed', () => {
    const outcome = handleDingtalkEventCallback({
      query: documentedQuery,
      headers: {},
      rawBody: documentedBody,
      config,
      now: 1445827046000,
    });
    expect(outcome.kind).toBe('challenge');
    expect(openAnswer(outcome)).toMatchObject({ message: 'LPIdSnlF', receiveId: DINGTALK.ownerKey });
  });

  it('takes msg_signature and timeStamp, the other spellings DingTalk uses', () => {
    const query = { msg_signature: DINGTALK.signature, timeStamp: DINGTALK.timestamp, nonce: DINGTALK.nonce };
    expect(handleDingtalkEventCallback({ query, headers: {}, rawBody: documentedBody, config }).kind).toBe('challenge');
  });
});

describe('event callbacks: other events and refusals', () => {
  const appConfig: DingtalkEventConfig = { ...config, ownerKey: 'dingappkey123' };
  const callback = (event: object, cfg = appConfig) => {
    const sealed = sealDingtalkPayload({ config: cfg, plaintext: JSON.stringify(event), timestamp: '1700000000000', nonce: 'n0nce' });
    return {
      query: { signature: sealed.msg_signature, timestamp: sealed.timeStamp, nonce: sealed.nonce },
      rawBody: JSON.stringify({ encrypt: sealed.encrypt }),
    };
  };

  it('answers check_url and every other event with an encrypted "success"', () => {
    const check = callback({ EventType: 'check_url' });
    const checked = handleDingtalkEventCallback({ ...check, headers: {}, config: appConfig });
    expect(checked.kind).toBe('challenge');
    expect(openAnswer(checked)).toMatchObject({ message: 'success', receiveId: 'dingappkey123' });
    const event = callback({ EventType: 'user_add_org', UserId: ['u1'] });
    const outcome = handleDingtalkEventCallback({ ...event, headers: {}, config: appConfig });
    expect(outcome).toMatchObject({ kind: 'messages', messages: [], ignored: ['event:user_add_org'] });
    expect(openAnswer(outcome).message).toBe('success');
  });

  it('refuses a wrong signature, a wrong receiver, a foreign key and a bad body', () => {
    const event = callback({ EventType: 'check_url' });
    const run = (overrides: Partial<Parameters<typeof handleDingtalkEventCallback>[0]>) =>
      handleDingtalkEventCallback({ ...event, headers: {}, config: appConfig, ...overrides });
    expect(refusalOf(run({ query: { ...event.query, nonce: 'other' } }))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(refusalOf(run({ config: { ...appConfig, ownerKey: 'dingsomeoneelse' } }))).toEqual({ reason: 'wrong_receiver', status: 403 });
    expect(refusalOf(run({ config: { ...appConfig, aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' } }))).toEqual({
      reason: 'undecryptable',
      status: 401,
    });
    expect(refusalOf(run({ rawBody: '{"nope":1}' }))).toEqual({ reason: 'malformed_body', status: 400 });
    expect(refusalOf(run({ query: { timestamp: '1', nonce: 'n' } }))).toEqual({ reason: 'missing_parameters', status: 400 });
  });

  it('checks the millisecond timestamp when a window is set', () => {
    const event = callback({ EventType: 'check_url' });
    const windowed = { ...appConfig, maxClockSkewMs: 60_000 };
    expect(handleDingtalkEventCallback({ ...event, headers: {}, config: windowed, now: 1700000030000 }).kind).toBe('challenge');
    expect(refusalOf(handleDingtalkEventCallback({ ...event, headers: {}, config: windowed, now: 1700000090000 }))).toEqual({
      reason: 'stale_timestamp',
      status: 401,
    });
  });
});

/** The sign computed with WebCrypto, independently of the implementation's node:crypto HMAC. */
async function webCryptoSign(timestamp: string, appSecret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await webcrypto.subtle.importKey('raw', encoder.encode(appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await webcrypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}\n${appSecret}`));
  return Buffer.from(mac).toString('base64');
}

describe('robot callbacks', () => {
  const { timestamp, appSecret } = DINGTALK_ROBOT_DOC_INPUTS;
  const sentAt = Number(timestamp);
  // A group message in the shape of the documentation's example (机器人接收消息).
  const groupMessage = {
    conversationId: 'cidqO7Ne6PojnDfKJm3ShtC3g==',
    chatbotCorpId: 'dinge8a565xxxx',
    chatbotUserId: '$:LWCP_v1:$Cxxxxx',
    msgId: 'msgHKzMdqmIEr7IhKtU+WOmQg==',
    senderNick: '张三',
    isAdmin: true,
    senderStaffId: '0123456',
    sessionWebhookExpiredTime: sentAt + 5_400_000,
    createAt: sentAt - 200,
    senderCorpId: 'dinge8a565xxxx',
    conversationType: '2',
    senderId: '$:LWCP_v1:$Ffxxxxx',
    conversationTitle: '差旅服务群',
    isInAtList: true,
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=xxxxx',
    text: { content: ' 我的改签还没处理' },
    robotCode: 'dingrobotcode',
    msgtype: 'text',
  };

  it('signs the documented inputs as WebCrypto does', async () => {
    expect(dingtalkRobotSign(timestamp, appSecret)).toBe(await webCryptoSign(timestamp, appSecret));
    expect(dingtalkRobotSign('1700000000000', 'SECabc中文')).toBe(await webCryptoSign('1700000000000', 'SECabc中文'));
  });

  it('reads a group message with its conversation and a one-to-one message without', async () => {
    const headers = { timestamp, sign: await webCryptoSign(timestamp, appSecret) };
    const group = handleDingtalkRobotCallback({
      query: {},
      headers,
      rawBody: JSON.stringify(groupMessage),
      config: { appSecret },
      now: sentAt + 1000,
    });
    expect(group).toEqual({
      kind: 'messages',
      messages: [
        {
          platform: 'dingtalk',
          externalUserId: '0123456',
          externalChatId: 'cidqO7Ne6PojnDfKJm3ShtC3g==',
          messageId: 'msgHKzMdqmIEr7IhKtU+WOmQg==',
          text: '我的改签还没处理',
          sentAt: new Date(sentAt - 200),
        },
      ],
      ignored: [],
      answer: { status: 200, contentType: 'text/plain; charset=utf-8', body: '' },
    });
    const single = { ...groupMessage, conversationType: '1' };
    const outcome = handleDingtalkRobotCallback({
      query: {},
      headers,
      rawBody: JSON.stringify(single),
      config: { appSecret },
      now: sentAt,
    });
    expect(outcome.kind === 'messages' && outcome.messages[0]?.externalChatId).toBe(undefined);
    const picture = { ...groupMessage, msgtype: 'picture', content: { downloadCode: 'x' } };
    expect(
      handleDingtalkRobotCallback({ query: {}, headers, rawBody: JSON.stringify(picture), config: { appSecret }, now: sentAt }),
    ).toMatchObject({
      kind: 'messages',
      messages: [],
      ignored: ['picture'],
    });
  });

  it('refuses a wrong sign, another secret and a timestamp more than an hour away', async () => {
    const body = JSON.stringify(groupMessage);
    const sign = await webCryptoSign(timestamp, appSecret);
    const run = (headers: Record<string, string>, now = sentAt, secret: string = appSecret) =>
      handleDingtalkRobotCallback({ query: {}, headers, rawBody: body, config: { appSecret: secret }, now });
    expect(refusalOf(run({ timestamp, sign: sign.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }))).toEqual({
      reason: 'bad_signature',
      status: 401,
    });
    expect(refusalOf(run({ timestamp: String(sentAt + 1), sign }))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(refusalOf(run({ timestamp, sign }, sentAt, 'another secret'))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(run({ timestamp, sign }, sentAt + 3_600_000).kind).toBe('messages');
    expect(refusalOf(run({ timestamp, sign }, sentAt + 3_600_001))).toEqual({ reason: 'stale_timestamp', status: 401 });
    expect(refusalOf(run({ timestamp, sign }, sentAt - 3_600_001))).toEqual({ reason: 'stale_timestamp', status: 401 });
    expect(refusalOf(run({ timestamp }))).toEqual({ reason: 'missing_parameters', status: 400 });
  });
});
