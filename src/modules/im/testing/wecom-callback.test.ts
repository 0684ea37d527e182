import { describe, expect, it } from 'vitest';
import { encryptWecomReply, handleWecomCallback, type ImCallbackOutcome, type WecomCallbackConfig } from '../index.ts';
import { decodeEncodingAesKey, openBizMessage, readWecomXml, sealBizMessage, sortedSha1Signature } from '../engine/index.ts';
import { WECOM } from './published-vectors.ts';

/** WeCom (企业微信) callbacks against the official sample's values, then what must be refused. */

const config: WecomCallbackConfig = { token: WECOM.token, encodingAesKey: WECOM.encodingAesKey, corpId: WECOM.corpId };
const aesKey = decodeEncodingAesKey(WECOM.encodingAesKey);

const verifyQuery = {
  msg_signature: WECOM.verifyUrl.msgSignature,
  timestamp: WECOM.verifyUrl.timestamp,
  nonce: WECOM.verifyUrl.nonce,
  echostr: WECOM.verifyUrl.echostr,
};
const messageQuery = { msg_signature: WECOM.message.msgSignature, timestamp: WECOM.message.timestamp, nonce: WECOM.message.nonce };

const post = (query: Record<string, string>, rawBody: string, cfg: WecomCallbackConfig = config, now?: number): ImCallbackOutcome =>
  handleWecomCallback({ query, headers: {}, rawBody, config: cfg, ...(now === undefined ? {} : { now }) });

function refusalOf(outcome: ImCallbackOutcome) {
  if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${outcome.kind}`);
  return { reason: outcome.reason, status: outcome.status };
}

describe('the published sample', () => {
  it('signs the URL check and the message as published', () => {
    const v = WECOM.verifyUrl;
    expect(sortedSha1Signature([WECOM.token, v.timestamp, v.nonce, v.echostr])).toBe(v.msgSignature);
    const m = WECOM.message;
    expect(sortedSha1Signature([m.encrypt, m.nonce, WECOM.token, m.timestamp])).toBe(m.msgSignature);
  });

  it('answers the URL check with echostr decrypted', () => {
    const outcome = handleWecomCallback({ query: verifyQuery, headers: {}, rawBody: undefined, config });
    expect(outcome).toEqual({
      kind: 'challenge',
      answer: { status: 200, contentType: 'text/plain; charset=utf-8', body: '1288432023552776189' },
    });
  });

  it('reads the message: 你好 from ChenJiaShun', () => {
    expect(post(messageQuery, WECOM.message.body)).toEqual({
      kind: 'messages',
      messages: [
        { platform: 'wecom', externalUserId: 'ChenJiaShun', messageId: '1456453720', text: '你好', sentAt: new Date(1476422779_000) },
      ],
      ignored: [],
      answer: { status: 200, contentType: 'text/plain; charset=utf-8', body: '' },
    });
    expect(openBizMessage(aesKey, WECOM.message.encrypt)).toMatchObject({ message: WECOM.message.plaintext, receiveId: WECOM.corpId });
  });

  it('re-encrypts both published ciphertexts byte for byte from their random bytes (32-byte PKCS#7 blocks)', () => {
    for (const encrypt of [WECOM.verifyUrl.echostr, WECOM.message.encrypt]) {
      const opened = openBizMessage(aesKey, encrypt);
      expect(sealBizMessage({ aesKey, message: opened.message, receiveId: opened.receiveId, random: opened.random })).toBe(encrypt);
    }
  });
});

describe('refusals', () => {
  it('refuses a signature that is off by one character', () => {
    const tampered = { ...messageQuery, msg_signature: `${messageQuery.msg_signature.slice(0, -1)}f` };
    expect(refusalOf(post(tampered, WECOM.message.body))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(refusalOf(post({ ...messageQuery, nonce: '1597212915' }, WECOM.message.body))).toEqual({ reason: 'bad_signature', status: 401 });
    expect(refusalOf(post(messageQuery, WECOM.message.body, { ...config, token: 'another-token' }))).toEqual({
      reason: 'bad_signature',
      status: 401,
    });
  });

  it('refuses a payload addressed to another corp, although its signature is right', () => {
    expect(refusalOf(post(messageQuery, WECOM.message.body, { ...config, corpId: 'ww0000000000000000' }))).toEqual({
      reason: 'wrong_receiver',
      status: 403,
    });
  });

  it('refuses a ciphertext another key produced, signed with the right token', () => {
    const otherKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const foreign = encryptWecomReply({ config: { ...config, encodingAesKey: otherKey }, replyXml: '<xml/>', timestamp: '1', nonce: 'n' });
    const fields = readWecomXml(foreign);
    const query = { msg_signature: fields?.MsgSignature ?? '', timestamp: '1', nonce: 'n' };
    expect(refusalOf(post(query, foreign))).toEqual({ reason: 'undecryptable', status: 401 });
  });

  it('refuses missing parameters and a body without Encrypt', () => {
    expect(refusalOf(post({ msg_signature: 'x', timestamp: '1' }, WECOM.message.body))).toEqual({
      reason: 'missing_parameters',
      status: 400,
    });
    expect(refusalOf(post(messageQuery, '<xml><ToUserName>x</ToUserName></xml>'))).toEqual({ reason: 'malformed_body', status: 400 });
    expect(refusalOf(post(messageQuery, 'not xml at all'))).toEqual({ reason: 'malformed_body', status: 400 });
  });

  it('checks the timestamp when a window is set', () => {
    const windowed = { ...config, maxClockSkewMs: 5 * 60_000 };
    const sent = 1476422779_000;
    expect(post(messageQuery, WECOM.message.body, windowed, sent + 4 * 60_000).kind).toBe('messages');
    expect(refusalOf(post(messageQuery, WECOM.message.body, windowed, sent + 6 * 60_000))).toEqual({
      reason: 'stale_timestamp',
      status: 401,
    });
    expect(refusalOf(post(messageQuery, WECOM.message.body, windowed, sent - 6 * 60_000))).toEqual({
      reason: 'stale_timestamp',
      status: 401,
    });
  });
});

describe('passive replies and other kinds of message', () => {
  const callbackFor = (replyXml: string, timestamp = '1700000000', nonce = 'abc123') => {
    const envelope = encryptWecomReply({ config, replyXml, timestamp, nonce });
    const fields = readWecomXml(envelope);
    return { envelope, fields, query: { msg_signature: fields?.MsgSignature ?? '', timestamp, nonce } };
  };

  it('encrypts a reply WeCom can check and open', () => {
    const replyXml =
      '<xml><ToUserName><![CDATA[ChenJiaShun]]></ToUserName><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[已收到]]></Content></xml>';
    const { fields } = callbackFor(replyXml);
    expect(fields).toMatchObject({ TimeStamp: '1700000000', Nonce: 'abc123' });
    expect(sortedSha1Signature([WECOM.token, '1700000000', 'abc123', fields?.Encrypt ?? ''])).toBe(fields?.MsgSignature);
    expect(openBizMessage(aesKey, fields?.Encrypt ?? '')).toMatchObject({ message: replyXml, receiveId: WECOM.corpId });
  });

  it('names events and non-text messages instead of reading them', () => {
    const event = callbackFor(
      '<xml><FromUserName>u1</FromUserName><CreateTime>1700000000</CreateTime><MsgType>event</MsgType><Event>enter_agent</Event></xml>',
    );
    expect(post(event.query, event.envelope)).toMatchObject({ kind: 'messages', messages: [], ignored: ['event:enter_agent'] });
    const image = callbackFor(
      '<xml><FromUserName>u1</FromUserName><CreateTime>1700000000</CreateTime><MsgType>image</MsgType><MsgId>1</MsgId></xml>',
    );
    expect(post(image.query, image.envelope)).toMatchObject({ kind: 'messages', messages: [], ignored: ['image'] });
  });

  it('keeps a MsgId longer than a double holds, and text with markup in CDATA', () => {
    const text = callbackFor(
      '<xml><FromUserName>u1</FromUserName><CreateTime>1700000000</CreateTime><MsgType>text</MsgType><Content><![CDATA[ 订单 <TD123> 改签 ]]></Content><MsgId>6054768590064713728</MsgId></xml>',
    );
    const outcome = post(text.query, text.envelope);
    expect(outcome).toMatchObject({ kind: 'messages', messages: [{ messageId: '6054768590064713728', text: '订单 <TD123> 改签' }] });
  });
});
