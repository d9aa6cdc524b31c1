/**
 * What a text must contain for a regex to match anywhere in it, worked out from the pattern itself, so the
 * engine can skip a rule on a text that provably has nothing for it (no digits for a card, no '@' for an
 * e-mail, no "eyJ" for a JWT) without any hint written in the rule packs.
 *
 * The analysis is conservative by construction: whatever it does not understand (back-references, Unicode
 * properties, flags it does not know) adds no condition, so a rule is only ever skipped when it cannot match.
 */

/** A set of characters: ASCII members as a 128-bit mask, plus whether it may also match non-ASCII ones. */
export interface CharSet {
  /** Four 32-bit words; bit (c & 31) of word (c >> 5) is set when ASCII code c belongs to the set. */
  ascii: [number, number, number, number];
  /** May match some character outside ASCII. */
  other: boolean;
  /** Holds s or k case-insensitively under the u flag, so it also matches ſ (U+017F) or K (U+212A). */
  fold: boolean;
  /** The ASCII mask may hold more than the set matches (Unicode properties): its complement is not exact. */
  approx: boolean;
}

/** A condition every text containing a match satisfies. */
export type Need =
  | { kind: 'any' }
  | { kind: 'never' }
  | { kind: 'chars'; set: CharSet }
  /**
   * `text` occurs in the text; when `folded`, in the lower-cased text (text is then lower-case). `id` numbers
   * distinct literals process-wide, so a text's answers can be cached in an array.
   */
  | { kind: 'literal'; text: string; folded: boolean; id: number }
  /** The text holds at least `min` ASCII digits. */
  | { kind: 'digits'; min: number }
  /**
   * The text holds a chain of at least `min` ASCII digits in which consecutive digits are at most `gap`
   * characters apart (a card's digits with single separators: min 12, gap 2).
   */
  | { kind: 'digitRun'; min: number; gap: number }
  /** The text holds at least `min` ASCII letters and digits in a row ("RSSMRA85T10A562S" needs 16). */
  | { kind: 'alnumRun'; min: number }
  | { kind: 'all'; needs: Need[] }
  | { kind: 'some'; needs: Need[] };

export const ANY: Need = { kind: 'any' };
const NEVER: Need = { kind: 'never' };

type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'char'; set: CharSet }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'look'; node: Node; positive: boolean; behind: boolean }
  /**
   * Zero-width assertions (^ $ \b \B): no condition. `edge` for ^, $ and \b: before a digit they leave no character
   * or one that is no digit (see lastOf).
   */
  | { t: 'empty'; edge?: boolean }
  /** Back-references and anything else matching unknown text: no condition, no minimum. */
  | { t: 'unknown' };

class Unsupported extends Error {}

// ---- character sets ----

function emptySet(): CharSet {
  return { ascii: [0, 0, 0, 0], other: false, fold: false, approx: false };
}

function addRange(set: CharSet, from: number, to: number): void {
  if (to > 0x7f) set.other = true;
  for (let c = from; c <= Math.min(to, 0x7f); c++) set.ascii[c >> 5]! |= 1 << (c & 31);
}

function has(set: CharSet, c: number): boolean {
  return (set.ascii[c >> 5]! & (1 << (c & 31))) !== 0;
}

function union(a: CharSet, b: CharSet): void {
  for (let i = 0; i < 4; i++) a.ascii[i]! |= b.ascii[i]!;
  a.other ||= b.other;
  a.fold ||= b.fold;
  a.approx ||= b.approx;
}

function rangeSet(...ranges: Array<[number, number]>): CharSet {
  const set = emptySet();
  for (const [a, b] of ranges) addRange(set, a, b);
  return set;
}

/** The characters a set does not match; anything when the set was approximate. */
function complement(set: CharSet): CharSet {
  if (set.approx) return ALL();
  return { ascii: set.ascii.map((w) => ~w) as CharSet['ascii'], other: true, fold: set.fold, approx: false };
}

const DIGIT = (): CharSet => rangeSet([0x30, 0x39]);
const WORD = (): CharSet => rangeSet([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
/** \s: ASCII white space plus the Unicode spaces (kept as "other"). */
const SPACE = (): CharSet => {
  const set = rangeSet([0x09, 0x0d], [0x20, 0x20]);
  set.other = true;
  return set;
};
const ALL = (): CharSet => ({ ...rangeSet([0, 0x7f], [0x80, 0x80]), fold: true, approx: true });

/**
 * Adds the other case of every ASCII letter. Under iu, s and k also match ſ and K (fold), and a non-ASCII
 * member may fold onto an ASCII letter (ſ ~ s): a set about to be negated skips that widening, which only makes
 * its complement larger, while any other set is widened to every character.
 */
function caseClose(set: CharSet, unicode: boolean, negated = false): CharSet {
  const out: CharSet = { ascii: [...set.ascii], other: set.other, fold: set.fold, approx: set.approx };
  for (let c = 0x41; c <= 0x5a; c++) {
    if (has(set, c) || has(set, c + 32)) {
      out.ascii[c >> 5]! |= 1 << (c & 31);
      out.ascii[(c + 32) >> 5]! |= 1 << ((c + 32) & 31);
      if (unicode && (c === 0x4b || c === 0x53)) out.fold = true;
    }
  }
  if (unicode && set.other && !negated) union(out, ALL());
  return out;
}

/** The ASCII members of the Unicode properties rules use; every one of them also has members outside ASCII. */
const PROPERTY_ASCII: Record<string, Array<[number, number]>> = {
  L: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  Letter: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  Lu: [[0x41, 0x5a]],
  Ll: [[0x61, 0x7a]],
  N: [[0x30, 0x39]],
  Number: [[0x30, 0x39]],
  Nd: [[0x30, 0x39]],
  M: [],
  Mark: [],
  Mn: [],
  Mc: [],
};

// ---- parser (ECMAScript syntax, with the Annex B leniencies of patterns without the u flag) ----

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isHex = (ch: string | undefined) => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly ignoreCase: boolean,
    /** Read the common Unicode properties (\p{L}, \p{N}, \p{M}...) by their ASCII members instead of as anything. */
    private readonly properties = false,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  private disjunction(): Node {
    const alts = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.term();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  /** Reads {n}, {n,}, {n,m} at the cursor; undefined (cursor unchanged) when it is not a quantifier. */
  private braces(): [number, number] | undefined {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 40));
    if (!m) return undefined;
    this.i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    return [min, max];
  }

  private quantified(atom: Node): Node {
    let range: [number, number] | undefined;
    const ch = this.peek();
    if (ch === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (ch === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (ch === '?') range = [0, 1];
    if (range) this.i++;
    else if (ch === '{') range = this.braces();
    if (!range) return atom;
    if (this.peek() === '?') this.i++;
    return { t: 'rep', node: atom, min: range[0], max: range[1] };
  }

  private term(): Node {
    const ch = this.peek()!;
    if (ch === '^' || ch === '$') {
      this.i++;
      return { t: 'empty', edge: true };
    }
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '.') {
      this.i++;
      return { t: 'char', set: ALL() };
    }
    if (ch === '\\') return this.atomEscape();
    if (ch === '*' || ch === '+' || ch === '?') throw new Unsupported('nothing to repeat');
    if (ch === '{' && (this.unicode || this.braces())) throw new Unsupported('nothing to repeat');
    return this.literal(this.codePoint());
  }

  /** Reads one character; under u a surrogate pair is one character. */
  private codePoint(): number {
    const cp = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private literal(cp: number): Node {
    return { t: 'char', set: this.withCase(rangeSet([cp, cp])) };
  }

  private withCase(set: CharSet, negated = false): CharSet {
    return this.ignoreCase ? caseClose(set, this.unicode, negated) : set;
  }

  private group(): Node {
    this.i++; // (
    let look: { positive: boolean; behind: boolean } | undefined;
    if (this.peek() === '?') {
      const next = this.peek(1);
      if (next === ':') this.i += 2;
      else if (next === '=' || next === '!') {
        look = { positive: next === '=', behind: false };
        this.i += 2;
      } else if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        look = { positive: this.peek(2) === '=', behind: true };
        this.i += 3;
      } else if (next === '<') {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported('group modifier');
    }
    const node = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return look ? { t: 'look', node, positive: look.positive, behind: look.behind } : node;
  }

  /** An escape outside a class. */
  private atomEscape(): Node {
    this.i++; // backslash
    const ch = this.peek();
    if (ch === undefined) throw new Unsupported('trailing backslash');
    if (ch === 'b' || ch === 'B') {
      this.i++;
      return { t: 'empty', edge: ch === 'b' };
    }
    if (isDigit(ch) || ch === 'k') {
      // Back-reference (or a legacy octal escape): matches text we cannot know here.
      if (ch === 'k' && this.peek(1) === '<') {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('reference name');
        this.i = close + 1;
        return { t: 'unknown' };
      }
      if (ch === 'k') {
        this.i++;
        return this.literal(0x6b);
      }
      while (isDigit(this.peek())) this.i++;
      return { t: 'unknown' };
    }
    const set = this.escapeSet();
    return { t: 'char', set: this.withCase(set) };
  }

  /**
   * The set for an escape shared by atoms and classes (cursor after the backslash): class escapes, control
   * and code escapes, identity escapes. Sets are before case closure.
   */
  private escapeSet(): CharSet {
    const ch = this.src[this.i]!;
    this.i++;
    switch (ch) {
      case 'd':
        return DIGIT();
      case 'D':
        return complement(DIGIT());
      case 'w':
        // Under iu, \w also matches ſ and K.
        return this.ignoreCase && this.unicode ? { ...WORD(), fold: true } : WORD();
      case 'W':
        return complement(WORD());
      case 's':
        return SPACE();
      case 'S':
        return complement(rangeSet([0x09, 0x0d], [0x20, 0x20]));
      case 't':
        return rangeSet([9, 9]);
      case 'n':
        return rangeSet([10, 10]);
      case 'v':
        return rangeSet([11, 11]);
      case 'f':
        return rangeSet([12, 12]);
      case 'r':
        return rangeSet([13, 13]);
      case 'p':
      case 'P': {
        if (!this.unicode) return rangeSet([ch.charCodeAt(0), ch.charCodeAt(0)]);
        const close = this.src.indexOf('}', this.i);
        if (this.peek() !== '{' || close < 0) throw new Unsupported('property escape');
        const name = this.src.slice(this.i + 1, close);
        this.i = close + 1;
        const known = this.properties ? PROPERTY_ASCII[name] : undefined;
        if (!known) return ALL();
        const set = rangeSet(...known);
        set.other = true;
        return ch === 'P' ? complement(set) : set;
      }
      case 'c': {
        const letter = this.peek();
        if (letter && /^[A-Za-z]$/.test(letter)) {
          this.i++;
          const code = letter.charCodeAt(0) % 32;
          return rangeSet([code, code]);
        }
        // Annex B: a lone \c is a backslash followed by "c".
        this.i--;
        return rangeSet([0x5c, 0x5c]);
      }
      case 'x': {
        if (isHex(this.peek()) && isHex(this.peek(1))) {
          const code = Number.parseInt(this.src.slice(this.i, this.i + 2), 16);
          this.i += 2;
          return rangeSet([code, code]);
        }
        return rangeSet([0x78, 0x78]);
      }
      case 'u': {
        if (this.unicode && this.peek() === '{') {
          const close = this.src.indexOf('}', this.i);
          if (close < 0) throw new Unsupported('code point escape');
          const code = Number.parseInt(this.src.slice(this.i + 1, close), 16);
          this.i = close + 1;
          return rangeSet([code, code]);
        }
        const hex = this.src.slice(this.i, this.i + 4);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          this.i += 4;
          const code = Number.parseInt(hex, 16);
          // A \uD83D\uDE00 pair under u is one astral character: outside ASCII either way.
          if (
            this.unicode &&
            code >= 0xd800 &&
            code <= 0xdbff &&
            /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(this.src.slice(this.i, this.i + 6))
          ) {
            this.i += 6;
          }
          return rangeSet([code, code]);
        }
        return rangeSet([0x75, 0x75]);
      }
      case '0':
        if (!isDigit(this.peek())) return rangeSet([0, 0]);
        throw new Unsupported('octal escape');
      default: {
        if (isDigit(ch)) throw new Unsupported('octal escape');
        this.i--;
        const cp = this.codePoint();
        return rangeSet([cp, cp]);
      }
    }
  }

  private charClass(): Node {
    this.i++; // [
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const set = emptySet();
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++;
        const to = this.classAtom();
        if (typeof from === 'number' && typeof to === 'number') {
          if (from > to) throw new Unsupported('range out of order');
          addRange(set, from, to);
          continue;
        }
        // Annex B: a class escape next to '-' makes the dash literal.
        if (this.unicode) throw new Unsupported('class escape in range');
        for (const part of [from, to]) typeof part === 'number' ? addRange(set, part, part) : union(set, part);
        addRange(set, 0x2d, 0x2d);
        continue;
      }
      typeof from === 'number' ? addRange(set, from, from) : union(set, from);
    }
    this.i++; // ]
    const closed = this.withCase(set, negate);
    return { t: 'char', set: negate ? complement(closed) : closed };
  }

  /** One class member: a character code, or a set for class escapes (\d, \w, \p{...}). */
  private classAtom(): number | CharSet {
    if (this.peek() !== '\\') return this.codePoint();
    this.i++;
    const ch = this.peek();
    if (ch === 'b') {
      this.i++;
      return 8;
    }
    if (ch === '-') {
      this.i++;
      return 0x2d;
    }
    if (ch === 'c' && !this.unicode && /^[0-9_]$/.test(this.peek(1) ?? '')) {
      // Annex B inside a class: \c followed by a digit or underscore is a control character.
      const code = this.src.charCodeAt(this.i + 1) % 32;
      this.i += 2;
      return code;
    }
    if (isDigit(ch) && !this.unicode) {
      // Legacy octal inside a class: cannot be a back-reference; take the whole class as "anything".
      throw new Unsupported('octal in class');
    }
    const set = this.escapeSet();
    return singleCode(set) ?? set;
  }
}

/** The one character of a set made by escapeSet, or undefined for a multi-character set. */
function singleCode(set: CharSet): number | undefined {
  if (set.other) return undefined;
  let code: number | undefined;
  for (let c = 0; c < 128; c++) {
    if (has(set, c)) {
      if (code !== undefined) return undefined;
      code = c;
    }
  }
  return code;
}

// ---- needs ----

/** The single lower-case character a set stands for, and whether case was folded; undefined otherwise. */
function literalChar(set: CharSet): { ch: string; folded: boolean } | undefined {
  if (set.other) return undefined;
  let first = -1;
  let count = 0;
  for (let c = 0; c < 128; c++) {
    if (has(set, c)) {
      if (count === 0) first = c;
      count++;
      if (count > 2) return undefined;
    }
  }
  if (count === 1 && !set.fold) return { ch: String.fromCharCode(first), folded: false };
  // A letter in either case ([Kk], or any letter under the i flag).
  if (count === 2 && first >= 0x41 && first <= 0x5a && has(set, first + 32)) {
    return { ch: String.fromCharCode(first + 32), folded: true };
  }
  return undefined;
}

function isDigitSet(set: CharSet): boolean {
  if (set.other || set.fold) return false;
  let any = false;
  for (let c = 0; c < 128; c++) {
    if (!has(set, c)) continue;
    if (c < 0x30 || c > 0x39) return false;
    any = true;
  }
  return any;
}

const literalIds = new Map<string, number>();
/** Every literal by id, so a text's answers for all of them can come from one scan (TextFacts.hasLiteral). */
const literalsById: Array<{ text: string; folded: boolean }> = [];

/** The literals numbered so far, by id; it only grows. */
export function registeredLiterals(): ReadonlyArray<{ readonly text: string; readonly folded: boolean }> {
  return literalsById;
}

function literal(text: string, folded: boolean): Need {
  const key = `${folded ? '~' : '='}${text}`;
  let id = literalIds.get(key);
  if (id === undefined) {
    id = literalIds.size;
    literalIds.set(key, id);
    literalsById.push({ text, folded });
  }
  return { kind: 'literal', text, folded, id };
}

/**
 * Cheapest first: a character or digit test is one mask operation, a digit run a scan of the run table, a
 * conjunction or disjunction at least one more test, a literal a substring search. text-facts.ts orders the
 * simplified gates by the same table.
 */
export const NEED_COST: Record<Need['kind'], number> = {
  never: 0,
  any: 0,
  chars: 0,
  digits: 0,
  alnumRun: 0,
  digitRun: 1,
  some: 2,
  all: 2,
  literal: 3,
};

function all(needs: Need[]): Need {
  const out: Need[] = [];
  for (const n of needs) {
    if (n.kind === 'never') return NEVER;
    if (n.kind === 'any') continue;
    if (n.kind === 'all') out.push(...n.needs);
    else out.push(n);
  }
  if (out.length === 0) return ANY;
  const kept = out.filter((n, i) => !(n.kind === 'chars' && impliedByOther(n.set, out, i)));
  kept.sort((a, b) => NEED_COST[a.kind] - NEED_COST[b.kind]);
  return kept.length === 1 ? kept[0]! : { kind: 'all', needs: kept };
}

/** Whether every text passing the character test `a` passes `b` as well (a's characters are all in b). */
export function charsImply(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < 4; i++) if ((a.ascii[i]! & ~b.ascii[i]!) !== 0) return false;
  return (!a.other || b.other) && (!a.fold || b.fold);
}

/**
 * Whether another character need of the same conjunction already implies this one, so testing it again is
 * waste ("[A-Z]{6}[A-Z0-9]{2}" needs an upper-case letter; a letter-or-digit then follows). Of two equal
 * sets the first is kept.
 */
function impliedByOther(set: CharSet, needs: Need[], self: number): boolean {
  return needs.some(
    (n, j) => j !== self && n.kind === 'chars' && charsImply(n.set, set) && (j < self || !charsImply(set, n.set)),
  );
}

function some(needs: Need[]): Need {
  const out: Need[] = [];
  for (const n of needs) {
    if (n.kind === 'any') return ANY;
    if (n.kind === 'never') continue;
    if (n.kind === 'some') out.push(...n.needs);
    else out.push(n);
  }
  if (out.length === 0) return NEVER;
  // Either of several characters is one character test: their sets united.
  const charNeeds = out.filter((n): n is Extract<Need, { kind: 'chars' }> => n.kind === 'chars');
  if (charNeeds.length > 1) {
    const merged = emptySet();
    for (const n of charNeeds) union(merged, n.set);
    out.splice(0, out.length, { kind: 'chars', set: merged }, ...out.filter((n) => n.kind !== 'chars'));
  }
  // Literals are all found in one automaton pass per text (text-facts.ts), so a test of a few dozen is a few dozen
  // array reads; past this many the alternation still sets no condition. (16 dropped the gate of a list of 21
  // clinical eponyms, so negated-finding's "signo de <eponym>" pattern scanned every text with "test" or "de".)
  if (out.filter((n) => n.kind === 'literal').length > MAX_SOME_LITERALS) return ANY;
  return out.length === 1 ? out[0]! : { kind: 'some', needs: out };
}

/** Literal alternatives a gate still searches for one by one (see some). */
const MAX_SOME_LITERALS = 64;

const MAX_COUNT = 1e6;
/** Widest gap a digit-run need may have; wider ones are left to the plain digit count. */
export const MAX_GAP = 64;

/** Fewest ASCII digits any match of the node consumes. */
function minDigits(node: Node): number {
  switch (node.t) {
    case 'char':
      return isDigitSet(node.set) ? 1 : 0;
    case 'seq':
      return Math.min(
        MAX_COUNT,
        node.items.reduce((sum, n) => sum + minDigits(n), 0),
      );
    case 'alt':
      return Math.min(...node.alts.map(minDigits));
    case 'rep':
      return node.min === 0 ? 0 : Math.min(MAX_COUNT, node.min * minDigits(node.node));
    default:
      return 0;
  }
}

/**
 * Upper bounds on the non-digit stretches of a node's matches: `nd` the longest digit-free match, `pre` and
 * `suf` the longest leading and trailing stretch of a match holding a digit, `inner` the longest stretch
 * between two digits. -Infinity: no such match or stretch.
 */
interface Gaps {
  nd: number;
  pre: number;
  suf: number;
  inner: number;
}

const NONE = Number.NEGATIVE_INFINITY;
const add = (a: number, b: number) => (a === NONE || b === NONE ? NONE : a + b);
const EMPTY_GAPS: Gaps = { nd: 0, pre: NONE, suf: NONE, inner: NONE };
const UNKNOWN_GAPS: Gaps = { nd: Infinity, pre: Infinity, suf: Infinity, inner: Infinity };

function concat(a: Gaps, b: Gaps): Gaps {
  return {
    nd: add(a.nd, b.nd),
    pre: Math.max(a.pre, add(a.nd, b.pre)),
    suf: Math.max(b.suf, add(a.suf, b.nd)),
    inner: Math.max(a.inner, b.inner, add(a.suf, b.pre)),
  };
}

function widest(a: Gaps, b: Gaps): Gaps {
  return {
    nd: Math.max(a.nd, b.nd),
    pre: Math.max(a.pre, b.pre),
    suf: Math.max(a.suf, b.suf),
    inner: Math.max(a.inner, b.inner),
  };
}

/** Repetitions worked out one by one; beyond this the bounds are taken as unknown. */
const MAX_UNROLL = 1000;

function gapsOf(node: Node): Gaps {
  switch (node.t) {
    case 'char': {
      let digit = false;
      let other = node.set.other || node.set.fold;
      for (let c = 0; c < 128; c++) {
        if (!has(node.set, c)) continue;
        if (c >= 0x30 && c <= 0x39) digit = true;
        else other = true;
      }
      return { nd: other ? 1 : NONE, pre: digit ? 0 : NONE, suf: digit ? 0 : NONE, inner: NONE };
    }
    case 'seq':
      return node.items.reduce((acc, item) => concat(acc, gapsOf(item)), EMPTY_GAPS);
    case 'alt':
      return node.alts.map(gapsOf).reduce(widest);
    case 'rep': {
      const one = gapsOf(node.node);
      if (node.min > MAX_UNROLL) return UNKNOWN_GAPS;
      // Past a few rounds an unbounded repetition only stretches what a digit-free chunk can stretch.
      const unbounded = node.max > MAX_UNROLL;
      const last = unbounded ? Math.max(node.min, 2) + 1 : node.max;
      let power = EMPTY_GAPS;
      let out: Gaps | undefined = node.min === 0 ? EMPTY_GAPS : undefined;
      for (let k = 1; k <= last; k++) {
        power = concat(power, one);
        if (k >= node.min) out = out ? widest(out, power) : power;
      }
      const result = out ?? EMPTY_GAPS;
      if (unbounded && one.nd >= 1) {
        const grow = (v: number) => (v === NONE ? NONE : Infinity);
        return { nd: Infinity, pre: grow(result.pre), suf: grow(result.suf), inner: grow(result.inner) };
      }
      return result;
    }
    case 'unknown':
      return UNKNOWN_GAPS;
    default:
      return EMPTY_GAPS; // assertions and lookarounds consume nothing
  }
}

/** Whether a set matches only ASCII letters and digits (no other character, no case fold onto one). */
function isAlnumSet(set: CharSet): boolean {
  if (set.other || set.fold) return false;
  for (let c = 0; c < 128; c++) {
    if (has(set, c) && !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)))
      return false;
  }
  return true;
}

/**
 * Lower bounds on the runs of ASCII letters and digits every match of a node holds: `pure` when the node only
 * ever consumes such characters (then `len` is its shortest match), else `pre` and `suf` the run every match
 * starts and ends with, and `best` the longest run every match holds somewhere.
 */
interface Runs {
  pure: boolean;
  len: number;
  pre: number;
  suf: number;
  best: number;
}

const pureRuns = (len: number): Runs => ({ pure: true, len, pre: len, suf: len, best: len });
const BROKEN: Runs = { pure: false, len: 0, pre: 0, suf: 0, best: 0 };

function concatRuns(a: Runs, b: Runs): Runs {
  if (a.pure && b.pure) return pureRuns(a.len + b.len);
  return {
    pure: false,
    len: 0,
    pre: a.pure ? a.len + b.pre : a.pre,
    suf: b.pure ? b.len + a.suf : b.suf,
    best: Math.max(a.best, b.best, a.suf + b.pre),
  };
}

function runsOf(node: Node): Runs {
  switch (node.t) {
    case 'char':
      return isAlnumSet(node.set) ? pureRuns(1) : BROKEN;
    case 'seq':
      return node.items.reduce((acc, item) => concatRuns(acc, runsOf(item)), pureRuns(0));
    case 'alt': {
      const alts = node.alts.map(runsOf);
      if (alts.every((r) => r.pure)) return pureRuns(Math.min(...alts.map((r) => r.len)));
      // A pure alternative's whole match is both its leading and its trailing run.
      return {
        pure: false,
        len: 0,
        pre: Math.min(...alts.map((r) => r.pre)),
        suf: Math.min(...alts.map((r) => r.suf)),
        best: Math.min(...alts.map((r) => r.best)),
      };
    }
    case 'rep': {
      const one = runsOf(node.node);
      if (one.pure) return pureRuns(Math.min(MAX_COUNT, node.min * one.len));
      if (node.min === 0) return BROKEN;
      // Two copies in a row join the first one's trailing run to the second one's leading run.
      const joined = node.min >= 2 ? one.suf + one.pre : 0;
      return { pure: false, len: 0, pre: one.pre, suf: one.suf, best: Math.max(one.best, joined) };
    }
    case 'unknown':
      return BROKEN;
    default:
      return pureRuns(0); // assertions and lookarounds consume nothing: the characters around them touch
  }
}

/** Shortest run of letters and digits worth a condition: shorter ones are in nearly every text. */
const MIN_ALNUM_RUN = 5;

/**
 * Strings of consecutive single characters in a sequence ("-----BEGIN", "eyJ", "://"), at least two long,
 * and the items they cover (whose own one-character needs the string makes redundant).
 */
function literalsOf(items: Node[]): { needs: Need[]; covered: Set<number> } {
  const needs: Need[] = [];
  const covered = new Set<number>();
  let text = '';
  let folded = false;
  let members: number[] = [];
  const flush = () => {
    if (text.length >= 2) {
      // Folded literals are matched in the lower-cased text, so their exact-case parts are lower-cased too.
      needs.push(literal(folded ? text.toLowerCase() : text, folded));
      for (const i of members) covered.add(i);
    }
    text = '';
    folded = false;
    members = [];
  };
  const append = (lit: { ch: string; folded: boolean }, times: number, index: number) => {
    text += lit.ch.repeat(times);
    folded ||= lit.folded;
    members.push(index);
  };
  for (const [index, item] of items.entries()) {
    if (item.t === 'empty' || (item.t === 'look' && !item.positive)) continue; // zero-width: the run goes on
    const lit =
      item.t === 'char'
        ? literalChar(item.set)
        : item.t === 'rep' && item.node.t === 'char'
          ? literalChar(item.node.set)
          : undefined;
    if (lit && item.t === 'char') {
      append(lit, 1, index);
      continue;
    }
    if (lit && item.t === 'rep' && item.min >= 1) {
      // x{n} keeps the run going; x{n,m} ends it after its n sure copies.
      append(lit, Math.min(item.min, 64), index);
      if (item.max !== item.min || item.min > 64) flush();
      continue;
    }
    flush();
  }
  flush();
  return { needs, covered };
}

function needOf(node: Node): Need {
  switch (node.t) {
    case 'char':
      return { kind: 'chars', set: node.set };
    case 'seq': {
      const literals = literalsOf(node.items);
      return all([...node.items.filter((_, i) => !literals.covered.has(i)).map(needOf), ...literals.needs]);
    }
    case 'alt':
      return some(node.alts.map(needOf));
    case 'rep':
      return node.min === 0 ? ANY : needOf(node.node);
    case 'look':
      return node.positive ? needOf(node.node) : ANY;
    default:
      return ANY;
  }
}

/**
 * What a text must contain for `new RegExp(source, flags)` to match in it. Flags other than g, i, u, d, y
 * and m leave the pattern unanalysed (no condition).
 */
export function needsOf(source: string, flags: string): Need {
  if (/[^giudym]/.test(flags)) return ANY;
  try {
    const root = new Parser(source, flags.includes('u'), flags.includes('i')).parse();
    const digits = minDigits(root);
    const gap = gapsOf(root).inner;
    const run: Need = digits >= 2 && gap < MAX_GAP ? { kind: 'digitRun', min: digits, gap: Math.max(0, gap) } : ANY;
    const alnum = Math.min(MAX_COUNT, runsOf(root).best);
    const word: Need = alnum >= MIN_ALNUM_RUN ? { kind: 'alnumRun', min: alnum } : ANY;
    return all([needOf(root), digits > 0 ? { kind: 'digits', min: digits } : ANY, run, word]);
  } catch (err) {
    if (err instanceof Unsupported) return ANY;
    throw err;
  }
}

/**
 * The least count a need demands of one measure (the text's digits, or its longest run of letters and digits);
 * 0 when it demands none. Several needs of one rule share their smallest floor: a text under it skips them all.
 */
export function floorOf(need: Need, kind: 'digits' | 'alnumRun'): number {
  if (need.kind === kind) return need.min;
  if (need.kind === 'all') return Math.max(0, ...need.needs.map((n) => floorOf(n, kind)));
  if (need.kind === 'some') return Math.min(...need.needs.map((n) => floorOf(n, kind)));
  return 0;
}

/** Readable form of a need, for tests and debugging. */
export function describeNeed(need: Need): string {
  switch (need.kind) {
    case 'any':
    case 'never':
      return need.kind;
    case 'digits':
      return `digits>=${need.min}`;
    case 'digitRun':
      return `run>=${need.min}/gap<=${need.gap}`;
    case 'alnumRun':
      return `alnum>=${need.min}`;
    case 'literal':
      return need.folded ? `~${JSON.stringify(need.text)}` : JSON.stringify(need.text);
    case 'chars': {
      const members: string[] = [];
      for (let c = 32; c < 127; c++) if (has(need.set, c)) members.push(String.fromCharCode(c));
      return `[${members.join('')}${need.set.other ? '…' : ''}]`;
    }
    case 'all':
      return `(${need.needs.map(describeNeed).join(' & ')})`;
    case 'some':
      return `(${need.needs.map(describeNeed).join(' | ')})`;
  }
}

/**
 * A character every match of a pattern holds, and the characters a match may hold before its first one: `char`
 * is a single ASCII character standing in the pattern's top-level sequence (not optional), and `before` holds
 * every character the items ahead of it may consume, without `char` itself. A match then starts at most a run of
 * `before` characters ahead of an occurrence of `char`: the engine tries the pattern only there (run-rule.ts).
 */
export interface Anchor {
  char: number;
  before: CharSet;
  /** The most UTF-16 units the items ahead of the anchor take (Infinity when unbounded): starts lie no further back. */
  reach: number;
}

/** Every character a node may consume (lookarounds consume none); throws Unsupported for back-references. */
function consumed(node: Node, into: CharSet): void {
  switch (node.t) {
    case 'char':
      union(into, node.set);
      return;
    case 'rep':
      if (node.max > 0) consumed(node.node, into);
      return;
    case 'seq':
      for (const item of node.items) consumed(item, into);
      return;
    case 'alt':
      for (const alt of node.alts) consumed(alt, into);
      return;
    case 'look':
    case 'empty':
      return;
    case 'unknown':
      throw new Unsupported('unknown text');
  }
}

/** The characters a match of a node may start with, and whether it may match the empty string. */
function firstOf(node: Node): { set: CharSet; nullable: boolean } {
  switch (node.t) {
    case 'char':
      return { set: node.set, nullable: false };
    case 'rep': {
      const inner = firstOf(node.node);
      return { set: inner.set, nullable: inner.nullable || node.min === 0 };
    }
    case 'seq': {
      const set = emptySet();
      for (const item of node.items) {
        const f = firstOf(item);
        union(set, f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
    case 'alt': {
      const set = emptySet();
      let nullable = false;
      for (const alt of node.alts) {
        const f = firstOf(alt);
        union(set, f.set);
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case 'look':
    case 'empty':
      return { set: emptySet(), nullable: true };
    case 'unknown':
      throw new Unsupported('unknown text');
  }
}

function topLevelItems(node: Node): Node[] {
  if (node.t === 'seq') return node.items.flatMap(topLevelItems);
  return [node];
}

/**
 * `analyse` over the parsed pattern, for the anchors below: undefined when the flags are other than g, i, d, u or
 * the pattern holds a construct the parser does not model.
 */
function analysed<T>(source: string, flags: string, analyse: (root: Node) => T | undefined): T | undefined {
  if (/[^gidu]/.test(flags)) return undefined;
  try {
    return analyse(new Parser(source, flags.includes('u'), flags.includes('i'), true).parse());
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** The set of the one character a top-level item takes each time (a class, or a repeat of one): else undefined. */
function singleCharSet(item: Node): CharSet | undefined {
  if (item.t === 'char') return item.set;
  return item.t === 'rep' && item.min > 0 && item.node.t === 'char' ? item.node.set : undefined;
}

/** Characters a pattern's first one may be, at the least, for an anchor to pay. */
const MIN_FIRST_SET = 16;

/**
 * The pattern's anchor (see Anchor), or undefined when it has none worth scanning for. Worth it: a match may
 * start with any of 16 or more characters, say any lower-case letter or hex digit (the plain scan then tries the
 * pattern at nearly every position, where a pattern that starts with a few set characters is skipped along
 * quickly by the regex engine itself: a hex key before "-us1" cost 50 us per 4 KB prompt that way), and the
 * characters before the anchor exclude white space, so each occurrence of the anchor leaves about a word's length
 * of start positions to try.
 */
export function anchorOf(source: string, flags: string): Anchor | undefined {
  return analysed(source, flags, (root) => {
    const first = firstOf(root).set;
    let size = 0;
    for (let c = 0; c < 0x80; c++) if (has(first, c)) size++;
    if (size < MIN_FIRST_SET) return undefined;
    const before = emptySet();
    let reach = 0;
    for (const item of topLevelItems(root)) {
      if (item.t === 'look' || item.t === 'empty') continue;
      const one = singleCharSet(item);
      const code = one && !one.fold && !one.approx ? singleCode(one) : undefined;
      if (code !== undefined && !has(before, code)) {
        if (before.approx || has(before, 0x20) || has(before, 0x0a) || has(before, 0x09)) return undefined;
        return { char: code, before, reach };
      }
      consumed(item, before);
      reach += maxUnits(item);
    }
    return undefined;
  });
}

/** One item of a pattern ahead of its digit anchor: it consumes between `min` and `max` UTF-16 units of `set`. */
export interface Step {
  set: CharSet;
  min: number;
  max: number;
}

/**
 * An anchor for patterns that may start at any letter but hold a digit soon after ("AB123456", "March 2021"): the
 * first item of the top-level sequence that matches ASCII digits only, where no item ahead of it may consume a
 * digit. A match then starts where the items ahead (`steps`, read backwards from the digit) can end at an
 * occurrence of the anchor's digits: the engine tries the pattern only there, at the few digit runs of a text,
 * instead of at every letter (run-rule.ts).
 */
export interface DigitAnchor {
  /** The digits the anchor item matches: bit d for the digit d. */
  digits: number;
  /** Digits in a row the anchor item needs (a `\d{6}` needs six). */
  minRun: number;
  /**
   * The anchor's digit opens its run of digits in every match: a look-behind at the start rules out a digit
   * before the match, or the items ahead consume at least one (non-digit) character.
   */
  runStart: boolean;
  /** The items ahead of the anchor, in pattern order. */
  steps: Step[];
  /** ASCII characters a look-behind at the start forbids right before the match (exact), if it has one. */
  notAfter?: CharSet;
}

const DIGIT_MASK = DIGIT().ascii;
const hasDigit = (set: CharSet) => (set.ascii[1]! & DIGIT_MASK[1]!) !== 0;

/** The digits of a set that holds ASCII digits and nothing else, as bits 0-9; undefined for any other set. */
function onlyDigits(set: CharSet): number | undefined {
  if (set.other || set.fold || set.approx) return undefined;
  const [a0, a1, a2, a3] = set.ascii;
  if (a0 !== 0 || a2 !== 0 || a3 !== 0 || (a1 & ~DIGIT_MASK[1]!) !== 0 || a1 === 0) return undefined;
  return (a1 >>> 16) & 0x3ff;
}

/** The most UTF-16 units a node may consume (Infinity when unbounded); a non-ASCII character may take two. */
function maxUnits(node: Node): number {
  switch (node.t) {
    case 'char':
      return node.set.other ? 2 : 1;
    case 'rep':
      return node.max === 0 ? 0 : node.max * maxUnits(node.node);
    case 'seq':
      return node.items.reduce((n, item) => n + maxUnits(item), 0);
    case 'alt':
      return Math.max(0, ...node.alts.map(maxUnits));
    case 'look':
    case 'empty':
      return 0;
    case 'unknown':
      throw new Unsupported('unknown text');
  }
}

/** The characters a node consumes and how many units, as one step (a group counts as optional: a looser bound). */
function stepOf(node: Node): Step {
  if (node.t === 'char') return { set: node.set, min: 1, max: maxUnits(node) };
  if (node.t === 'rep' && node.node.t === 'char') {
    return { set: node.node.set, min: node.min, max: node.max === 0 ? 0 : node.max * maxUnits(node.node) };
  }
  const set = emptySet();
  consumed(node, set);
  return { set, min: 0, max: maxUnits(node) };
}

/** The set of a negative look-behind of one character class ("(?<![\\w.])"), when its ASCII members are exact. */
function forbiddenBefore(node: Node): CharSet | undefined {
  if (node.t !== 'look' || node.positive || !node.behind) return undefined;
  const inner = node.node.t === 'seq' && node.node.items.length === 1 ? node.node.items[0]! : node.node;
  return inner.t === 'char' && !inner.set.approx ? inner.set : undefined;
}

/** Letters a pattern's first character may be before the digit anchor pays (see digitAnchorOf). */
const MIN_FIRST_LETTERS = 8;
/** Digits in a row the anchor needs, or characters the items ahead may take, for the anchor to pay. */
const MIN_ANCHOR_RUN = 4;
/**
 * Characters the items ahead of a short anchor may take at most for it to pay: past this, the walk back from each
 * digit finds dozens of starts, each tried by the regex engine, where the plain scan's first-character check
 * skips the text at once (wound-with-size, ahead of its size: 4.2 ms -> 0.6 ms over the shared sample).
 */
const MAX_ANCHOR_REACH = 64;

const SPACE_SET = SPACE();
const isSpaceStep = (st: Step) => !st.set.approx && charsImply(st.set, SPACE_SET);

/**
 * Whether the anchor's digit follows white space in every match ("March 5, 2021": a word, "\s+", the day) and the
 * other items ahead reach back no further than MAX_ANCHOR_REACH: only digits opening a word are walked back from,
 * and a text's runs of white space are short, whatever the pattern allows (a run long enough to pile up starts
 * ends the anchored scan for the plain one: run-rule.ts, MAX_STARTS). The plain scan tried such a pattern at every
 * word: date-personal, date-personal-no-year and date-genealogy took 69 -> 54 ms per pass over the shared 4 KB
 * windows (paired, one process).
 */
function afterSpace(steps: readonly Step[]): boolean {
  const last = steps[steps.length - 1];
  if (last === undefined || last.min < 1 || !isSpaceStep(last)) return false;
  const reach = steps.reduce((n, st) => n + (isSpaceStep(st) ? 1 : st.max), 0);
  return reach <= MAX_ANCHOR_REACH;
}

/**
 * The pattern's digit anchor (see DigitAnchor), or undefined when it has none worth scanning for. Worth it,
 * measured on the shared sets' 4 KB windows: a match may start at many letters (the plain scan tries the
 * pattern at each), and either the anchor needs a run of 4 or more digits (few runs that long in a text) or
 * the items ahead take up to 4 or more characters (the plain scan then backtracks over a bounded run of
 * letters at every letter). With fewer, the regex engine's own quick checks win.
 */
export function digitAnchorOf(source: string, flags: string): DigitAnchor | undefined {
  return analysed(source, flags, (root) => {
    const first = firstOf(root).set;
    let letters = 0;
    for (let c = 0x41; c <= 0x7a; c++) if ((c <= 0x5a || c >= 0x61) && has(first, c)) letters++;
    if (letters < MIN_FIRST_LETTERS) return undefined;
    const anchor = digitAnchorIn(root);
    if (!anchor) return undefined;
    const reach = anchor.steps.reduce((n, st) => n + st.max, 0);
    return anchor.minRun >= MIN_ANCHOR_RUN ||
      (reach >= MIN_ANCHOR_RUN && reach <= MAX_ANCHOR_REACH) ||
      afterSpace(anchor.steps)
      ? anchor
      : undefined;
  });
}

/** The digit anchor of a parsed pattern, whatever it costs. */
function digitAnchorIn(root: Node): DigitAnchor | undefined {
  const steps: Step[] = [];
  let notAfter: CharSet | undefined;
  let minBefore = 0;
  for (const item of topLevelItems(root)) {
    if (item.t === 'empty') continue;
    if (item.t === 'look') {
      // Only a look-behind standing before every consuming item speaks about the character before the match.
      if (steps.length === 0) notAfter ??= forbiddenBefore(item);
      continue;
    }
    const one = singleCharSet(item);
    const digits = one ? onlyDigits(one) : undefined;
    if (digits !== undefined) {
      const minRun = item.t === 'rep' ? item.min : 1;
      const noDigitBefore = notAfter !== undefined && (notAfter.ascii[1]! & DIGIT_MASK[1]!) === DIGIT_MASK[1];
      return { digits, minRun, runStart: noDigitBefore || minBefore > 0, steps, notAfter };
    }
    const step = stepOf(item);
    if (hasDigit(step.set)) return undefined;
    steps.push(step);
    minBefore += step.min;
  }
  return undefined;
}

/** The fewest characters a node consumes. */
function minChars(node: Node): number {
  switch (node.t) {
    case 'char':
      return 1;
    case 'rep':
      return node.min === 0 ? 0 : node.min * minChars(node.node);
    case 'seq':
      return node.items.reduce((n, item) => n + minChars(item), 0);
    case 'alt':
      return Math.min(...node.alts.map(minChars));
    case 'look':
    case 'empty':
      return 0;
    case 'unknown':
      throw new Unsupported('unknown text');
  }
}

const ALNUM_MASK = rangeSet([0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]).ascii;
const withinAlnum = (set: CharSet) =>
  !set.other && !set.fold && !set.approx && set.ascii.every((w, i) => (w & ~ALNUM_MASK[i]!) === 0);
const holdsAlnum = (set: CharSet) => !set.approx && set.ascii.every((w, i) => (w & ALNUM_MASK[i]!) === ALNUM_MASK[i]);

/**
 * For a pattern that matches ASCII letters and digits only, after a look-behind that rules out a letter or digit
 * before the match ("(?<![\w])[A-Z]{6}[\dLMNP-V]{2}..."): the fewest characters a match takes. Every match then
 * opens a run of ASCII letters and digits at least that long, so only the starts of such runs need trying
 * (run-rule.ts); undefined for other patterns.
 */
export function alnumRunAnchorOf(source: string, flags: string): number | undefined {
  return analysed(source, flags, (root) => {
    let opened = false;
    let consuming = false;
    for (const item of topLevelItems(root)) {
      if (item.t === 'empty') continue;
      if (item.t === 'look') {
        if (!consuming) {
          const set = forbiddenBefore(item);
          if (set && holdsAlnum(set)) opened = true;
        }
        continue;
      }
      consuming = true;
      const set = emptySet();
      consumed(item, set);
      if (!withinAlnum(set)) return undefined;
    }
    return opened ? minChars(root) : undefined;
  });
}

function holdsAlternation(node: Node): boolean {
  if (node.t === 'alt') return true;
  if (node.t === 'seq') return node.items.some(holdsAlternation);
  return (node.t === 'rep' || node.t === 'look') && holdsAlternation(node.node);
}

/** ASCII members a first-character guard may hold at most: past this it rarely rules a position out. */
const MAX_GUARD_SET = 24;

/**
 * For a pattern that opens with a look-behind, a class of the characters its match may start with (a superset),
 * as regex source: `(?=[class])` in front lets V8 pass over positions by one character test instead of running
 * the look-behind (a long list of words read backwards) at every position. Undefined when the pattern does not
 * open with a look-behind, its first characters are unknown, outside ASCII or too many to pay.
 */
export function firstCharGuard(source: string, flags: string): string | undefined {
  return analysed(source, flags, (root) => {
    const items = root.t === 'seq' ? root.items : [root];
    const head = items[0];
    // Only a look-behind that lists words pays for the guard: V8 runs a one-class look-behind ("(?<![\w])")
    // quickly, and a look-ahead in front costs it its own first-character scan (3-8 ms more per pass there).
    if (head?.t !== 'look' || !head.behind || !holdsAlternation(head.node)) return undefined;
    const first = firstOf({ t: 'seq', items: items.slice(1) });
    if (first.nullable || first.set.other || first.set.fold) return undefined;
    const members: string[] = [];
    for (let c = 0; c < 0x80; c++) if (has(first.set, c)) members.push(`\\x${c.toString(16).padStart(2, '0')}`);
    if (members.length === 0 || members.length > MAX_GUARD_SET) return undefined;
    return `[${members.join('')}]`;
  });
}

// ---- word-start anchor: patterns opening with \b and a list of words ----

/** The first characters of a node's matches, by pairs (see wordStartAnchorOf). */
interface Heads {
  first: CharSet;
  nullable: boolean;
  /** First two characters of a match two or more long: bit (a * 128 + b), ASCII only. */
  pairs: Int32Array;
  /** Characters a match may open with and then take anything next (outside ASCII, or what follows the node). */
  wild: CharSet;
  /** Characters a match of exactly one character may be. */
  ones: CharSet;
}

const PAIR_WORDS = (128 * 128) >> 5;
const noHeads = (): Heads => ({
  first: emptySet(),
  nullable: true,
  pairs: new Int32Array(PAIR_WORDS),
  wild: emptySet(),
  ones: emptySet(),
});

/** Adds "a character of `a`, then one of `b`" to h's pairs (or to its wild characters when b is not plain ASCII). */
function crossInto(h: Heads, a: CharSet, b: CharSet): void {
  if (b.other || b.approx || b.fold) {
    union(h.wild, a);
    return;
  }
  for (let x = 0; x < 0x80; x++) {
    if (!has(a, x)) continue;
    for (let w = 0; w < 4; w++) h.pairs[(x << 2) | w]! |= b.ascii[w]!;
  }
}

function headsOf(node: Node): Heads {
  switch (node.t) {
    case 'char': {
      const h = noHeads();
      union(h.first, node.set);
      union(h.ones, node.set);
      h.nullable = false;
      return h;
    }
    case 'look':
    case 'empty':
      return noHeads();
    case 'rep': {
      if (node.max === 0) return noHeads();
      const h = headsOf(node.node);
      if (node.max >= 2) crossInto(h, h.ones, h.first);
      h.nullable ||= node.min === 0;
      return h;
    }
    case 'alt': {
      const h = noHeads();
      h.nullable = false;
      for (const alt of node.alts) {
        const a = headsOf(alt);
        union(h.first, a.first);
        union(h.wild, a.wild);
        union(h.ones, a.ones);
        for (let w = 0; w < PAIR_WORDS; w++) h.pairs[w]! |= a.pairs[w]!;
        h.nullable ||= a.nullable;
      }
      return h;
    }
    case 'seq': {
      let acc = noHeads();
      for (const item of node.items) {
        const y = headsOf(item);
        const next = noHeads();
        union(next.first, acc.first);
        if (acc.nullable) union(next.first, y.first);
        next.pairs.set(acc.pairs);
        union(next.wild, acc.wild);
        if (acc.nullable) {
          for (let w = 0; w < PAIR_WORDS; w++) next.pairs[w]! |= y.pairs[w]!;
          union(next.wild, y.wild);
          union(next.ones, y.ones);
        }
        crossInto(next, acc.ones, y.first);
        if (y.nullable) union(next.ones, acc.ones);
        next.nullable = acc.nullable && y.nullable;
        acc = next;
      }
      return acc;
    }
    case 'unknown':
      throw new Unsupported('unknown text');
  }
}

/**
 * A pattern that opens with \b, or with a look-behind ruling out a \w character, and then a word from a list
 * ("\b(?:hb|hemoglobin|wbc|...)", "(?<![\w])(?:tried|typed|...)"): every match starts
 * where a word of ASCII letters and digits starts, with one of the first two characters the list allows (or at a
 * character outside ASCII right after such a word, for a list holding words that open with one). The
 * engine then tries it only at the text's word starts whose first two characters fit (run-rule.ts, with
 * TextFacts.wordStarts), where the plain scan tried the word list at each letter.
 */
export interface WordStartAnchor {
  /** Allowed first two characters: bit (a * 128 + b). */
  pairs: Int32Array;
  /** First characters after which any character (or the end of the text) may follow. */
  wild: [number, number, number, number];
  /** A match may open with a character outside ASCII (after a word, where \b holds before it). */
  other: boolean;
}

const WORD_SET = WORD();
/** Share of two-letter word openings a list may allow at most for the anchor to pay. */
const MAX_WORD_PAIRS = 0.3;
/** Share of the openings of a number (a digit, then a digit or letter) a list may allow at most. */
const MAX_DIGIT_PAIRS = 0.1;

const allowsPair = (h: Heads, a: number, b: number) =>
  has(h.wild, a) || (h.pairs[(a << 2) | (b >> 5)]! & (1 << (b & 31))) !== 0;

/**
 * Whether trying a pattern at the word starts its first two characters allow pays: it may start with many letters
 * (the plain scan tries it at most of them, where the regex engine skips a text quickly by a rare first letter),
 * few of the openings of words allow it, and few of those of numbers (the engine passes over digits quickly).
 */
function worthWordStarts(first: CharSet, h: Heads): boolean {
  let letters = 0;
  for (let c = 0x41; c <= 0x7a; c++) if ((c <= 0x5a || c >= 0x61) && has(first, c)) letters++;
  if (letters < MIN_FIRST_LETTERS) return false;
  let words = 0;
  let numbers = 0;
  for (let b = 0x30; b <= 0x7a; b++) {
    const letter = b >= 0x61;
    if (!letter && b > 0x39) continue;
    for (let a = 0x61; a <= 0x7a && letter; a++) if (allowsPair(h, a, b)) words++;
    for (let a = 0x30; a <= 0x39; a++) if (allowsPair(h, a, b)) numbers++;
  }
  return words <= MAX_WORD_PAIRS * 26 * 26 && numbers <= MAX_DIGIT_PAIRS * 10 * 36;
}

export function wordStartAnchorOf(source: string, flags: string): WordStartAnchor | undefined {
  // \b and \w are ASCII-only but under the iu flags, where they also take ſ and K.
  if (flags.includes('u') && flags.includes('i')) return undefined;
  const boundary = source.startsWith('\\b');
  return analysed(source, flags, (root) => {
    if (root.t !== 'seq') return undefined; // a top-level alternation: its opening binds only the first branch
    // Opened by \b, or by a look-behind that rules out every \w character before the match.
    const opener = forbiddenBefore(root.items[0]!);
    if (!boundary && !(opener !== undefined && charsImply(WORD_SET, opener))) return undefined;
    const h = headsOf(root);
    const first = h.first;
    // A first character outside ASCII is no \w character: \b holds before it right after a word, which the
    // look-behind does not require.
    if (first.other && !boundary) return undefined;
    const ascii: CharSet = { ascii: first.ascii, other: false, fold: false, approx: false };
    if (h.nullable || first.approx || first.fold || !charsImply(ascii, WORD_SET)) return undefined;
    union(h.wild, h.ones);
    if (!worthWordStarts(first, h)) return undefined;
    return { pairs: h.pairs, wild: [...h.wild.ascii] as [number, number, number, number], other: first.other };
  });
}

/**
 * For a pattern whose match opens a run of ASCII digits: after look-arounds only, one of which rules out a digit
 * before the match ("(?<![\w.\-])\d{3}-\d{2}-\d{4}"), its first items take digits only. A match then starts at the
 * start of a digit run at least `min` long, whose first digit is one of `first`; when the items after the digits
 * can neither take a digit nor match nothing, the run is at most `max` long and the character after it is one of
 * `next` (exact). run-rule.ts tries the pattern only at such runs, where the plain scan ran it over the whole text.
 */
export interface DigitRunAnchor {
  /** The digits the match may open with: bit d for the digit d. */
  first: number;
  /** Digits the opening items take, at least and at most (Infinity: unbounded). */
  min: number;
  max: number;
  /** The characters the rest may open with, when it must take one and it is no digit; else undefined. */
  next: CharSet | undefined;
  /** ASCII characters a look-behind at the start forbids right before the match (all ten digits among them). */
  notAfter: CharSet;
}

/**
 * firstOf read from the end: the characters a node's last one may be, and whether it may take none. Read before a
 * digit (followsNonDigit), ^, $ and \b settle it as a character would: they leave none or one that is no digit.
 */
function lastOf(node: Node): { set: CharSet; nullable: boolean } {
  if (node.t === 'empty' && node.edge) return { set: emptySet(), nullable: false };
  if (node.t === 'rep') {
    const inner = lastOf(node.node);
    return { set: inner.set, nullable: inner.nullable || node.min === 0 };
  }
  if (node.t === 'seq' || node.t === 'alt') {
    const set = emptySet();
    const parts = node.t === 'seq' ? [...node.items].reverse() : node.alts;
    let nullable = node.t === 'seq';
    for (const part of parts) {
      const f = lastOf(part);
      union(set, f.set);
      if (node.t === 'alt') nullable ||= f.nullable;
      else if (!f.nullable) return { set, nullable: false };
    }
    return { set, nullable };
  }
  return firstOf(node);
}

/**
 * Whether a pattern that opens with one digit (items[k]) says in a look-behind right after it, past any
 * look-aheads, that a character other than a digit comes before that digit ("\d(?<=\b(?:from|del)\s+\d)"): every
 * match then opens a digit run, as one after a look-behind that forbids digits does.
 */
function followsNonDigit(items: readonly Node[], k: number): boolean {
  const first = items[k];
  if (first?.t !== 'char' || onlyDigits(first.set) === undefined) return false;
  let look = items[k + 1];
  for (let j = k + 2; look?.t === 'look' && !look.behind; j++) look = items[j];
  if (look?.t !== 'look' || !look.positive || !look.behind || look.node.t !== 'seq') return false;
  const inner = look.node.items;
  const last = inner[inner.length - 1];
  if (last?.t !== 'char' || onlyDigits(last.set) === undefined) return false;
  const before = lastOf({ t: 'seq', items: inner.slice(0, -1) });
  return !before.nullable && !before.set.approx && !hasDigit(before.set);
}

/**
 * The anchor of a pattern whose items after the opening look-behinds open with a digit but may take other
 * characters after it ("(?:\d{1,6}-)?\d{6,10}", "(?:\d{1,2}\/\d{1,2}|\d{4}-\d{2})"): the match opens a run of
 * one digit or more, of a length not known.
 */
function openingDigit(items: Node[], notAfter: CharSet): DigitRunAnchor | undefined {
  const opening = firstOf({ t: 'seq', items });
  const first = opening.nullable ? undefined : onlyDigits(opening.set);
  if (first === undefined) return undefined;
  return { first, min: 1, max: Number.POSITIVE_INFINITY, next: undefined, notAfter };
}

export function digitRunAnchorOf(source: string, flags: string): DigitRunAnchor | undefined {
  return analysed(source, flags, (root) => {
    const items = topLevelItems(root);
    const notAfter = emptySet();
    let k = 0;
    for (; k < items.length; k++) {
      const item = items[k]!;
      if (item.t === 'empty') return undefined; // \b, ^ before the digits: left to the plain scan
      if (item.t !== 'look') break;
      const set = forbiddenBefore(item);
      if (set) union(notAfter, set);
    }
    if ((notAfter.ascii[1]! & DIGIT_MASK[1]!) !== DIGIT_MASK[1]) {
      if (!followsNonDigit(items, k)) return undefined;
      union(notAfter, DIGIT());
    }
    let first = 0;
    let min = 0;
    let max = 0;
    for (; k < items.length; k++) {
      const item = items[k]!;
      // A look-around between the digits ("\d(?<!...)\d?") takes none.
      if ((item.t === 'look' || item.t === 'empty') && min > 0) continue;
      const one = singleCharSet(item) ?? (item.t === 'rep' && item.node.t === 'char' ? item.node.set : undefined);
      let digits = one ? onlyDigits(one) : undefined;
      let lo = item.t === 'rep' ? item.min : 1;
      let hi = item.t === 'rep' ? item.max : 1;
      if (digits === undefined && item.t !== 'char' && item.t !== 'look' && item.t !== 'empty') {
        // A group that takes digits only ("(?:1[1-9]|2[0-8])", "(?:25[0-5]|2[0-4]\d|1?\d?\d)"): its first digits,
        // and the fewest and most it takes.
        const all = emptySet();
        consumed(item, all);
        const opening = firstOf(item);
        if (onlyDigits(all) !== undefined && !opening.nullable) {
          digits = onlyDigits(opening.set);
          lo = minChars(item);
          hi = maxUnits(item);
        }
      }
      if (digits === undefined && min === 0) return openingDigit(items.slice(k), notAfter);
      if (digits === undefined) break;
      if (min === 0 && max === 0) {
        if (lo < 1) return undefined;
        first = digits;
      }
      min += lo;
      max += hi;
    }
    if (min === 0) return undefined;
    let next: CharSet | undefined;
    try {
      const rest = firstOf({ t: 'seq', items: items.slice(k) });
      if (!rest.nullable && !hasDigit(rest.set) && !rest.set.fold) next = rest.set;
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
    }
    return { first, min, max, next, notAfter };
  });
}

// ---- literal heads: patterns whose every match opens with one of a few literals ----

/** Characters a head literal takes at most: as the needs analysis reads a word, so the two share its literal. */
const MAX_HEAD = 16;
/**
 * Characters a head literal takes at least. The shared scan finds where literals of three or more occur; it only
 * tells whether two-character ones do (see PairLiterals): such a head is of use on a text that lacks it.
 */
const MIN_HEAD = 2;
/** Head literals a pattern may have at most: past this the openings are too varied to list. */
const MAX_HEADS = 64;

/**
 * The registered literals (see registeredLiterals) one of which every match of the pattern opens with, at the
 * match's start ("\b(?:cuenta|cta|account)" opens with "cuenta", "cta" or "account"; "log ?in" with "log"),
 * case-folded as the flags fold them. Only zero-width items (\b, look-arounds) may come before the literal. Each
 * literal is at least MIN_HEAD characters of plain ASCII, so the shared literal scan finds where it occurs and the
 * pattern is tried there alone (TextFacts.literalStarts). Undefined when some opening is shorter or not literal.
 */
export function literalHeadsOf(source: string, flags: string): number[] | undefined {
  return analysed(source, flags, (root) => {
    const heads = new Set<string>();
    const walk = (items: readonly Node[], prefix: string, folded: boolean): boolean => {
      for (let k = 0; k < items.length && prefix.length < MAX_HEAD; k++) {
        const item = items[k]!;
        if (item.t === 'empty' || item.t === 'look') {
          if (prefix === '') continue; // zero-width before the literal: the match still starts at it
          break;
        }
        if (item.t === 'seq') return walk([...item.items, ...items.slice(k + 1)], prefix, folded);
        if (item.t === 'alt') {
          const rest = items.slice(k + 1);
          return item.alts.every((alt) => walk([alt, ...rest], prefix, folded));
        }
        const one = item.t === 'char' ? literalChar(item.set) : undefined;
        if (one === undefined) break;
        prefix += one.ch;
        folded ||= one.folded;
      }
      if (prefix.length < MIN_HEAD) return false;
      // A literal with letters of both kinds is taken folded: a superset of its occurrences, which the pattern,
      // tried at each, narrows again.
      heads.add(`${folded ? '~' : '='}${folded ? prefix.toLowerCase() : prefix}`);
      return heads.size <= MAX_HEADS;
    };
    if (!walk([root], '', false)) return undefined;
    return [...heads].map((key) => {
      const n = literal(key.slice(1), key[0] === '~');
      return n.kind === 'literal' ? n.id : -1;
    });
  });
}
