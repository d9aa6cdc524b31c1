/**
 * Regexes whose every match opens at the text's start or at a line break ("(?:^|\n)[ \t]*Findings:"), run only where
 * they can match. Run over the whole text, such a regex is tried at every character (V8 finds no literal to skip
 * to); most texts are one line or a few, so trying it at position 0 and at each "\n" gives the same matches for a
 * fraction of the work.
 */

/** A sticky copy of re (same source and flags, "g" dropped, "y" added), for lineStartExec and lineStartTest. */
export function atLineStarts(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}

/**
 * The first match of `sticky` (made by atLineStarts from a regex that opens with "(?:^|\n)" and has no "m" flag) at
 * or after `from`, as the global regex's exec with lastIndex = from finds it: at 0 only "^" can match, elsewhere
 * only a "\n".
 */
export function lineStartExec(sticky: RegExp, text: string, from: number): RegExpExecArray | null {
  let at = from;
  if (at === 0) {
    sticky.lastIndex = 0;
    const m = sticky.exec(text);
    if (m) return m;
    at = 1;
  }
  for (let nl = text.indexOf('\n', at); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    sticky.lastIndex = nl;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/** Whether the regex matches anywhere in text (see lineStartExec). */
export function lineStartTest(sticky: RegExp, text: string): boolean {
  return lineStartExec(sticky, text, 0) !== null;
}
