/**
 * What the medical readings that open on a few gate words (clinical-readings.ts, leave-and-follow-up.ts,
 * health-statements.ts) share once their gates are found (gate-scan.ts): the sentence before a match.
 */

/**
 * The sentence before `at`, looked for within 120 characters: back to the last match of `back`, the caller's idea of
 * a sentence end (a regex anchored to the end of the slice with a lookahead).
 */
export function sentenceBefore(text: string, at: number, back: RegExp): string {
  const before = text.slice(Math.max(0, at - 120), at);
  const cut = back.exec(before);
  return cut ? before.slice(cut.index + 1) : before;
}

/**
 * A global search of a pattern that opens with a lookbehind ("(?<![\p{L}\p{N}])(?:IOP|PIO)..."), used as the pattern
 * itself is (lastIndex, exec). A leading assertion keeps irregexp from skipping ahead on the first characters the
 * rest can start with, so the whole pattern used to be tried at every position of the text; here the rest is searched
 * and the lookbehind checked, as a sticky pattern, at each start found. Where it fails, the search goes on one
 * position (code point) further, as the whole pattern's would: the same matches, with the same groups (a lookbehind
 * with a group of its own is not split). A pattern without a leading lookbehind is searched as it is.
 */
export class LookbehindFirstSearch {
  private readonly rest: RegExp;
  private readonly lookbehind: RegExp | undefined;
  private readonly unicode: boolean;

  constructor(pattern: RegExp) {
    if (!pattern.global) throw new Error('LookbehindFirstSearch: a global pattern is searched');
    const end = pattern.flags.includes('v') ? -1 : leadingLookbehindEnd(pattern.source);
    this.rest = end < 0 ? pattern : new RegExp(pattern.source.slice(end), pattern.flags);
    this.lookbehind =
      end < 0 ? undefined : new RegExp(pattern.source.slice(0, end), `${pattern.flags.replace('g', '')}y`);
    this.unicode = pattern.unicode;
  }

  get lastIndex(): number {
    return this.rest.lastIndex;
  }

  set lastIndex(at: number) {
    this.rest.lastIndex = at;
  }

  exec(text: string): RegExpExecArray | null {
    const lookbehind = this.lookbehind;
    for (let m = this.rest.exec(text); m !== null; m = this.rest.exec(text)) {
      if (lookbehind === undefined) return m;
      lookbehind.lastIndex = m.index;
      if (lookbehind.test(text)) return m;
      const c = text.charCodeAt(m.index);
      const pair = this.unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
      this.rest.lastIndex = m.index + (pair ? 2 : 1);
    }
    return null;
  }
}

/**
 * Where the lookbehind a pattern's source opens with ends, or -1: when it opens with none, when the lookbehind holds a
 * group that captures (the rest's groups would be renumbered), or when nothing follows it.
 */
function leadingLookbehindEnd(source: string): number {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return -1;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A character class ends at its first unescaped "]" (a "]" right after "[" or "[^" is in it no more than
      // elsewhere in JavaScript: "[]" is the empty class).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      const lookaround = source.startsWith('(?:', i) || /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      if (!lookaround) return -1;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1 < source.length ? i + 1 : -1;
    }
  }
  return -1;
}

/**
 * A non-global pattern's test, searched rest first as LookbehindFirstSearch does: the same answers. For a pattern
 * that opens with a lookbehind and is tested over many short strings (record-clauses.ts's clause shapes).
 */
export function lookbehindFirstTest(pattern: RegExp): { test(text: string): boolean } {
  const search = new LookbehindFirstSearch(new RegExp(pattern.source, `${pattern.flags}g`));
  return {
    test(text: string): boolean {
      search.lastIndex = 0;
      return search.exec(text) !== null;
    },
  };
}
