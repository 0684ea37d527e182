import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { ReadMessage } from './inbound-message.ts';

/**
 * Feishu's im.message.receive_v1 event (接收消息 v2.0), the fields the desk reads. A text
 * message's `content` is itself JSON, `{"text": "…"}`, where mentions stand as `@_user_1`
 * placeholders named in `mentions`.
 */
const ReceiveMessageEvent = Type.Object({
  sender: Type.Object({
    sender_id: Type.Object({ open_id: Type.String({ minLength: 1 }) }),
    sender_type: Type.String(),
  }),
  message: Type.Object({
    message_id: Type.String({ minLength: 1 }),
    create_time: Type.String({ pattern: '^[0-9]{1,15}$' }),
    chat_id: Type.String({ minLength: 1 }),
    chat_type: Type.String(),
    message_type: Type.String(),
    content: Type.String(),
    mentions: Type.Optional(Type.Array(Type.Object({ key: Type.String(), name: Type.String() }))),
  }),
});
const checkEvent = TypeCompiler.Compile(ReceiveMessageEvent);
const checkTextContent = TypeCompiler.Compile(Type.Object({ text: Type.String() }));

export const FEISHU_RECEIVE_MESSAGE = 'im.message.receive_v1';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads the `event` object of an im.message.receive_v1 callback. */
export function readFeishuMessageEvent(event: unknown): ReadMessage {
  if (!checkEvent.Check(event)) return { kind: 'ignored', what: 'not a message event' };
  const { sender, message } = event;
  if (sender.sender_type !== 'user') return { kind: 'ignored', what: `sender:${sender.sender_type}` };
  if (message.message_type !== 'text') return { kind: 'ignored', what: message.message_type };
  const content = parseJson(message.content);
  if (!checkTextContent.Check(content)) return { kind: 'ignored', what: 'text without text content' };
  let text = content.text;
  for (const mention of message.mentions ?? []) text = text.split(mention.key).join(`@${mention.name}`);
  text = text.trim();
  if (text === '') return { kind: 'ignored', what: 'empty text' };
  return {
    kind: 'message',
    message: {
      platform: 'feishu',
      externalUserId: sender.sender_id.open_id,
      ...(message.chat_type === 'group' ? { externalChatId: message.chat_id } : {}),
      messageId: message.message_id,
      text,
      sentAt: new Date(Number(message.create_time)),
    },
  };
}
