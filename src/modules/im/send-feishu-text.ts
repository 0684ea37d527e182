import type { AccessTokenCache } from './access-token-cache.ts';
import { callPlatform, codeText, DEFAULT_SEND_TIMEOUT_MS, endpoint, type ImFetch } from './im-http.ts';
import { ImSendError } from './im-send-error.ts';
import { sendWithToken } from './send-with-token.ts';

/** Feishu in China; Lark (its international edition) is https://open.larksuite.com. */
export const FEISHU_API_BASE_URL = 'https://open.feishu.cn';

/** A Feishu custom app's (企业自建应用) App ID and App Secret. */
export interface FeishuCredentials {
  appId: string;
  appSecret: string;
}

/** A user by open_id (one-to-one), or a chat by chat_id (an inbound externalChatId). */
export type FeishuRecipient = { openId: string } | { chatId: string };

export interface SendFeishuTextInput {
  /** FEISHU_API_BASE_URL in production; a stub's address in tests. */
  baseUrl: string;
  credentials: FeishuCredentials;
  to: FeishuRecipient;
  text: string;
  tokens: AccessTokenCache;
  /** Feishu's `uuid`: the same key within an hour sends once (at most 50 characters). */
  idempotencyKey?: string;
  fetch?: ImFetch;
  timeoutMs?: number;
}

/** The codes of an invalid tenant_access_token, as Feishu's Go SDK retries them. */
const TOKEN_REJECTED = new Set(['99991663', '99991671']);

/**
 * Sends a text message as the app's bot (发送消息): tenant_access_token/internal, then
 * im/v1/messages. Throws ImSendError on a non-zero code.
 */
export async function sendFeishuText(input: SendFeishuTextInput): Promise<{ messageId: string }> {
  const { baseUrl, credentials, to, text, tokens } = input;
  const fetch = input.fetch ?? globalThis.fetch;
  const timeoutMs = input.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const key = { platform: 'feishu', baseUrl, appId: credentials.appId, secret: credentials.appSecret };

  const issue = async () => {
    const url = endpoint(baseUrl, '/open-apis/auth/v3/tenant_access_token/internal');
    const body = { app_id: credentials.appId, app_secret: credentials.appSecret };
    const { httpStatus, json } = await callPlatform({ platform: 'feishu', step: 'token', url, method: 'POST', body, fetch, timeoutMs });
    const code = codeText(json.code);
    if (code !== '0' || typeof json.tenant_access_token !== 'string' || typeof json.expire !== 'number') {
      throw new ImSendError({
        platform: 'feishu',
        step: 'token',
        code,
        httpStatus,
        message: `Feishu tenant_access_token failed: code ${code} (${String(json.msg)})`,
      });
    }
    return { token: json.tenant_access_token, expiresInSeconds: json.expire };
  };

  const [receiveIdType, receiveId] = 'openId' in to ? ['open_id', to.openId] : ['chat_id', to.chatId];
  const body = {
    receive_id: receiveId,
    msg_type: 'text',
    content: JSON.stringify({ text }),
    ...(input.idempotencyKey === undefined ? {} : { uuid: input.idempotencyKey }),
  };

  return sendWithToken(tokens, key, issue, async (token) => {
    const url = endpoint(baseUrl, '/open-apis/im/v1/messages', { receive_id_type: receiveIdType });
    const headers = { authorization: `Bearer ${token}` };
    const { httpStatus, json } = await callPlatform({
      platform: 'feishu',
      step: 'send',
      url,
      method: 'POST',
      headers,
      body,
      fetch,
      timeoutMs,
    });
    const code = codeText(json.code);
    const refused = () =>
      new ImSendError({
        platform: 'feishu',
        step: 'send',
        code,
        httpStatus,
        message: `Feishu im/v1/messages failed: code ${code} (${String(json.msg)})`,
      });
    if (code !== null && TOKEN_REJECTED.has(code)) return { ok: false, tokenRejected: refused() };
    const data = json.data;
    const messageId = typeof data === 'object' && data !== null && 'message_id' in data ? data.message_id : undefined;
    if (code !== '0' || typeof messageId !== 'string') throw refused();
    return { ok: true, value: { messageId } };
  });
}
