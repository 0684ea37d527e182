import type { InboundImMessage } from './engine/index.ts';

/** What the route sends back to the platform: always 200, the body the platform expects. */
export interface ImHttpAnswer {
  status: 200;
  contentType: string;
  body: string;
}

/**
 * Why a callback was refused. A route answers with `status` and logs `detail`; the platform only
 * needs to know it failed (it retries), an impostor learns nothing more.
 */
export type ImRefusalReason =
  'missing_parameters' | 'malformed_body' | 'bad_signature' | 'stale_timestamp' | 'undecryptable' | 'wrong_receiver' | 'bad_token';

export interface ImRefusal {
  kind: 'refused';
  reason: ImRefusalReason;
  status: 400 | 401 | 403;
  detail: string;
}

/**
 * The outcome of one callback:
 * - `challenge`: the platform checks the URL (WeCom echostr, DingTalk check_url, Feishu
 *   url_verification): send `answer`, nothing else to do;
 * - `messages`: the verified text messages (possibly none) and what else came (`ignored`, for the
 *   log); send `answer` once they are stored, since the platform retries until it gets it;
 * - `refused`: nothing is trusted; answer `status`.
 */
export type ImCallbackOutcome =
  | { kind: 'challenge'; answer: ImHttpAnswer }
  | { kind: 'messages'; messages: InboundImMessage[]; ignored: string[]; answer: ImHttpAnswer }
  | ImRefusal;

const STATUS: Record<ImRefusalReason, ImRefusal['status']> = {
  missing_parameters: 400,
  malformed_body: 400,
  bad_signature: 401,
  stale_timestamp: 401,
  undecryptable: 401,
  bad_token: 401,
  wrong_receiver: 403,
};

export function refuse(reason: ImRefusalReason, detail: string): ImRefusal {
  return { kind: 'refused', reason, status: STATUS[reason], detail };
}

export const textAnswer = (body: string): ImHttpAnswer => ({ status: 200, contentType: 'text/plain; charset=utf-8', body });
export const jsonAnswer = (value: unknown): ImHttpAnswer => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});
