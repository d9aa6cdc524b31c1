import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets (tokens, passwords) in time that depends on neither their content nor the length of
 * the guess: both are hashed first, so timingSafeEqual always compares 32 bytes.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
