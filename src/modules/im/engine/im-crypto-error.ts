/**
 * Why a payload could not be opened. The callbacks turn these into refusals; nothing here says
 * more than the kind of failure, so a refusal never tells a caller which byte was wrong.
 */
export type ImCryptoFailure = 'bad_key' | 'undecryptable' | 'malformed_plaintext';

export class ImCryptoError extends Error {
  readonly failure: ImCryptoFailure;

  constructor(failure: ImCryptoFailure, message: string) {
    super(message);
    this.name = 'ImCryptoError';
    this.failure = failure;
  }
}
