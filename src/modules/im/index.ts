/**
 * Instant messaging channels of the support desk (IM 渠道): WeCom (企业微信), DingTalk (钉钉) and
 * Feishu (飞书 / Lark). Callbacks are verified by each platform's documented signature and
 * decrypted, and come out as one shape of text message; replies go out through each platform's
 * send API at a configurable base URL, with cached access tokens. No routes and no storage here:
 * a route passes (query, headers, raw body, settings) and acts on the outcome; the caller
 * deduplicates messages by (platform, messageId) and turns them into ticket messages.
 */
export type { ImPlatform, InboundImMessage } from './engine/index.ts';
export type { ImCallbackOutcome, ImHttpAnswer, ImRefusal, ImRefusalReason } from './callback-outcome.ts';
export type { ImCallbackRequest } from './callback-request.ts';

export { encryptWecomReply, handleWecomCallback, type WecomCallbackConfig, type WecomReplyInput } from './wecom-callback.ts';
export {
  handleDingtalkEventCallback,
  sealDingtalkPayload,
  type DingtalkEventConfig,
  type DingtalkSealedPayload,
  type DingtalkSealInput,
} from './dingtalk-event-callback.ts';
export { handleDingtalkRobotCallback, type DingtalkRobotConfig } from './dingtalk-robot-callback.ts';
export { handleFeishuCallback, type FeishuCallbackConfig } from './feishu-callback.ts';

export { createAccessTokenCache, type AccessTokenCache, type AccessTokenCacheOptions } from './access-token-cache.ts';
export { ImSendError } from './im-send-error.ts';
export type { ImFetch } from './im-http.ts';
export { sendWecomText, WECOM_API_BASE_URL, type SendWecomTextInput, type WecomCredentials } from './send-wecom-text.ts';
export {
  DINGTALK_API_BASE_URL,
  sendDingtalkText,
  type DingtalkCredentials,
  type DingtalkRecipient,
  type SendDingtalkTextInput,
} from './send-dingtalk-text.ts';
export {
  FEISHU_API_BASE_URL,
  sendFeishuText,
  type FeishuCredentials,
  type FeishuRecipient,
  type SendFeishuTextInput,
} from './send-feishu-text.ts';

/** For test callbacks and stubs: the platforms' signatures and encryption. */
export { dingtalkRobotSign, encryptFeishuPayload, feishuSignature } from './engine/index.ts';
