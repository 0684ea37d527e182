/** A fixed personal-data key for tests, so that a seeded template decrypts in every clone. */
export const TEST_SECRET_KEY_HEX = '7f1c0e3a9b2d4c6e8f0a1b3c5d7e9f01234567890abcdef0fedcba9876543210';
export const testSecretKey = (): Buffer => Buffer.from(TEST_SECRET_KEY_HEX, 'hex');
