/** The chat platforms a support desk takes messages from. */
export type ImPlatform = 'wecom' | 'dingtalk' | 'feishu';

/**
 * A text message from a chat platform, the same shape for all three. The caller deduplicates by
 * (platform, messageId): every platform retries a callback it thinks failed.
 */
export interface InboundImMessage {
  platform: ImPlatform;
  /** The sender as the platform's send API addresses them: WeCom UserID, DingTalk staff id, Feishu open_id. */
  externalUserId: string;
  /** The group conversation the message was posted in; absent for a one-to-one chat. */
  externalChatId?: string;
  messageId: string;
  text: string;
  sentAt: Date;
}

/**
 * What a callback carried, read: a text message, or something else named for the log (an
 * event, an image …) that the desk does not turn into a ticket message.
 */
export type ReadMessage = { kind: 'message'; message: InboundImMessage } | { kind: 'ignored'; what: string };
