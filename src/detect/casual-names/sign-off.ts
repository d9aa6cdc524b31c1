/**
 * "with love, kemi", "cheers,\nngozi x", "un abrazo, maripaz": the writer's own name after the closing words of a letter
 * or a message ends its line (often typed in lower case). Any word may be a name there (the lists know few of the names
 * people sign with), so it only has to be no ordinary word, place or product ("love, mum", "thanks, all", "best, the
 * team" stay).
 */
export interface SignOffSpan {
  start: number;
  end: number;
}

// The closing words open their line, or follow a sentence's end; a comma (or a line break) parts them from the name,
// which ends the line, perhaps with kisses ("x", "xx", "xo").
const SIGN_OFF =
  /(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:with |lots of |all my |much |sending )?love|hugs|big hugs|cheers|many thanks|thanks again|best wishes|warm(?:est)? regards|kind regards|regards|(?:un )?besos?|(?:un )?abrazos?|(?:un )?saludos?|con cariño|cariños)[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(\p{L}[\p{Ll}\p{M}'’-]{1,20})[ \t]*(?:x{1,4}|xo)?[ \t]*[.!]*[ \t]*$/dgimu;

// Words that sign a message without naming anyone, beyond the lists' ordinary vocabulary.
const NOT_A_SIGNER = new Set(['me', 'us', 'all', 'everyone', 'everybody', 'team', 'todos', 'todas', 'yo', 'nosotros']);

/** Lower-case names that sign a letter or a message; isWord says the folded word is ordinary vocabulary. */
export function findSignOffNames(text: string, isWord: (key: string) => boolean): SignOffSpan[] {
  const out: SignOffSpan[] = [];
  // Every sign-off holds a comma or a line break before the name: one literal test first.
  if (!text.includes(',') && !text.includes('\n')) return out;
  for (const m of text.matchAll(SIGN_OFF)) {
    const name = m[1]!;
    const key = name.toLowerCase();
    // Matched without case for the closing words: the name is one word in lower case, perhaps capitalised.
    if (name.slice(1) !== key.slice(1) || NOT_A_SIGNER.has(key) || isWord(key)) continue;
    const [start, end] = m.indices![1]!;
    out.push({ start, end });
  }
  return out;
}
