import type { ImPlatform } from './engine/index.ts';

/**
 * A send that did not go through: the platform refused (its error code and message are kept),
 * answered something unreadable, or could not be reached. `step` tells whether the access token
 * or the message itself failed.
 */
export class ImSendError extends Error {
  readonly platform: ImPlatform;
  readonly step: 'token' | 'send';
  /** The platform's error code (errcode / code), or null when it gave none. */
  readonly code: string | null;
  /** The HTTP status, or null when no response came. */
  readonly httpStatus: number | null;

  constructor(input: { platform: ImPlatform; step: 'token' | 'send'; code: string | null; httpStatus: number | null; message: string }) {
    super(input.message);
    this.name = 'ImSendError';
    this.platform = input.platform;
    this.step = input.step;
    this.code = input.code;
    this.httpStatus = input.httpStatus;
  }
}
