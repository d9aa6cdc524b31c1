/**
 * A map that forgets its least recently used entries once it holds more than `maxEntries` or more than `maxWeight`
 * in total (the findings held, so values dense with findings cannot grow a cache past its memory bound). Map keeps
 * insertion order, so re-inserting an entry marks it the most recently used and the first key is the oldest.
 * The detection caches of texts and of tool definitions share it.
 */
export class WeightedLru<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private held = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.held;
  }

  /** The keys, oldest first. */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The value, then the most recently used; none (and the order untouched) when `usable` turns it down. */
  get(key: string, usable?: (value: V) => boolean): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || (usable && !usable(entry.value))) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Remembers a value, unless it alone outweighs the bound; then forgets the oldest past either bound. */
  set(key: string, value: V, weight: number): void {
    if (this.maxEntries === 0 || weight > this.maxWeight) return;
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.held += weight;
    while (this.entries.size > this.maxEntries || this.held > this.maxWeight) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.weight;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
