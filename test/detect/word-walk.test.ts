import { describe, expect, it } from 'vitest';
import { wordTest, wordWalk } from '../../src/detect/public-text/word-walk.js';
import { wholeWords } from '../../src/detect/whole-words.js';

/** Bodies shaped like the public-text lists: plain words, classes, groups, digits, a heading line, a bracket. */
const BODIES = [
  'saints?|st|h[eé]roes?|[aá]rbitro|dios(?:es|a)?|GR-? ?\\d{1,3}|co-?founder|at the (?:[\\p{L}-]+ ){0,3}(?:summit|forum)',
  'synopsis|chapter \\d{1,3}|(?<=^|\\n)[ \\t]*(?:programme|agenda)(?:[ \\t]*[—–:-][^\\n]{0,40})?(?=[ \\t]*(?:\\n|$))|' +
    '(?<=^|\\n)[ \\t]*(?:our story|about us)[ \\t]*(?=\\n)',
  'exam questions?|\\(\\d{1,2} marks?\\)|(?<=\\()answers?(?=:)|self-check',
  '(?:summari[sz]e|shorten) (?:this|the) (?:novel|play)|para (?:el|la) (?:bolet[ií]n|clase)',
];

const TEXTS = [
  'Feast of St. Brannock, patron of the harbour',
  'the 1st of May',
  'Sainthood is not in question',
  'El árbitro pitó el final',
  'El Árbitro y los dioses',
  'Ruta GR 92 por la costa; GR-7x no',
  'gr7 and co-founder and cofounder',
  'we met at the annual trade summit',
  'at the summit of the hill',
  'Synopsis\nAct one opens in a port',
  'x\n  Programme — Day 2\nThe choir sings',
  'Programme of works for the boiler',
  'x\nAbout us\nWe bake bread',
  'chapter 12 ends badly; chapter twelve does not',
  'Q3 (4 marks) explain; (answer: yes)',
  'self-checking is not self-check',
  'Please summarise the novel for the class',
  'para el boletín de la parroquia',
  '😀st 😀 st ést é st',
  'ſaint and \u212Aing',
  '',
];

describe('wordWalk', () => {
  it('answers as the whole-words regex of the same body does', () => {
    for (const body of BODIES) {
      const walk = wordWalk(body);
      const re = wholeWords(body);
      for (const text of TEXTS) {
        expect(walk(text), `${body.slice(0, 30)} / ${text}`).toBe(re.test(text));
        // Every cut of the text, so that a phrase is met at its edges too.
        for (let i = 0; i < text.length; i += 3) expect(walk(text.slice(i))).toBe(re.test(text.slice(i)));
      }
    }
  });

  it('answers the same when several walks read one text in a row, and texts alternate', () => {
    // The walks share the word starts of the text read last: each text is asked by every walk, then texts alternate.
    const walks = BODIES.map((body) => wordWalk(body));
    const regexes = BODIES.map((body) => wholeWords(body));
    for (const text of TEXTS) {
      for (let k = 0; k < walks.length; k++) expect(walks[k]!(text), `${k} / ${text}`).toBe(regexes[k]!.test(text));
    }
    for (let i = 0; i + 1 < TEXTS.length; i++) {
      for (const text of [TEXTS[i]!, TEXTS[i + 1]!, TEXTS[i]!, `${TEXTS[i + 1]!} `.trimEnd()]) {
        for (let k = walks.length - 1; k >= 0; k--) expect(walks[k]!(text)).toBe(regexes[k]!.test(text));
      }
    }
  });

  it('finds a phrase at a word start only, and not inside a longer word', () => {
    const walk = wordWalk('saints?|st|storm');
    expect(walk('Feast of St. Ives')).toBe(true);
    expect(walk('the storm passed')).toBe(true);
    expect(walk('the 1st of May')).toBe(false);
    expect(walk('a stormy night in a fast boat')).toBe(false);
  });

  it('reads a heading line only at the start of a line', () => {
    const walk = wordWalk('(?<=^|\\n)[ \\t]*(?:programme|agenda)(?=[ \\t]*(?:\\n|$))');
    expect(walk('Notes\n  Agenda\n1. budget')).toBe(true);
    expect(walk('Notes: the agenda\n1. budget')).toBe(false);
  });

  it('wordTest answers as the whole-words regex does, lookbehinds, digits and surrogates included', () => {
    const bodies = [
      ...BODIES,
      '(?<=, ?)\\d{1,3} ?(?:años|a\\.)(?=[ ,.;)]|$)|(?<!(?:mean|median) )age:? ?\\d{1,3}|bed ?\\d{1,3}|c/o',
      "I(?: have| ['’]ve|['’]ve)? (?:been )?diagnosed|my (?:son|GP)|tengo (?!que)|mi (?:m[eé]dic[oa]|hij[oa])",
      'x?',
    ];
    const texts = [
      ...TEXTS,
      'Ana, 34 años; mean age 40; age 7; bed12',
      "I've been diagnosed, my GP",
      'tengo que / tengo fiebre',
    ];
    texts.push('😀mi hija 😀my son', 'ſon my ſon, my \u212Aids', 'Im diagnosed', 'xx x');
    for (const body of bodies) {
      const test = wordTest(body);
      const re = wholeWords(body);
      for (const text of texts) {
        for (let i = 0; i < text.length || i === 0; i += 2) {
          expect(test(text.slice(i)), `${body.slice(0, 30)} / ${text.slice(i)}`).toBe(re.test(text.slice(i)));
        }
      }
    }
  });
});
