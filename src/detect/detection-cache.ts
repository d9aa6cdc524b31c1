import { createHmac, randomBytes } from 'node:crypto';
import type { Finding, TextDetector } from './types.js';
import { WeightedLru } from './weighted-lru.js';

export interface DetectionCacheOptions {
  /** Texts remembered at most; the least recently used is forgotten first. 0 turns the cache off. */
  maxEntries?: number;
  /** A remembered result is used for this long after it was computed (ms). */
  ttlMs?: number;
  /** Texts shorter than this are detected every time: hashing them costs about as much as detecting them. */
  minChars?: number;
  /**
   * Findings held at most over all entries (about 150 bytes each), so texts dense with values cannot make the
   * cache grow past a few tens of megabytes; the least recently used entries go first.
   */
  maxFindings?: number;
}

export interface DetectionCacheStats {
  hits: number;
  misses: number;
  entries: number;
  findings: number;
}

interface Entry {
  findings: readonly Finding[];
  at: number;
}

const DEFAULTS = { maxEntries: 20_000, ttlMs: 15 * 60_000, minChars: 64, maxFindings: 200_000 };

/**
 * Chat clients send the whole conversation with every turn, so without memory a gateway inspects message one
 * of a 20-turn chat twenty times. This wrapper remembers the findings per text. It is keyed by an HMAC under a
 * key drawn at start (kept only in memory): the cache never holds the text, and its keys cannot be reversed by
 * hashing guesses such as card numbers. The engine is deterministic for a given rule set, and a rule change
 * builds a new engine and so a new cache, so a remembered result is the result detection would give.
 */
export class CachingDetector implements TextDetector {
  private readonly entries: WeightedLru<Entry>;
  private readonly key = randomBytes(32);
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly minChars: number;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly inner: TextDetector,
    options: DetectionCacheOptions = {},
  ) {
    this.maxEntries = Math.max(0, options.maxEntries ?? DEFAULTS.maxEntries);
    this.ttlMs = Math.max(0, options.ttlMs ?? DEFAULTS.ttlMs);
    this.minChars = Math.max(0, options.minChars ?? DEFAULTS.minChars);
    this.entries = new WeightedLru(this.maxEntries, Math.max(0, options.maxFindings ?? DEFAULTS.maxFindings));
  }

  /** The findings are shared between calls with the same text: callers copy before they change one. */
  detect(text: string): Finding[] {
    if (this.maxEntries === 0 || typeof text !== 'string' || text.length < this.minChars) {
      return this.inner.detect(text);
    }
    const id = createHmac('sha256', this.key).update(text).digest('base64');
    const now = Date.now();
    const cached = this.entries.get(id, (entry) => now - entry.at <= this.ttlMs);
    if (cached) {
      this.hits += 1;
      return cached.findings as Finding[];
    }
    // A detector that throws is not cached: the next request fails the same way, closed.
    const findings = this.inner.detect(text);
    this.misses += 1;
    const frozen = Object.freeze(findings.map((f) => Object.freeze({ ...f })));
    this.entries.set(id, { findings: frozen, at: now }, findings.length);
    return findings;
  }

  stats(): DetectionCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, findings: this.entries.weight };
  }

  clear(): void {
    this.entries.clear();
  }
}
