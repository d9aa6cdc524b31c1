import type { Validated } from './types.js';

/**
 * A BitLocker recovery password: eight groups of six digits, each a multiple of 11 below 720,896 (every group
 * carries 16 bits of the key times 11, which is how BitLocker checks a mistyped group). Random digits pass all
 * eight checks about once in 10^8 tries.
 */
export function bitlockerRecoveryKey(value: string): Validated | null {
  const groups = value.split(/[-\s]/).filter((g) => g.length > 0);
  if (groups.length !== 8 || !groups.every((g) => /^\d{6}$/.test(g))) return null;
  return groups.every((g) => Number(g) % 11 === 0 && Number(g) < 720896) ? {} : null;
}
