import type { ReadMessage } from './inbound-message.ts';

/**
 * A decrypted WeCom application message (接收消息) read into the desk's shape: text messages
 * become messages; events (subscribe, enter_agent …) and other kinds (image, voice …) are named.
 */
export function readWecomMessage(fields: Record<string, string>): ReadMessage {
  const type = fields.MsgType;
  if (type === undefined) return { kind: 'ignored', what: 'no MsgType' };
  if (type === 'event') return { kind: 'ignored', what: `event:${fields.Event ?? 'unknown'}` };
  if (type !== 'text') return { kind: 'ignored', what: type };
  const from = fields.FromUserName;
  const msgId = fields.MsgId;
  const created = Number(fields.CreateTime);
  const text = fields.Content?.trim() ?? '';
  if (!from || !msgId || !Number.isSafeInteger(created) || created <= 0)
    return { kind: 'ignored', what: 'text without sender, MsgId or CreateTime' };
  if (text === '') return { kind: 'ignored', what: 'empty text' };
  return {
    kind: 'message',
    message: { platform: 'wecom', externalUserId: from, messageId: msgId, text, sentAt: new Date(created * 1000) },
  };
}
