import type { AccessTokenCache } from './access-token-cache.ts';
import { callPlatform, codeText, DEFAULT_SEND_TIMEOUT_MS, endpoint, type ImFetch, type ImResponse } from './im-http.ts';
import { ImSendError } from './im-send-error.ts';
import { sendWithToken } from './send-with-token.ts';

export const DINGTALK_API_BASE_URL = 'https://api.dingtalk.com';

/** A DingTalk internal app's credentials and its robot's code (robotCode, usually the app key). */
export interface DingtalkCredentials {
  appKey: string;
  appSecret: string;
  robotCode: string;
}

/** A member by staff id (one-to-one), or a group by its openConversationId (an inbound externalChatId). */
export type DingtalkRecipient = { userId: string } | { openConversationId: string };

export interface SendDingtalkTextInput {
  /** DINGTALK_API_BASE_URL in production; a stub's address in tests. */
  baseUrl: string;
  credentials: DingtalkCredentials;
  to: DingtalkRecipient;
  text: string;
  tokens: AccessTokenCache;
  fetch?: ImFetch;
  timeoutMs?: number;
}

function refusal(step: 'token' | 'send', what: string, { httpStatus, json }: ImResponse): ImSendError {
  const code = codeText(json.code);
  return new ImSendError({
    platform: 'dingtalk',
    step,
    code,
    httpStatus,
    message: `DingTalk ${what} failed: HTTP ${httpStatus} ${code ?? ''} (${String(json.message)})`,
  });
}

const ok = (status: number) => status >= 200 && status < 300;

/**
 * Sends a text through the app's robot (机器人发送消息, API v1.0): an access token from
 * /v1.0/oauth2/accessToken, then /v1.0/robot/oToMessages/batchSend to one member or
 * /v1.0/robot/groupMessages/send to a group, with the sampleText message template. DingTalk
 * reports errors as an HTTP 4xx with a code; a member it will not deliver to is an error too.
 */
export async function sendDingtalkText(input: SendDingtalkTextInput): Promise<{ messageId: string }> {
  const { baseUrl, credentials, to, text, tokens } = input;
  const fetch = input.fetch ?? globalThis.fetch;
  const timeoutMs = input.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const key = { platform: 'dingtalk', baseUrl, appId: credentials.appKey, secret: credentials.appSecret };

  const issue = async () => {
    const url = endpoint(baseUrl, '/v1.0/oauth2/accessToken');
    const body = { appKey: credentials.appKey, appSecret: credentials.appSecret };
    const response = await callPlatform({ platform: 'dingtalk', step: 'token', url, method: 'POST', body, fetch, timeoutMs });
    const { accessToken, expireIn } = response.json;
    if (!ok(response.httpStatus) || typeof accessToken !== 'string' || typeof expireIn !== 'number')
      throw refusal('token', 'oauth2/accessToken', response);
    return { token: accessToken, expiresInSeconds: expireIn };
  };

  const msg = { robotCode: credentials.robotCode, msgKey: 'sampleText', msgParam: JSON.stringify({ content: text }) };
  const [path, body] =
    'userId' in to
      ? ['/v1.0/robot/oToMessages/batchSend', { ...msg, userIds: [to.userId] }]
      : ['/v1.0/robot/groupMessages/send', { ...msg, openConversationId: to.openConversationId }];

  return sendWithToken(tokens, key, issue, async (token) => {
    const url = endpoint(baseUrl, path);
    const headers = { 'x-acs-dingtalk-access-token': token };
    const response = await callPlatform({ platform: 'dingtalk', step: 'send', url, method: 'POST', headers, body, fetch, timeoutMs });
    // An expired or revoked token is a 401 (InvalidAuthentication).
    if (response.httpStatus === 401) return { ok: false, tokenRejected: refusal('send', path, response) };
    if (!ok(response.httpStatus)) throw refusal('send', path, response);
    const { processQueryKey, invalidStaffIdList, flowControlledStaffIdList } = response.json;
    for (const [list, why] of [
      [invalidStaffIdList, 'unknown staff id'],
      [flowControlledStaffIdList, 'flow-controlled (too many messages)'],
    ] as const) {
      if (Array.isArray(list) && list.length > 0) {
        throw new ImSendError({
          platform: 'dingtalk',
          step: 'send',
          code: null,
          httpStatus: response.httpStatus,
          message: `DingTalk ${path}: ${why}: ${list.join(', ')}`,
        });
      }
    }
    return { ok: true, value: { messageId: typeof processQueryKey === 'string' ? processQueryKey : '' } };
  });
}
