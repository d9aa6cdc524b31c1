/** Small display helpers shared by the dashboard pages. */

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms >= 100 ? Math.round(ms) : ms.toFixed(1)} ms`;
}

export function formatShare(part: number, total: number): string {
  if (total === 0) return '–';
  return `${((100 * part) / total).toFixed(1)} %`;
}

/** "2026-11-28 00:19:46" in UTC: short, sortable, unambiguous. */
export function formatTime(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')
    .replace(/Z$/, '');
}

export const RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 } as const;
export type RangeName = keyof typeof RANGES;

export function rangeOf(value: string | undefined): RangeName {
  return value !== undefined && value in RANGES ? (value as RangeName) : '24h';
}

/** Builds a query string from the non-empty entries. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
