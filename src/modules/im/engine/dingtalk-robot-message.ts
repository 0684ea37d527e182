import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { ReadMessage } from './inbound-message.ts';

/**
 * The JSON a DingTalk robot posts when someone writes to it (机器人接收消息), the fields the desk
 * reads. `senderStaffId` is the organisation's user id (what the send API takes); people outside
 * the organisation have only the opaque `senderId`.
 */
const RobotMessage = Type.Object({
  msgtype: Type.String(),
  msgId: Type.String({ minLength: 1 }),
  createAt: Type.Integer({ minimum: 1 }),
  conversationType: Type.String(),
  conversationId: Type.String({ minLength: 1 }),
  senderId: Type.String({ minLength: 1 }),
  senderStaffId: Type.Optional(Type.String()),
  text: Type.Optional(Type.Object({ content: Type.String() })),
});
export type DingtalkRobotMessage = Static<typeof RobotMessage>;

const checkRobotMessage = TypeCompiler.Compile(RobotMessage);

/** conversationType "2" is a group chat; "1" a one-to-one chat with the robot. */
const GROUP = '2';

export function readDingtalkRobotMessage(body: unknown): ReadMessage {
  if (!checkRobotMessage.Check(body)) return { kind: 'ignored', what: 'not a robot message' };
  if (body.msgtype !== 'text') return { kind: 'ignored', what: body.msgtype };
  // In a group the text starts with a space left by the @robot mention.
  const text = body.text?.content.trim() ?? '';
  if (text === '') return { kind: 'ignored', what: 'empty text' };
  return {
    kind: 'message',
    message: {
      platform: 'dingtalk',
      externalUserId: body.senderStaffId || body.senderId,
      ...(body.conversationType === GROUP ? { externalChatId: body.conversationId } : {}),
      messageId: body.msgId,
      text,
      sentAt: new Date(body.createAt),
    },
  };
}
