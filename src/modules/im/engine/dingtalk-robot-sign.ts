import { createHmac } from 'node:crypto';

/**
 * The `sign` header of a DingTalk (钉钉) robot's outgoing message (机器人接收消息):
 * base64 of HMAC-SHA256 keyed with the app secret over `timestamp + "\n" + appSecret`, the
 * timestamp being the `timestamp` header (epoch milliseconds) as sent.
 */
export function dingtalkRobotSign(timestamp: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`, 'utf8').digest('base64');
}

/** DingTalk's own rule: a robot callback whose timestamp is more than an hour from now is refused. */
export const DINGTALK_ROBOT_MAX_SKEW_MS = 60 * 60 * 1000;
