/**
 * The characters a match of a regex can open with, read from its source, so that a scan can test one class at each
 * position before the alternatives and look-behinds that follow (the same matches; V8 tries every alternative's
 * look-behind at every position otherwise). Only plain openings are read: a literal, an escaped punctuation mark, a
 * non-capturing group of such alternatives, after any leading look-behinds; anything else answers undefined.
 * Case-sensitive sources only: a case-insensitive regex folds the class differently from its letters.
 */

/**
 * A character class (without its brackets) of every character a match of the case-sensitive regex sources can open
 * with, or undefined when one of them may open with something this reading cannot list (a class, \d, an optional
 * first part). Leading look-behinds consume nothing and are skipped.
 */
export function openingCharacterClass(sources: readonly string[]): string | undefined {
  const chars = new Set<string>();
  for (const source of sources) {
    // "a|b" at the top level: its second half opens after the first's look-behind; not read here.
    if (hasTopLevelAlternation(source)) return undefined;
    let i = 0;
    while (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) {
      const close = groupEnd(source, i);
      if (close < 0) return undefined;
      i = close + 1;
    }
    if (!openingsAt(source, i, chars)) return undefined;
  }
  return [...chars].map((c) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c)).join('');
}

/** Adds the characters the part of `source` at i opens with; false when they cannot be listed. */
function openingsAt(source: string, i: number, chars: Set<string>): boolean {
  const optional = (at: number) => at < source.length && '?*{'.includes(source[at]!);
  const c = source[i];
  if (c === undefined) return false;
  if (source.startsWith('(?:', i)) {
    const close = groupEnd(source, i);
    if (close < 0 || optional(close + 1)) return false;
    // Each alternative at the group's top level.
    let depth = 0;
    let from = i + 3;
    for (let k = from; k <= close; k++) {
      const d = source[k]!;
      if (d === '\\') k++;
      else if (d === '[') {
        k = classEnd(source, k);
        if (k < 0) return false;
      } else if (d === '(') depth++;
      else if ((d === ')' && depth === 0 && k === close) || (d === '|' && depth === 0)) {
        if (k === from || !openingsAt(source, from, chars)) return false;
        from = k + 1;
      } else if (d === ')') depth--;
    }
    return true;
  }
  if (c === '\\') {
    const d = source[i + 1];
    // An escaped punctuation mark stands for itself; \d, \p{...}, \s and the like are classes.
    if (d === undefined || /[\p{L}\p{N}]/u.test(d) || optional(i + 2)) return false;
    chars.add(d);
    return true;
  }
  // A class, an anchor or another group; or half of a surrogate pair, which a class of code points cannot hold.
  if ('[.^$|()?*+{'.includes(c) || (c >= '\ud800' && c <= '\udfff') || optional(i + 1)) return false;
  chars.add(c);
  return true;
}

/** Whether the source is an alternation outside any group ("a|b"). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k);
      if (k < 0) return true;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Index of the ")" closing the group that opens at source[i], or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k);
      if (k < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Index of the "]" closing the character class that opens at source[i], or -1. */
function classEnd(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k;
  }
  return -1;
}
