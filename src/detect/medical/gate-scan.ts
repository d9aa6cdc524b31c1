/**
 * One walk over a text for the gates (substrings) of several medical readers at once. A reader's families are
 * searched only where their gates occur; each reader used to find its own gates with a search of the whole text (a
 * case-folded regex, a table of bigrams, a trie), so a text paid for three or four scans before any reading began.
 *
 * A reader's gates are matched one of three ways:
 *   folded   case-insensitively, as a regex with the `i` flag and without `u` compares characters (clinical readings,
 *            leave and follow-up): the result is the families with a gate anywhere in the text
 *   exact    as written (test results): the families with a gate anywhere in the text
 *   longest  as written, the longest gate at a place, the walk going on after it as a global search of the gates'
 *            alternation would (health statements): each match's start, end and families (those of the longest
 *            gate and of the shorter gates it starts with), for windows around it
 */
export type GateMatching = 'folded' | 'exact' | 'longest';

export interface GateReader {
  /** The gates of family k, as bit 1 << k (at most 31 families). */
  families: ReadonlyArray<readonly string[]>;
  matching: GateMatching;
}

export interface GateScan {
  /** Per reader, the families with a gate in the text, as bits. */
  families: Int32Array;
  /** Per reader, for a `longest` reader: start, end and families of each match, in text order (else empty). */
  matches: number[][];
}

/**
 * Non-unicode case folding of a code unit (ECMAScript's Canonicalize without `u`): its upper case when that is one
 * code unit and does not turn a non-ASCII character into ASCII (so ſ and K stay apart from s and k).
 */
function canonical(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 0x80 && u < 0x80 ? c : u;
}

/** canonical() of every code unit, worked out once for every reader set. */
let canonicalTable: Uint16Array | undefined;
function canonicals(): Uint16Array {
  if (canonicalTable === undefined) {
    canonicalTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) canonicalTable[c] = canonical(c);
  }
  return canonicalTable;
}

/** A gate the automaton reports: its reader, its families, its length, and for `exact` and `longest` the form to check. */
interface GateEnd {
  reader: number;
  mask: number;
  length: number;
  form: string | undefined;
}

/**
 * The readers' gates compiled into one Aho-Corasick automaton over case-folded code units; the returned function
 * scans a text in one pass, one table step per code unit (the trie walk it replaces restarted at every position).
 * States are the trie's nodes numbered breadth-first (the root 0, then the shallow nodes a scan mostly stays in);
 * `delta[state * width + column]` is the next state, failure links already folded in, where `columns` gives each
 * code unit's column by its folded form (0: in no gate, back to the root). A state lists every gate that ends there,
 * its own and those of the suffixes it stands for; a gate matched as written is checked against the text. The scan
 * reads `step`, the same table by rows.
 */
export function compileGateScan(readers: readonly GateReader[]): (text: string) => GateScan {
  const canon = canonicals();
  const columnOfCanon = new Map<number, number>();
  const keyed: Array<{ key: number[]; end: GateEnd }> = [];
  readers.forEach((reader, r) => {
    if (reader.families.length > 31) throw new Error('gate scan: more than 31 families in a reader');
    const masks = new Map<string, number>();
    reader.families.forEach((gates, k) => {
      for (const gate of gates) {
        // A folded gate is searched as its lower case is, as the readers' regexes did.
        const form = reader.matching === 'folded' ? gate.toLowerCase() : gate;
        if (form.length === 0) throw new Error('gate scan: an empty gate');
        masks.set(form, (masks.get(form) ?? 0) | (1 << k));
      }
    });
    for (const [form, mask] of masks) {
      const key: number[] = [];
      for (let i = 0; i < form.length; i++) {
        const c = canon[form.charCodeAt(i)]!;
        if (!columnOfCanon.has(c)) columnOfCanon.set(c, columnOfCanon.size + 1);
        key.push(columnOfCanon.get(c)!);
      }
      const end = { reader: r, mask, length: form.length, form: reader.matching === 'folded' ? undefined : form };
      keyed.push({ key, end });
    }
  });
  const width = columnOfCanon.size + 1;
  if (width > 0xff) throw new Error('gate scan: too many characters in the gates');
  const columns = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) columns[c] = columnOfCanon.get(canon[c]!) ?? 0;
  // The trie by insertion, then renumbered breadth-first.
  const children: Array<Map<number, number>> = [new Map()];
  const endsOf: GateEnd[][] = [[]];
  for (const { key, end } of keyed) {
    let node = 0;
    for (const column of key) {
      let child = children[node]!.get(column);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        endsOf.push([]);
        children[node]!.set(column, child);
      }
      node = child;
    }
    endsOf[node]!.push(end);
  }
  const order = [0];
  for (let q = 0; q < order.length; q++) for (const child of children[order[q]!]!.values()) order.push(child);
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  // A state's failure is its longest proper suffix that is also a state. Breadth-first, a state's failure comes
  // before it, complete: the steps the state lacks are its failure's, and it reports its failure's gates too.
  const delta = new Int32Array(order.length * width);
  const failures = new Int32Array(order.length);
  const reports: GateEnd[][] = [];
  for (let r = 0; r < order.length; r++) {
    const node = order[r]!;
    const fail = failures[r]!;
    reports[r] = r === 0 ? endsOf[node]! : [...endsOf[node]!, ...reports[fail]!];
    for (let column = 1; column < width; column++) {
      const child = children[node]!.get(column);
      const onFailure = r === 0 ? 0 : delta[fail * width + column]!;
      if (child === undefined) delta[r * width + column] = onFailure;
      else {
        delta[r * width + column] = rank[child]!;
        failures[rank[child]!] = onFailure;
      }
    }
  }
  // The gates reported at state r are entries [endFrom[r], endFrom[r + 1]) of the flat lists below.
  const endFrom = new Int32Array(order.length + 1);
  const endReader: number[] = [];
  const endMask: number[] = [];
  const endLength: number[] = [];
  const endForm: Array<string | undefined> = [];
  for (let r = 0; r < order.length; r++) {
    for (const end of reports[r]!) {
      endReader.push(end.reader);
      endMask.push(end.mask);
      endLength.push(end.length);
      endForm.push(end.form);
    }
    endFrom[r + 1] = endReader.length;
  }
  // The scan's table: the next state's row (state * width, no product to work out per code unit), as its complement
  // where the state reports a gate (a sign test then tells the few states that do).
  const step = new Int32Array(delta.length);
  for (let i = 0; i < delta.length; i++) {
    const next = delta[i]!;
    step[i] = endFrom[next] === endFrom[next + 1] ? next * width : ~(next * width);
  }
  const longest = Uint8Array.from(readers, (reader) => (reader.matching === 'longest' ? 1 : 0));
  const anyLongest = longest.includes(1);
  const noMatches: readonly number[] = Object.freeze([]);

  return (text) => {
    const found = new Int32Array(readers.length);
    const matches = readers.map((_, r) => (longest[r] === 1 ? [] : (noMatches as number[])));
    // Gates of `longest` readers found as written: start, end, reader and families of each, in the order they end.
    const written: number[] = [];
    const n = text.length;
    let row = 0;
    for (let j = 0; j < n; j++) {
      row = step[row + columns[text.charCodeAt(j)]!]!;
      if (row >= 0) continue;
      row = ~row;
      const state = row / width;
      const last = endFrom[state + 1]!;
      for (let e = endFrom[state]!; e < last; e++) {
        const r = endReader[e]!;
        const form = endForm[e];
        if (form === undefined) found[r]! |= endMask[e]!;
        else {
          const start = j + 1 - endLength[e]!;
          if (longest[r] === 0) {
            if ((found[r]! & endMask[e]!) !== endMask[e]! && text.startsWith(form, start)) found[r]! |= endMask[e]!;
          } else if (text.startsWith(form, start)) written.push(start, j + 1, r, endMask[e]!);
        }
      }
    }
    if (anyLongest && written.length > 0) longestMatches(written, found, matches);
    return { families: found, matches };
  };
}

/**
 * A `longest` reader's matches from its gates found as written, as a global search of the gates' alternation finds
 * them: from left to right, the longest gate at a place stands for the shorter ones it starts with, and the search
 * goes on after it (a gate that starts inside a match is skipped).
 */
function longestMatches(written: number[], found: Int32Array, matches: number[][]): void {
  const order: number[] = [];
  for (let w = 0; w < written.length; w += 4) order.push(w);
  // By start; the order among gates of one start does not matter (their families are or-ed, the longest kept).
  order.sort((a, b) => written[a]! - written[b]!);
  const resume = new Map<number, number>();
  for (let o = 0; o < order.length; ) {
    const start = written[order[o]!]!;
    // Per reader, the families and the end of the longest gate at this start.
    const best = new Map<number, { end: number; mask: number }>();
    for (; o < order.length && written[order[o]!] === start; o++) {
      const w = order[o]!;
      const r = written[w + 2]!;
      if (start < (resume.get(r) ?? 0)) continue;
      const at = best.get(r);
      if (at === undefined) best.set(r, { end: written[w + 1]!, mask: written[w + 3]! });
      else {
        at.end = Math.max(at.end, written[w + 1]!);
        at.mask |= written[w + 3]!;
      }
    }
    for (const [r, { end, mask }] of best) {
      matches[r]!.push(start, end, mask);
      found[r]! |= mask;
      resume.set(r, end);
    }
  }
}
