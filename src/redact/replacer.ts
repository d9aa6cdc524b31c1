/**
 * Replaces issued pseudonyms by their originals in text that arrives in pieces (stream deltas).
 *
 * Decisions are made left to right, one position at a time, and a position is only decided when enough
 * text has arrived to decide it the way a single pass over the whole text would: if the text from that
 * position to the end of what has arrived is a proper prefix of some issued pseudonym, it is held back
 * until more text arrives (or the stream ends). So:
 *  - any chunking of the input yields the same output as one pass over the joined input;
 *  - no part of a pseudonym is ever emitted unrestored;
 *  - what is held back is always shorter than the longest issued pseudonym (or equal to it while a
 *    word-bounded surrogate waits for the next character to show the word ended);
 *  - text that merely looks like a placeholder but was never issued (`<PERSON_99>`) passes unchanged.
 * A needle that begins or ends with a word character only matches on a word boundary there, so the
 * surrogate "Ana" is not restored inside "Banana"; placeholders begin with `<` and end with `>`, so for
 * them this changes nothing.
 */
export interface ReplacementEntry {
  /** What the model writes: a placeholder or a surrogate. */
  needle: string;
  /** What the client gets instead. */
  value: string;
}

const WORD = /[\p{L}\p{N}_]/u;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** How much consumed text is kept for boundary checks: enough for a run of backslashes. */
const TAIL = 16;
/** A UTF-16 unit written as `\uXXXX`, so it means itself inside a character class (without the u flag). */
const escapeUnit = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

interface Needle extends ReplacementEntry {
  boundedStart: boolean;
  boundedEnd: boolean;
}

export class ReplacementTable {
  /** Needles by first UTF-16 unit, longest first so the first full match is the longest. */
  private readonly byFirst = new Map<string, Needle[]>();
  readonly longest: number;
  readonly size: number;
  /** The one first character of every needle (placeholders all start with `<`), if there is just one. */
  private readonly onlyFirst: string | undefined;
  /** Any first character of the needles, as a class of UTF-16 units, when they start with several. */
  private readonly firsts: RegExp | undefined;
  /**
   * True when JSON text that holds no first character of a needle, written or escaped, provably decodes to strings
   * that hold no needle, and when skipping such text leaves a stream replacer's decisions unchanged: no needle
   * needs the character before it (word-bounded starts read the consumed tail), and no first character is one
   * that JSON writes with a short escape (`\"`, `\\`, `\/`, control characters). Placeholders qualify.
   */
  readonly skippableJson: boolean;

  /**
   * @param jsonEscaped the text is the inside of JSON string literals (tool-call argument fragments), so
   * `\n` before a surrogate is a line break, not the word character `n`.
   */
  constructor(
    entries: readonly ReplacementEntry[],
    readonly jsonEscaped = false,
  ) {
    let longest = 0;
    let skippable = true;
    for (const entry of entries) {
      if (entry.needle.length === 0) continue;
      const first = entry.needle[0] as string;
      // Written out: on Node 20 a spread with properties added (`{ ...entry, boundedStart }`) cost about 2 µs each.
      const needle: Needle = {
        needle: entry.needle,
        value: entry.value,
        boundedStart: isWordChar(first),
        boundedEnd: isWordChar(entry.needle.at(-1)),
      };
      if (needle.boundedStart || first < ' ' || first === '"' || first === '\\' || first === '/') skippable = false;
      const list = this.byFirst.get(first) ?? [];
      list.push(needle);
      this.byFirst.set(first, list);
      longest = Math.max(longest, entry.needle.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.needle.length - a.needle.length);
    this.longest = longest;
    this.size = entries.length;
    const firsts = [...this.byFirst.keys()];
    this.onlyFirst = firsts.length === 1 ? firsts[0] : undefined;
    this.firsts = firsts.length > 1 ? new RegExp(`[${firsts.map(escapeUnit).join('')}]`, 'g') : undefined;
    this.skippableJson = skippable;
  }

  /**
   * Whether the strings of this JSON text may hold a needle: a first character of one occurs in it, or a `\uXXXX`
   * escape writes one. Only meaningful when skippableJson holds (the other escapes cannot write a first character).
   */
  mayOccurInJson(json: string): boolean {
    if (this.nextStart(json, 0) !== -1) return true;
    for (let at = json.indexOf('\\u'); at !== -1; at = json.indexOf('\\u', at + 2)) {
      const hex = json.slice(at + 2, at + 6);
      // An unreadable escape makes the text invalid JSON: the caller's parse decides what to do with it.
      if (!HEX4.test(hex) || this.byFirst.has(String.fromCharCode(Number.parseInt(hex, 16)))) return true;
    }
    return false;
  }

  /**
   * Where a needle could start in `text` at or after `from`, or -1: the next first character of one, found by
   * a native search instead of a map lookup per character.
   */
  nextStart(text: string, from: number): number {
    if (this.onlyFirst !== undefined) return text.indexOf(this.onlyFirst, from);
    if (this.firsts === undefined) return -1;
    this.firsts.lastIndex = from;
    return this.firsts.test(text) ? this.firsts.lastIndex - 1 : -1;
  }

  /** Same needles, values transformed (e.g. JSON-escaped for tool-call argument fragments). */
  mapValues(fn: (value: string) => string, jsonEscaped = this.jsonEscaped): ReplacementTable {
    const entries: ReplacementEntry[] = [];
    for (const list of this.byFirst.values())
      for (const n of list) entries.push({ needle: n.needle, value: fn(n.value) });
    return new ReplacementTable(entries, jsonEscaped);
  }

  candidates(ch: string): readonly Needle[] | undefined {
    return this.byFirst.get(ch);
  }
}

export class StreamingReplacer {
  private held = '';
  /** The last characters consumed from the source, for word-boundary checks across chunks. */
  private tail = '';

  constructor(private readonly table: ReplacementTable) {}

  /** Feeds a piece of text; returns what can be emitted now. */
  push(text: string): string {
    return this.run(this.held + text, false);
  }

  /** End of this text stream (optionally with a last piece): returns everything still held, restored. */
  flush(last = ''): string {
    return this.run(this.held + last, true);
  }

  /** True while text is held back waiting for more input. */
  get pending(): boolean {
    return this.held.length > 0;
  }

  /** The text currently held back (the tail of what was pushed), for callers that bound latency. */
  get heldText(): string {
    return this.held;
  }

  private run(buf: string, final: boolean): string {
    this.held = '';
    let out = '';
    let copiedTo = 0;
    let i = 0;
    while (i < buf.length) {
      // Positions where no needle starts are passed over in one search.
      const next = this.table.nextStart(buf, i);
      if (next === -1) break;
      i = next;
      const needles = this.table.candidates(buf[i] as string) as readonly Needle[];
      let match: Needle | undefined;
      let wait = false;
      for (const n of needles) {
        if (n.boundedStart && this.wordBefore(buf, i)) continue;
        const end = i + n.needle.length;
        if (end > buf.length) {
          if (!final && n.needle.startsWith(buf.slice(i))) wait = true;
          continue;
        }
        if (!buf.startsWith(n.needle, i)) continue;
        if (n.boundedEnd) {
          if (end === buf.length && !final) {
            wait = true;
            continue;
          }
          if (isWordChar(buf[end])) continue;
        }
        match = n;
        break;
      }
      if (wait) {
        // A longer needle (or the boundary after this one) is still undecided: keep the rest for later.
        out += buf.slice(copiedTo, i);
        this.held = buf.slice(i);
        this.remember(buf.slice(0, i));
        return out;
      }
      if (match) {
        out += buf.slice(copiedTo, i) + match.value;
        i += match.needle.length;
        copiedTo = i;
      } else i++;
    }
    out += buf.slice(copiedTo);
    this.remember(buf);
    return out;
  }

  private remember(consumed: string): void {
    this.tail = consumed.length >= TAIL ? consumed.slice(-TAIL) : (this.tail + consumed).slice(-TAIL);
  }

  /** Whether the source character before position i of buf is part of a word. */
  private wordBefore(buf: string, i: number): boolean {
    const before = i >= TAIL ? buf.slice(i - TAIL, i) : this.tail + buf.slice(0, i);
    const last = before.at(-1);
    if (!isWordChar(last)) return false;
    if (!this.table.jsonEscaped || !'nrtbf'.includes(last as string)) return true;
    // An odd run of backslashes before the letter makes it an escape (`\n`): white space, not a word.
    let slashes = 0;
    for (let k = before.length - 2; k >= 0 && before[k] === '\\'; k--) slashes++;
    return slashes % 2 === 0;
  }
}

/** One pass over a whole text (JSON bodies): the same result as any chunking through StreamingReplacer. */
export function replaceAll(table: ReplacementTable, text: string): string {
  if (table.size === 0) return text;
  return new StreamingReplacer(table).flush(text);
}

/**
 * Whether restoring an event's JSON text would provably change nothing: no stream's replacer holds text back and no
 * needle can occur in the text (ReplacementTable.skippableJson says why that is exact). Such an event is passed on
 * unparsed.
 */
export function restoreChangesNothing(
  table: ReplacementTable,
  data: string,
  streams: ReadonlyArray<Iterable<{ replacer: StreamingReplacer }>>,
): boolean {
  if (!table.skippableJson || table.mayOccurInJson(data)) return false;
  for (const group of streams) for (const s of group) if (s.replacer.pending) return false;
  return true;
}
