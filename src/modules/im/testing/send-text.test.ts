import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccessTokenCache, ImSendError, sendDingtalkText, sendFeishuText, sendWecomText, type AccessTokenCache } from '../index.ts';
import { startStubPlatform, type StubPlatform, type StubRequest } from './stub-platform.ts';

/** The send adapters against a local stub of each platform's API: requests as documented, tokens cached, errors clear. */

let stub: StubPlatform;
let clock: number;
let tokens: AccessTokenCache;

beforeAll(async () => {
  stub = await startStubPlatform();
});
afterAll(async () => {
  await stub?.close();
});
beforeEach(() => {
  stub.requests.length = 0;
  clock = 1_700_000_000_000;
  tokens = createAccessTokenCache({ now: () => clock });
});

async function sendError(promise: Promise<unknown>): Promise<ImSendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImSendError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

const paths = () => stub.requests.map((r) => r.path);

describe('WeCom', () => {
  const credentials = { corpId: 'ww1436e0e65a779aee', corpSecret: 'corp-secret', agentId: 1000002 };
  let issued = 0;
  /** A WeCom whose tokens are tok-1, tok-2 …, with `sendAnswer` deciding message/send. */
  const wecom = (
    sendAnswer: (r: StubRequest) => Record<string, unknown> = () => ({ errcode: 0, errmsg: 'ok', invaliduser: '', msgid: 'msg-1' }),
  ) =>
    stub.answer((r) => {
      if (r.path === '/cgi-bin/gettoken') {
        issued += 1;
        return { json: { errcode: 0, errmsg: 'ok', access_token: `tok-${issued}`, expires_in: 7200 } };
      }
      return { json: sendAnswer(r) };
    });
  const send = (text = '已为您改签') => sendWecomText({ baseUrl: stub.url, credentials, to: { userId: 'ChenJiaShun' }, text, tokens });
  beforeEach(() => {
    issued = 0;
  });

  it('gets a token once, then sends the documented message/send body', async () => {
    wecom();
    expect(await send()).toEqual({ messageId: 'msg-1' });
    expect(await send('第二条')).toEqual({ messageId: 'msg-1' });
    expect(paths()).toEqual(['/cgi-bin/gettoken', '/cgi-bin/message/send', '/cgi-bin/message/send']);
    const [gettoken, first] = stub.requests;
    expect(gettoken?.method).toBe('GET');
    expect(Object.fromEntries(gettoken?.query ?? [])).toEqual({ corpid: 'ww1436e0e65a779aee', corpsecret: 'corp-secret' });
    expect(first?.method).toBe('POST');
    expect(first?.query.get('access_token')).toBe('tok-1');
    expect(first?.body).toEqual({ touser: 'ChenJiaShun', msgtype: 'text', agentid: 1000002, text: { content: '已为您改签' } });
  });

  it('renews the token shortly before it expires, and shares one fetch between concurrent sends', async () => {
    wecom();
    await Promise.all([send(), send(), send()]);
    expect(paths().filter((p) => p === '/cgi-bin/gettoken')).toHaveLength(1);
    clock += 7200_000 - 5 * 60_000 - 1;
    await send();
    expect(stub.requests.at(-1)?.query.get('access_token')).toBe('tok-1');
    clock += 2;
    await send();
    expect(stub.requests.at(-1)?.query.get('access_token')).toBe('tok-2');
  });

  it('fetches a new token and retries once when WeCom says the token expired', async () => {
    wecom((r) =>
      r.query.get('access_token') === 'tok-1'
        ? { errcode: 42001, errmsg: 'access_token expired' }
        : { errcode: 0, errmsg: 'ok', msgid: 'msg-2' },
    );
    expect(await send()).toEqual({ messageId: 'msg-2' });
    expect(paths()).toEqual(['/cgi-bin/gettoken', '/cgi-bin/message/send', '/cgi-bin/gettoken', '/cgi-bin/message/send']);
  });

  it('reports a refused send, an unknown user and a refused token with their codes', async () => {
    wecom(() => ({ errcode: 81013, errmsg: 'user & party & tag all invalid' }));
    expect(await sendError(send())).toMatchObject({
      platform: 'wecom',
      step: 'send',
      code: '81013',
      httpStatus: 200,
      message: expect.stringContaining('81013'),
    });
    wecom(() => ({ errcode: 0, errmsg: 'ok', invaliduser: 'ChenJiaShun', msgid: '' }));
    expect(await sendError(send())).toMatchObject({ step: 'send', message: expect.stringContaining('unknown user ChenJiaShun') });
    wecom(() => ({ errcode: 42001, errmsg: 'access_token expired' }));
    expect(await sendError(send())).toMatchObject({ step: 'send', code: '42001' });
    stub.answer(() => ({ json: { errcode: 40001, errmsg: 'invalid credential' } }));
    expect(
      await sendError(
        sendWecomText({ baseUrl: stub.url, credentials: { ...credentials, corpSecret: 'wrong' }, to: { userId: 'u' }, text: 't', tokens }),
      ),
    ).toMatchObject({
      platform: 'wecom',
      step: 'token',
      code: '40001',
    });
  });
});

describe('DingTalk', () => {
  const credentials = { appKey: 'dingappkey', appSecret: 'app-secret', robotCode: 'dingrobot' };
  let issued = 0;
  const dingtalk = (
    sendAnswer: (r: StubRequest) => { status?: number; json: unknown } = () => ({
      json: { processQueryKey: 'pqk-1', invalidStaffIdList: [], flowControlledStaffIdList: [] },
    }),
  ) =>
    stub.answer((r) => {
      if (r.path === '/v1.0/oauth2/accessToken') {
        issued += 1;
        return { json: { accessToken: `tok-${issued}`, expireIn: 7200 } };
      }
      return sendAnswer(r);
    });
  beforeEach(() => {
    issued = 0;
  });

  it('sends to a member through oToMessages/batchSend and to a group through groupMessages/send', async () => {
    dingtalk();
    expect(await sendDingtalkText({ baseUrl: stub.url, credentials, to: { userId: '0123456' }, text: '已退票', tokens })).toEqual({
      messageId: 'pqk-1',
    });
    expect(
      await sendDingtalkText({ baseUrl: stub.url, credentials, to: { openConversationId: 'cidGroup==' }, text: '已退票', tokens }),
    ).toEqual({ messageId: 'pqk-1' });
    expect(paths()).toEqual(['/v1.0/oauth2/accessToken', '/v1.0/robot/oToMessages/batchSend', '/v1.0/robot/groupMessages/send']);
    const [token, single, group] = stub.requests;
    expect(token?.body).toEqual({ appKey: 'dingappkey', appSecret: 'app-secret' });
    expect(single?.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(single?.body).toEqual({ robotCode: 'dingrobot', userIds: ['0123456'], msgKey: 'sampleText', msgParam: '{"content":"已退票"}' });
    expect(group?.body).toEqual({
      robotCode: 'dingrobot',
      openConversationId: 'cidGroup==',
      msgKey: 'sampleText',
      msgParam: '{"content":"已退票"}',
    });
  });

  it('retries once with a new token after a 401, and reports refusals with their code', async () => {
    dingtalk((r) =>
      r.headers['x-acs-dingtalk-access-token'] === 'tok-1'
        ? { status: 401, json: { code: 'InvalidAuthentication', message: '不合法的access_token' } }
        : { json: { processQueryKey: 'pqk-2' } },
    );
    expect(await sendDingtalkText({ baseUrl: stub.url, credentials, to: { userId: 'u' }, text: 't', tokens })).toEqual({
      messageId: 'pqk-2',
    });
    expect(paths().filter((p) => p === '/v1.0/oauth2/accessToken')).toHaveLength(2);

    dingtalk(() => ({ status: 400, json: { code: 'invalidParameter.robotCode', message: 'robotCode 不存在', requestid: 'r1' } }));
    expect(await sendError(sendDingtalkText({ baseUrl: stub.url, credentials, to: { userId: 'u' }, text: 't', tokens }))).toMatchObject({
      platform: 'dingtalk',
      step: 'send',
      code: 'invalidParameter.robotCode',
      httpStatus: 400,
    });
    dingtalk(() => ({ json: { processQueryKey: 'pqk-3', invalidStaffIdList: ['u'] } }));
    expect(await sendError(sendDingtalkText({ baseUrl: stub.url, credentials, to: { userId: 'u' }, text: 't', tokens }))).toMatchObject({
      message: expect.stringContaining('unknown staff id: u'),
    });
    stub.answer(() => ({ status: 400, json: { code: 'invalidClientSecret', message: 'appSecret 错误' } }));
    const fresh = createAccessTokenCache();
    expect(
      await sendError(sendDingtalkText({ baseUrl: stub.url, credentials, to: { userId: 'u' }, text: 't', tokens: fresh })),
    ).toMatchObject({
      step: 'token',
      code: 'invalidClientSecret',
    });
  });
});

describe('Feishu', () => {
  const credentials = { appId: 'cli_9f5343c580712544', appSecret: 'app-secret' };
  let issued = 0;
  const feishu = (
    sendAnswer: (r: StubRequest) => { status?: number; json: unknown } = () => ({
      json: { code: 0, msg: 'success', data: { message_id: 'om_1' } },
    }),
  ) =>
    stub.answer((r) => {
      if (r.path === '/open-apis/auth/v3/tenant_access_token/internal') {
        issued += 1;
        return { json: { code: 0, msg: 'ok', tenant_access_token: `t-${issued}`, expire: 7200 } };
      }
      return sendAnswer(r);
    });
  beforeEach(() => {
    issued = 0;
  });

  it('sends to an open_id or a chat_id with the text as JSON content', async () => {
    feishu();
    const toUser = await sendFeishuText({
      baseUrl: stub.url,
      credentials,
      to: { openId: 'ou_84aad' },
      text: '您的退票已受理',
      tokens,
      idempotencyKey: 'ticket-1-reply-1',
    });
    expect(toUser).toEqual({ messageId: 'om_1' });
    await sendFeishuText({ baseUrl: stub.url, credentials, to: { chatId: 'oc_5ce6' }, text: '已处理', tokens });
    expect(paths()).toEqual(['/open-apis/auth/v3/tenant_access_token/internal', '/open-apis/im/v1/messages', '/open-apis/im/v1/messages']);
    const [token, user, chat] = stub.requests;
    expect(token?.body).toEqual({ app_id: 'cli_9f5343c580712544', app_secret: 'app-secret' });
    expect(user?.headers.authorization).toBe('Bearer t-1');
    expect(user?.query.get('receive_id_type')).toBe('open_id');
    expect(user?.body).toEqual({
      receive_id: 'ou_84aad',
      msg_type: 'text',
      content: '{"text":"您的退票已受理"}',
      uuid: 'ticket-1-reply-1',
    });
    expect(chat?.query.get('receive_id_type')).toBe('chat_id');
    expect(chat?.body).toEqual({ receive_id: 'oc_5ce6', msg_type: 'text', content: '{"text":"已处理"}' });
  });

  it('retries once after an invalid tenant token, and reports other codes', async () => {
    feishu((r) =>
      r.headers.authorization === 'Bearer t-1'
        ? { status: 400, json: { code: 99991663, msg: 'Invalid access token for authorization.' } }
        : { json: { code: 0, data: { message_id: 'om_2' } } },
    );
    expect(await sendFeishuText({ baseUrl: stub.url, credentials, to: { openId: 'ou_1' }, text: 't', tokens })).toEqual({
      messageId: 'om_2',
    });
    feishu(() => ({ status: 400, json: { code: 230002, msg: 'Bot/User can NOT be out of the chat.' } }));
    expect(await sendError(sendFeishuText({ baseUrl: stub.url, credentials, to: { chatId: 'oc_1' }, text: 't', tokens }))).toMatchObject({
      platform: 'feishu',
      step: 'send',
      code: '230002',
      httpStatus: 400,
      message: expect.stringContaining('Bot/User can NOT be out of the chat.'),
    });
    stub.answer(() => ({ json: { code: 10014, msg: 'app secret invalid' } }));
    expect(
      await sendError(
        sendFeishuText({ baseUrl: stub.url, credentials, to: { openId: 'ou_1' }, text: 't', tokens: createAccessTokenCache() }),
      ),
    ).toMatchObject({
      step: 'token',
      code: '10014',
    });
  });
});

describe('transport failures', () => {
  it('reports an answer that is not JSON, and a platform that cannot be reached', async () => {
    stub.answer(() => ({ status: 502, raw: '<html>Bad Gateway</html>' }));
    expect(
      await sendError(
        sendFeishuText({ baseUrl: stub.url, credentials: { appId: 'a', appSecret: 's' }, to: { openId: 'o' }, text: 't', tokens }),
      ),
    ).toMatchObject({
      step: 'token',
      code: null,
      httpStatus: 502,
    });
    const closed = await startStubPlatform();
    await closed.close();
    const unreachable = await sendError(
      sendWecomText({
        baseUrl: closed.url,
        credentials: { corpId: 'c', corpSecret: 's', agentId: 1 },
        to: { userId: 'u' },
        text: 't',
        tokens,
      }),
    );
    expect(unreachable).toMatchObject({ platform: 'wecom', step: 'token', code: null, httpStatus: null });
  });

  it('keeps a base URL path prefix (a proxy in front of the platform)', async () => {
    stub.answer((r) =>
      r.path.endsWith('/tenant_access_token/internal')
        ? { json: { code: 0, tenant_access_token: 't', expire: 7200 } }
        : { json: { code: 0, data: { message_id: 'om_p' } } },
    );
    await sendFeishuText({
      baseUrl: `${stub.url}/lark/`,
      credentials: { appId: 'a', appSecret: 's' },
      to: { openId: 'o' },
      text: 't',
      tokens,
    });
    expect(paths()).toEqual(['/lark/open-apis/auth/v3/tenant_access_token/internal', '/lark/open-apis/im/v1/messages']);
  });
});
