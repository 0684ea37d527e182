/**
 * The IM engine: the three chat platforms' documented signatures and payload encryption, and the
 * reading of their decrypted messages into one shape. Pure functions (no clock, no randomness, no
 * I/O): the callbacks give the time and the random bytes.
 */
export {
  decodeEncodingAesKey,
  openBizMessage,
  sealBizMessage,
  sortedSha1Signature,
  type OpenedMessage,
  type SealInput,
} from './biz-msg-crypt.ts';
export { decryptFeishuPayload, encryptFeishuPayload, feishuSignature, type FeishuSignatureInput } from './feishu-crypt.ts';
export { DINGTALK_ROBOT_MAX_SKEW_MS, dingtalkRobotSign } from './dingtalk-robot-sign.ts';
export { ImCryptoError, type ImCryptoFailure } from './im-crypto-error.ts';
export type { ImPlatform, InboundImMessage, ReadMessage } from './inbound-message.ts';
export { readDingtalkRobotMessage, type DingtalkRobotMessage } from './dingtalk-robot-message.ts';
export { FEISHU_RECEIVE_MESSAGE, readFeishuMessageEvent } from './feishu-message.ts';
export { readWecomMessage } from './wecom-message.ts';
export { readWecomXml, wecomEnvelopeXml, type WecomEnvelopeFields } from './wecom-xml.ts';
export { safeEqual } from './safe-equal.ts';
