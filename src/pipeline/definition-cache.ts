import { createHmac, randomBytes } from 'node:crypto';
import type { Finding, TextDetector } from '../detect/types.js';
import { WeightedLru } from '../detect/weighted-lru.js';
import type { Segment } from './segments.js';

export interface DefinitionCacheOptions {
  /** Definition sets remembered at most; the least recently used is forgotten first. 0 turns the cache off. */
  maxEntries?: number;
  /** Findings held at most over all entries, so definitions dense with values cannot grow the cache. */
  maxFindings?: number;
}

const DEFAULTS = { maxEntries: 256, maxFindings: 20_000 };

/** Findings per tool_definition segment, in the order the segments come in the request. */
type Entry = readonly (readonly Finding[])[];

/**
 * An agent loop resends the same `tools` array with every turn, and each of its descriptions is a segment of its
 * own: most are shorter than the detection cache's minimum (a parameter's "The ticket number"), so a 20-tool array
 * was detected afresh on every turn (about 1.7 ms of CPU per request). This cache remembers the findings of a
 * request's whole set of tool_definition segments at once, under one HMAC of their exact texts (length-prefixed,
 * in order) and of the detector that produced them: the engine is deterministic for its rules and a rule change
 * builds a new engine, so a remembered result is what detection would give. The key is drawn at start and kept
 * in memory only; the cache never holds a text.
 */
export class DefinitionCache {
  private readonly entries: WeightedLru<Entry>;
  private readonly key = randomBytes(32);
  private readonly detectors = new WeakMap<TextDetector, number>();
  private nextDetector = 1;
  private readonly maxEntries: number;
  private hits = 0;
  private misses = 0;

  constructor(options: DefinitionCacheOptions = {}) {
    this.maxEntries = Math.max(0, options.maxEntries ?? DEFAULTS.maxEntries);
    this.entries = new WeightedLru(this.maxEntries, Math.max(0, options.maxFindings ?? DEFAULTS.maxFindings));
  }

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /** The cache key of these definition segments under this detector. */
  keyOf(detector: TextDetector, segments: readonly Segment[], indices: readonly number[]): string {
    let version = this.detectors.get(detector);
    if (version === undefined) {
      version = this.nextDetector++;
      this.detectors.set(detector, version);
    }
    const mac = createHmac('sha256', this.key).update(`v${version}\n`);
    for (const i of indices) {
      const text = (segments[i] as Segment).text;
      mac.update(`${text.length}:`).update(text);
    }
    return mac.digest('base64');
  }

  /** The remembered findings per definition segment (shared: callers copy before they change one). */
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) this.hits += 1;
    else this.misses += 1;
    return entry;
  }

  set(key: string, findings: Entry): void {
    if (!this.enabled) return;
    let count = 0;
    for (const list of findings) count += list.length;
    const frozen = Object.freeze(findings.map((list) => Object.freeze(list.map((f) => Object.freeze({ ...f })))));
    this.entries.set(key, frozen, count);
  }

  stats(): { hits: number; misses: number; entries: number; findings: number } {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, findings: this.entries.weight };
  }
}
