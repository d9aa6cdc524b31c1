import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { handleEnd } from './person-handle.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Names that machine output carries in its own shapes, where no capitals or cue words show them:
 *
 * - a login written user@machine (an SSH key's comment, a shell prompt) whose user part is a listed given name, and
 *   the machine named after that user ("tomas@tomas-laptop");
 * - the value of a SAML or SCIM attribute that holds a part of a person's name
 *   (`Name="givenName"><saml:AttributeValue>Ines</saml:AttributeValue>`);
 * - every other occurrence of a user name already found as one (a kubeconfig names its user in `users:` and again in
 *   each context; an IAM listing in the UserName field and again in the ARN).
 */

// Attribute names (folded, joiners removed) of SAML assertions and identity exports whose value is a part of a name.
const NAME_ATTRIBUTES = new Set([
  'firstname',
  'givenname',
  'lastname',
  'surname',
  'familyname',
  'sn',
  'displayname',
  'fullname',
  'commonname',
  'cn',
  'middlename',
  'nombre',
  'apellidos',
]);

/** Whether tokens[i] is glued to the token before it. */
function gluedBefore(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1]!.end === tokens[i]!.start;
}

/**
 * "tomas@tomas-laptop", "ines@build-box": tokens[at] is the '@' of a login on a machine (no dot after the machine's
 * name, so no e-mail address), the user part a listed given name that is no ordinary word. The user, and the machine
 * when its name opens with the user's, as spans.
 */
function loginAtMachine(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan[] {
  const user = tokens[at - 1];
  const host = tokens[at + 1];
  if (user === undefined || host === undefined || user.kind !== 'word' || host.kind !== 'word') return [];
  if (user.end !== tokens[at]!.start || host.start !== tokens[at]!.end || user.cap) return [];
  // "x.tomas@..." glued to a word or a joint before it is part of something longer (an address's local part, a path).
  if (gluedBefore(tokens, at - 1) && !'([<"\''.includes(tokens[at - 2]!.text)) return [];
  const after = tokens[at + 2];
  if (after !== undefined && after.start === host.end && after.text === '.' && tokens[at + 3]?.kind === 'word')
    return [];
  const key = user.key;
  if (key.length < 3 || !lex.isWord(GIVEN, key)) return [];
  if (lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.AMBIGUOUS_NAME | WORD.PLACE | WORD.PRODUCT, key)) return [];
  const out: TokenSpan[] = [{ first: at - 1, last: at - 1, score: 0.7, type: 'LOGIN' }];
  if (host.key.startsWith(`${key}-`) || host.key.startsWith(`${key}s-`))
    out.push({ first: at + 1, last: at + 1, score: 0.7, type: 'LOGIN' });
  return out;
}

/**
 * `<saml:Attribute Name="givenName"><saml:AttributeValue>Ines</saml:AttributeValue>`: tokens[i] is the word
 * "AttributeValue" of an element's opening tag; the words up to the next '<' when the nearest attribute name before
 * it names a part of a person's name (a claim URI ending in one counts: ".../claims/surname").
 */
function samlNameValue(tokens: readonly Token[], i: number): TokenSpan | undefined {
  if (tokens[i + 1]?.text !== '>' || tokens[i - 1]?.text === '/') return undefined;
  const first = i + 2;
  let last = first - 1;
  for (let k = first; k < tokens.length && k - first < 6 && tokens[k]!.text !== '<'; k++) {
    if (tokens[k]!.lineStart) return undefined;
    last = k;
  }
  if (last < first || tokens[last + 1]?.text !== '<' || tokens[first]!.kind !== 'word') return undefined;
  // The attribute's name: the last word inside the quotes before the '>' closing the Attribute's tag.
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const t = tokens[k]!;
    if (t.key === 'attributevalue') return undefined;
    if (t.text !== '=' || tokens[k - 1]?.key !== 'name') continue;
    let q = k + 1;
    if (tokens[q]?.text !== '"' && tokens[q]?.text !== "'") return undefined;
    const quote = tokens[q]!.text;
    let name = '';
    for (q++; q < i && tokens[q]!.text !== quote; q++) {
      const w = tokens[q]!;
      name = w.text === '/' || w.text === ':' ? '' : name + (w.kind === 'word' ? w.key : '');
    }
    return NAME_ATTRIBUTES.has(name) ? { first, last, score: 0.8, type: 'NAME_ATTRIBUTE' } : undefined;
  }
  return undefined;
}

/** Logins on machines and SAML name attributes (see the file's comment). */
export function findMachineNames(tokens: readonly Token[], lex: NameLexicon): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '@') out.push(...loginAtMachine(tokens, i, lex));
    else if (t.kind === 'word' && t.key === 'attributevalue') {
      const v = samlNameValue(tokens, i);
      if (v !== undefined) out.push(v);
    }
  }
  return out;
}

/**
 * "- name: ana.ruiz ... user: ana.ruiz", '"UserName": "jkowal" ... user/jkowal': every other occurrence of a user name
 * found once (a word of five letters or more, or parts joined by dots, underscores or hyphens), standing whole
 * (not glued to a longer name before or after it).
 */
export function repeatedUserNames(tokens: readonly Token[], handles: readonly TokenSpan[]): TokenSpan[] {
  const byFirst = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const h of handles) {
    const parts = tokens.slice(h.first, h.last + 1).map((t) => t.key);
    const whole = parts.join('');
    if (h.last === h.first ? whole.length < 5 : whole.length < 4) continue;
    if (seen.has(whole)) continue;
    seen.add(whole);
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(whole);
    byFirst.set(parts[0]!, list);
  }
  if (byFirst.size === 0) return [];
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap) continue;
    const wanted = byFirst.get(t.key);
    if (wanted === undefined) continue;
    if (gluedBefore(tokens, i) && (tokens[i - 1]!.kind !== 'punct' || '._-@'.includes(tokens[i - 1]!.text))) continue;
    const last = handleEnd(tokens, i, true);
    const whole = tokens
      .slice(i, last + 1)
      .map((x) => x.key)
      .join('');
    // Not the local part of an e-mail address or a longer word ("ana.ruiz@..." is the address's own finding).
    const next = tokens[last + 1];
    if (next !== undefined && next.start === tokens[last]!.end && (next.text === '@' || next.kind === 'word')) continue;
    if (wanted.includes(whole)) out.push({ first: i, last, score: 0.7, type: 'NAME_HANDLE' });
    i = last;
  }
  return out;
}

/**
 * "chioma.eze@firm.example ... Chioma stays on the rota": the given and family names of e-mail addresses written
 * given.family@, for user names built from them and for the given name said alone. Parts of three letters or more
 * that are no ordinary word, place or product ("support.team@", "paris.office@" give none).
 */
export function addressNamePairs(tokens: readonly Token[], lex: NameLexicon): Array<{ given: string; family: string }> {
  const out: Array<{ given: string; family: string }> = [];
  const notName = WORD.COMMON | WORD.WORD_SHAPED | WORD.PLACE | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.ORG_SUFFIX;
  for (let i = 3; i < tokens.length; i++) {
    if (tokens[i]!.text !== '@') continue;
    const family = tokens[i - 1]!;
    const dot = tokens[i - 2]!;
    const given = tokens[i - 3]!;
    if (dot.text !== '.' || family.kind !== 'word' || given.kind !== 'word') continue;
    if (given.end !== dot.start || dot.end !== family.start || family.end !== tokens[i]!.start) continue;
    // "x.ana.ruiz@" is no given.family address; '"ana.ruiz@' and '<ana.ruiz@' are.
    if (gluedBefore(tokens, i - 3) && (tokens[i - 4]!.kind !== 'punct' || '._-+'.includes(tokens[i - 4]!.text)))
      continue;
    if (given.key.length < 3 || family.key.length < 3 || !/^\p{L}+$/u.test(given.key)) continue;
    if (lex.isWord(notName, given.key) || lex.isWord(notName, family.key)) continue;
    out.push({ given: given.key, family: family.key });
  }
  return out;
}

/**
 * "Chioma stays on the rota": a capitalised word, standing alone, that is the given name of an e-mail address in the
 * text (see addressNamePairs) and a listed given name.
 */
export function givenNamesOfAddresses(
  tokens: readonly Token[],
  pairs: ReadonlyArray<{ given: string; family: string }>,
  lex: NameLexicon,
): TokenSpan[] {
  if (pairs.length === 0) return [];
  const givens = new Set(pairs.map((p) => p.given).filter((g) => lex.isWord(GIVEN, g)));
  if (givens.size === 0) return [];
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || isUpperCase(t.text) || !givens.has(t.key)) continue;
    const next = tokens[i + 1];
    if (gluedBefore(tokens, i) || (next !== undefined && next.start === t.end && '.@_'.includes(next.text))) continue;
    out.push({ first: i, last: i, score: 0.7, type: 'NAME_OF_ADDRESS' });
  }
  return out;
}
