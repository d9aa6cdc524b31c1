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

/** A gate ending at a trie node: its reader, its families, and for `exact` and `longest` the form to check. */
interface GateEnd {
  reader: number;
  mask: number;
  form: string | undefined;
}

/**
 * The readers' gates compiled into one trie over case-folded code units; the returned function scans a text.
 * Nodes are numbered breadth-first (the root 0, then the shallow nodes a walk mostly stays in); `delta[node * width +
 * column]` is the child (0: none), where `columns` gives each code unit's column by its folded form (0: in no gate).
 * A node where gates end lists them; a gate matched as written is checked against the text there.
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
      keyed.push({ key, end: { reader: r, mask, form: reader.matching === 'folded' ? undefined : form } });
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
  if (order.length > 0x7fff) throw new Error('gate scan: trie too large for 16-bit nodes');
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const delta = new Int16Array(order.length * width);
  // The gates ending at node r are entries [endFrom[r], endFrom[r + 1]) of the flat lists below.
  const endFrom = new Int32Array(order.length + 1);
  const endReader: number[] = [];
  const endMask: number[] = [];
  const endForm: Array<string | undefined> = [];
  for (let r = 0; r < order.length; r++) {
    for (const [column, child] of children[order[r]!]!) delta[r * width + column] = rank[child]!;
    for (const end of endsOf[order[r]!]!) {
      endReader.push(end.reader);
      endMask.push(end.mask);
      endForm.push(end.form);
    }
    endFrom[r + 1] = endReader.length;
  }
  const longest = Uint8Array.from(readers, (reader) => (reader.matching === 'longest' ? 1 : 0));
  const noMatches: readonly number[] = Object.freeze([]);
  // Per `longest` reader, reset for each text: where its walk goes on (after its last match), and the families and
  // end of the longest match at the place being read.
  const resume = new Int32Array(readers.length);
  const bestMask = new Int32Array(readers.length);
  const bestEnd = new Int32Array(readers.length);

  return (text) => {
    const found = new Int32Array(readers.length);
    const matches = readers.map((_, r) => (longest[r] === 1 ? [] : (noMatches as number[])));
    resume.fill(0);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = delta[columns[text.charCodeAt(i)]!]!;
      if (node === 0) continue;
      let longestAt = false;
      for (let j = i + 1; ; j++) {
        for (let e = endFrom[node]!, last = endFrom[node + 1]!; e < last; e++) {
          const r = endReader[e]!;
          const form = endForm[e];
          if (form === undefined) found[r]! |= endMask[e]!;
          else if (longest[r] === 0) {
            if ((found[r]! & endMask[e]!) !== endMask[e]! && text.startsWith(form, i)) found[r]! |= endMask[e]!;
          } else if (i >= resume[r]! && text.startsWith(form, i)) {
            // The longest gate here stands for the shorter ones it starts with, which matched on the way.
            bestMask[r]! |= endMask[e]!;
            bestEnd[r] = j;
            longestAt = true;
          }
        }
        if (j >= n) break;
        node = delta[node * width + columns[text.charCodeAt(j)]!]!;
        if (node === 0) break;
      }
      if (!longestAt) continue;
      for (let r = 0; r < readers.length; r++) {
        if (bestMask[r] === 0) continue;
        matches[r]!.push(i, bestEnd[r]!, bestMask[r]!);
        found[r]! |= bestMask[r]!;
        resume[r] = bestEnd[r]!;
        bestMask[r] = 0;
      }
    }
    return { families: found, matches };
  };
}
