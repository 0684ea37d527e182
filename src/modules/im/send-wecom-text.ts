import type { AccessTokenCache } from './access-token-cache.ts';
import { callPlatform, codeText, DEFAULT_SEND_TIMEOUT_MS, endpoint, type ImFetch } from './im-http.ts';
import { ImSendError } from './im-send-error.ts';
import { sendWithToken } from './send-with-token.ts';

export const WECOM_API_BASE_URL = 'https://qyapi.weixin.qq.com';

/** A WeCom application's credentials: the corp id, the application's Secret and AgentId. */
export interface WecomCredentials {
  corpId: string;
  corpSecret: string;
  agentId: number;
}

export interface SendWecomTextInput {
  /** WECOM_API_BASE_URL in production; a stub's address in tests. */
  baseUrl: string;
  credentials: WecomCredentials;
  /** The member's UserID (an inbound message's externalUserId). */
  to: { userId: string };
  text: string;
  tokens: AccessTokenCache;
  fetch?: ImFetch;
  timeoutMs?: number;
}

/** The errcodes WeCom answers for an invalid or expired access_token (as its own SDK retries them). */
const TOKEN_REJECTED = new Set(['40014', '42001', '42007', '42009']);

/**
 * Sends a text message to a member through the application (发送应用消息): gettoken, then
 * message/send. Throws ImSendError when WeCom refuses, including a recipient it does not know.
 */
export async function sendWecomText(input: SendWecomTextInput): Promise<{ messageId: string }> {
  const { baseUrl, credentials, to, text, tokens } = input;
  const fetch = input.fetch ?? globalThis.fetch;
  const timeoutMs = input.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const key = { platform: 'wecom', baseUrl, appId: `${credentials.corpId}/${credentials.agentId}`, secret: credentials.corpSecret };

  const issue = async () => {
    const url = endpoint(baseUrl, '/cgi-bin/gettoken', { corpid: credentials.corpId, corpsecret: credentials.corpSecret });
    const { httpStatus, json } = await callPlatform({ platform: 'wecom', step: 'token', url, method: 'GET', fetch, timeoutMs });
    const code = codeText(json.errcode);
    if (code !== '0' || typeof json.access_token !== 'string' || typeof json.expires_in !== 'number') {
      throw new ImSendError({
        platform: 'wecom',
        step: 'token',
        code,
        httpStatus,
        message: `WeCom gettoken failed: errcode ${code} (${String(json.errmsg)})`,
      });
    }
    return { token: json.access_token, expiresInSeconds: json.expires_in };
  };

  return sendWithToken(tokens, key, issue, async (token) => {
    const url = endpoint(baseUrl, '/cgi-bin/message/send', { access_token: token });
    const body = { touser: to.userId, msgtype: 'text', agentid: credentials.agentId, text: { content: text } };
    const { httpStatus, json } = await callPlatform({ platform: 'wecom', step: 'send', url, method: 'POST', body, fetch, timeoutMs });
    const code = codeText(json.errcode);
    const refused = () =>
      new ImSendError({
        platform: 'wecom',
        step: 'send',
        code,
        httpStatus,
        message: `WeCom message/send failed: errcode ${code} (${String(json.errmsg)})`,
      });
    if (code !== null && TOKEN_REJECTED.has(code)) return { ok: false, tokenRejected: refused() };
    if (code !== '0') throw refused();
    // Success with the recipient listed as invalid: WeCom took the request but delivered nothing.
    if (typeof json.invaliduser === 'string' && json.invaliduser !== '') {
      throw new ImSendError({
        platform: 'wecom',
        step: 'send',
        code,
        httpStatus,
        message: `WeCom message/send: unknown user ${json.invaliduser}`,
      });
    }
    return { ok: true, value: { messageId: typeof json.msgid === 'string' ? json.msgid : '' } };
  });
}
