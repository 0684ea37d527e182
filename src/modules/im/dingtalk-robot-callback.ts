import { DINGTALK_ROBOT_MAX_SKEW_MS, dingtalkRobotSign, readDingtalkRobotMessage, safeEqual } from './engine/index.ts';
import { bodyText, headerValue, isFresh, jsonObject, type ImCallbackRequest } from './callback-request.ts';
import { refuse, textAnswer, type ImCallbackOutcome } from './callback-outcome.ts';

/** A DingTalk robot's receiving settings (机器人 → 消息接收模式: HTTP). */
export interface DingtalkRobotConfig {
  /** The app secret of the app the robot belongs to (AppSecret). */
  appSecret: string;
}

/**
 * A message someone sent to a DingTalk robot (机器人接收消息): a POST with the `timestamp` and
 * `sign` headers and the message as JSON. DingTalk's rule is that a timestamp more than an hour
 * from now is refused. The answer is an empty 200: replies go out through the send API.
 */
export function handleDingtalkRobotCallback(request: ImCallbackRequest & { config: DingtalkRobotConfig }): ImCallbackOutcome {
  const timestamp = headerValue(request.headers, 'timestamp');
  const sign = headerValue(request.headers, 'sign');
  if (!timestamp || !sign) return refuse('missing_parameters', 'the timestamp and sign headers are required');
  if (!safeEqual(sign, dingtalkRobotSign(timestamp, request.config.appSecret))) return refuse('bad_signature', 'sign does not match');
  if (!isFresh(timestamp, request.now ?? Date.now(), DINGTALK_ROBOT_MAX_SKEW_MS)) {
    return refuse('stale_timestamp', `timestamp ${timestamp} is more than an hour from now`);
  }
  const body = jsonObject(bodyText(request.rawBody));
  if (body === null) return refuse('malformed_body', 'the body is not a JSON object');
  const read = readDingtalkRobotMessage(body);
  return read.kind === 'message'
    ? { kind: 'messages', messages: [read.message], ignored: [], answer: textAnswer('') }
    : { kind: 'messages', messages: [], ignored: [read.what], answer: textAnswer('') };
}
