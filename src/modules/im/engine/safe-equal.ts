import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a received signature with the expected one in constant time. Both sides are hashed
 * first so that unequal lengths take the same path (timingSafeEqual refuses them).
 */
export function safeEqual(received: string, expected: string): boolean {
  const a = createHash('sha256').update(received, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
