let lastMs = Number.NaN;
let lastIso = '';

/**
 * `new Date().toISOString()`, made once per millisecond: at thousands of requests per second several share a
 * millisecond, and formatting the date costs about 0.7 µs.
 */
export function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}
