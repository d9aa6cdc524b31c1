/**
 * A screen regex written as one long list of alternatives ("ISBN|proxy statement|named after|...") makes V8 try
 * every alternative at every position of the text. Grouped by their first character ("p(?:roxy statement|lot)"),
 * one character test rules a whole group out, and the same texts match: about twice as fast on a list of a hundred
 * cue phrases.
 *
 * Only for `test()`: a text holds a match of the grouped regex exactly when it holds one of the original, at the
 * same leftmost position, but the alternative that wins there (and so the matched text) may differ.
 */

/** Characters that mean something in a pattern when they stand unescaped. */
const SYNTAX = new Set([...'\\^$.|?*+()[]{}']);
/** What may follow a first character and make it optional or repeated: such an alternative stays whole. */
const QUANTIFIERS = new Set([...'?*+{']);

/** The same regex with its top-level alternatives grouped by their first character; unchanged when it cannot tell. */
export function byFirstCharacter(re: RegExp): RegExp {
  const alternatives = topLevelAlternatives(re.source);
  // A sticky or global regex keeps state a screen has not.
  if (alternatives === undefined || /[gy]/.test(re.flags)) return re;
  const folded = re.flags.includes('i');
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives) {
    const head = literalHead(alternative);
    if (head === undefined) {
      rest.push(alternative);
      continue;
    }
    const key = folded ? head.toLowerCase() : head;
    const tails = groups.get(key);
    if (tails) tails.push(alternative.slice(head.length));
    else groups.set(key, [alternative.slice(head.length)]);
  }
  if (groups.size === 0) return re;
  const grouped = [...groups].map(([head, tails]) =>
    tails.length === 1 ? head + tails[0] : `${head}(?:${tails.join('|')})`,
  );
  return new RegExp([...grouped, ...rest].join('|'), re.flags);
}

/**
 * The alternative's first character as written when it is a plain literal: an ASCII letter, digit or space, or an
 * escaped ASCII punctuation mark ("\[", "\("), and no quantifier follows it. Undefined otherwise (a class, a group,
 * an assertion such as \b, anything outside ASCII, whose case folding may not be one character).
 */
function literalHead(alternative: string): string | undefined {
  const c = alternative[0];
  if (c === undefined) return undefined;
  let head: string;
  if (c === '\\') {
    const escaped = alternative[1];
    if (escaped === undefined || !/^[!-/:-@[-`{-~]$/.test(escaped)) return undefined;
    head = alternative.slice(0, 2);
  } else {
    if (SYNTAX.has(c) || !/^[A-Za-z0-9 ]$/.test(c)) return undefined;
    head = c;
  }
  return QUANTIFIERS.has(alternative[head.length] ?? '') ? undefined : head;
}

/**
 * The source split at its top-level '|' (outside groups and classes); undefined when it does not parse plainly or
 * holds capture groups or back-references, which regrouping would renumber.
 */
export function topLevelAlternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (/[1-9k]/.test(source[++i] ?? '')) return undefined;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))
        return undefined;
      depth++;
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || inClass) return undefined;
  out.push(source.slice(from));
  return out;
}

/**
 * byFirstCharacter for a global or sticky scan whose reader looks only at where each match starts (m.index) and sets
 * lastIndex itself after each one: the grouped regex matches at exactly the positions where the original does, so
 * such a scan visits the same positions (the matched text may differ, as above).
 */
export function startsByFirstCharacter(re: RegExp): RegExp {
  const grouped = byFirstCharacter(new RegExp(re.source, re.flags.replace(/[gy]/g, '')));
  return grouped.source === re.source ? re : new RegExp(grouped.source, re.flags);
}
