/**
 * Instant messaging channels of the support desk (IM 渠道): WeCom (企业微信), DingTalk (钉钉) and
 * Feishu (飞书 / Lark). Callbacks are verified by each platform's documented signature and
 * decrypted, and come out as one shape of text message. No routes and no storage here:
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

/** For test callbacks and stubs: the platforms' signatures and encryption. */
export { dingtalkRobotSign, encryptFeishuPayload, feishuSignature } from './engine/index.ts';
