import { describe, expect, it } from 'vitest';
import { alnumRunAnchorOf, anchorOf, digitAnchorOf, wordStartAnchorOf } from '../../src/detect/regex-needs.js';
import { runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';
import { matchSpans, ruleOf as ruleOfLabel } from '../support/scan-rule.js';

const ruleOf = (re: RegExp) => ruleOfLabel(re, 'EMAIL');
const spans = matchSpans;

describe('anchorOf', () => {
  it('anchors a pattern that may start with any letter at a rarer character it must hold', () => {
    const anchor = anchorOf("(?<![\\p{L}\\p{N}_.%+\\-])(?:mailto:)?[\\p{L}\\p{N}._%+'\\-]+@[A-Za-z0-9.]+", 'gu');
    expect(anchor?.char).toBe(0x40);
    expect(anchor?.before.other).toBe(true);
  });

  it('leaves patterns alone that start with a few set characters, or whose prefix may hold white space', () => {
    expect(anchorOf('sk-[A-Za-z0-9]{20,}', 'g')).toBeUndefined();
    expect(anchorOf('[a-z][a-z ]*@x', 'g')).toBeUndefined();
    expect(anchorOf('[a-z]+(?:@|#)x', 'g')).toBeUndefined();
    expect(anchorOf('(\\w+)\\1@', 'g')).toBeUndefined();
  });
});

describe('anchored scan', () => {
  const email =
    /(?<![\p{L}\p{N}_.%+-])(?:mailto:)?[\p{L}\p{N}._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;
  const texts = [
    'write to ana.perez@example.org or mailto:bob@mail.co.uk today',
    '@@@ a@b @x.com x@y.z first.last+tag@sub.domain.io, ñandú@correo.es',
    `${'word '.repeat(400)}end@host.net ${'a@a.'.repeat(300)} tail@last.org`,
    '𝒜𝒷@math.org and \ud835@broken.org',
    'ſam@fold.org KELVIN@fold.org',
  ];
  it('finds exactly what the plain scan finds', () => {
    const rule = ruleOf(email);
    for (const text of texts) {
      const found = runRule(rule, text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
      expect(found).toEqual(spans(email, text));
    }
  });

  it('falls back to the plain scan when the tries pile up, with the same result', () => {
    const re = /[a-z][\w.-]{0,64}:[a-z]+/g;
    expect(anchorOf(re.source, re.flags)?.char).toBe(0x3a);
    const text = `${'abcdefghijklmnop:'.repeat(2000)}x:yz`;
    const found = runRule(ruleOf(re), text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
    expect(found).toEqual(spans(re, text));
  });
});

describe('digit anchor', () => {
  it('anchors letter-led patterns at the digits they need, and leaves the rest to the regex engine', () => {
    const id = digitAnchorOf('(?<![\\w.])[A-Za-z]{1,5}\\d[\\dA-Za-z]{4,14}', 'g');
    expect(id).toMatchObject({ minRun: 1, runStart: true, digits: 0x3ff });
    expect(id?.steps.map((s) => [s.min, s.max])).toEqual([[1, 5]]);
    expect(digitAnchorOf('(?<![\\w])[A-Za-z]{4}\\d{6}', 'g')?.minRun).toBe(6);
    // A digit ahead of the anchor, a digit-led pattern, a literal prefix, a short reach: none.
    expect(digitAnchorOf('[A-Z][A-Z9]{4}\\d{6}', 'g')).toBeUndefined();
    expect(digitAnchorOf('(?<![\\w])\\d{7,11}', 'g')).toBeUndefined();
    expect(digitAnchorOf('xoxe-\\d-[A-Za-z0-9]{10,}', 'g')).toBeUndefined();
    expect(digitAnchorOf('[A-Za-z]{2} ?\\d{2}', 'g')).toBeUndefined();
  });

  it('leaves a short anchor to the regex engine when the items ahead of it may take more than 64 characters', () => {
    // Within the reach the anchor pays; a word, a site and a side ahead of a size reach too far back.
    expect(
      digitAnchorOf('(?:cut|graze|bruise|scrape|lump)[ \\t]{1,3}[a-z]{3,14}[ \\t]{0,3}\\d{1,2}[ \\t]?cm', 'gi'),
    ).toBeDefined();
    expect(
      digitAnchorOf(
        '(?:cut|graze|bruise|scrape|lump)[ \\t]{1,3}[a-z]{3,30}[ \\t]{1,3}[a-z]{3,30}[ \\t]{0,3}\\d{1,2}[ \\t]?cm',
        'gi',
      ),
    ).toBeUndefined();
    expect(digitAnchorOf('(?:scar|burn|welt|mark|tear)\\s{0,40}[a-z]{0,40}\\d', 'gi')).toBeUndefined();
    // A long digit run keeps its anchor however far back the match may start.
    expect(digitAnchorOf('(?:scar|burn|welt|mark|tear)\\s{0,40}[a-z]{0,40}\\d{6}', 'gi')?.minRun).toBe(6);
  });

  const patterns = [
    /(?<![\w.\-/])[A-Za-z]{1,5}\d[\dA-Za-z]{4,14}(?![\w\-/]|\.\d)/g,
    /(?<![\w])[A-Za-z]{3,10}\.?(?:\s+de|\s+del)?\s+\d{4}(?![\w])/gi,
    /(?<![\w&])[A-ZÑ&]{3,4}[ -]?\d{6}[ -]?[A-Z\d]{2}[A\d](?![\w])/g,
    /(?:[A-Za-z]{1,4}-)?\d[\d .\-/]{2,18}[\dA-Za-z]/g,
    /[\p{L}]{2,6}\d{4}/gu,
    /[a-z]{1,6}\d{2}/gi,
    /(?:cut|graze|bruise|scrape|lump)[ \t]{1,3}[a-z]{3,30}[ \t]{1,3}[a-z]{3,30}[ \t]{0,3}\d{1,2}[ \t]?cm/gi,
  ];
  const texts = [
    'ids AB12345, ZX9 and abcdef1234567 then X99999 or 123456 and Q1',
    'in march 2021, desde enero de 2020, since May  1999 and Sept. 2004; 20201 april',
    'RFC GODE561231GR8, ÑAND 560101 AB1, ABC-123456-AA1 and abc123456aa1',
    'MRN AB-12345, 0034 5566 778, 1234, 98.76.54.32 and x-1',
    'código ñandú2024 𝒜𝒷𝒸𝒹1234 ab1234 \ud8351234 ſKab12 KELVIN12',
    `${'Ab1 '.repeat(3000)} tail ZZ12345`,
    `${'a'.repeat(5000)}1234 ${'7'.repeat(2000)}`,
    'graze left shin 4 cm, Cut Right Palm  12cm and bruise  upper arm 3cm; cut 5 cm',
  ];
  it('finds exactly what the plain scan finds', () => {
    for (const re of patterns) {
      for (const text of texts) {
        const found = runRule(ruleOf(re), text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
        expect(found, `${re} on ${text.slice(0, 40)}`).toEqual(spans(re, text));
      }
    }
  });
});

describe('run anchor', () => {
  it('knows the patterns that match letters and digits only after a letter-or-digit look-behind', () => {
    expect(alnumRunAnchorOf('(?<![\\w])[A-Z]{6}[\\dLMNP-V]{2}[A-Z]{3}[A-Z\\d]{5}(?![\\w])', 'g')).toBe(16);
    expect(alnumRunAnchorOf('(?<![\\w])[A-Z]{2}[ -]?\\d{14}', 'g')).toBeUndefined();
    expect(alnumRunAnchorOf('[A-Z]{16}', 'g')).toBeUndefined();
    expect(alnumRunAnchorOf('(?<![a-z])[A-Z]{16}', 'g')).toBeUndefined();
  });

  it('finds exactly what the plain scan finds', () => {
    const patterns = [
      /(?<![\w])[A-Z]{6}[\dLMNP-V]{2}[A-Z][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z](?![\w])/g,
      /(?<![\w])[A-Za-z]\d{12}[\dA-Za-z](?![\w])/g,
      /(?<![A-Za-z0-9])(?:SK|AC)[0-9a-fA-F]{12}/g,
    ];
    const texts = [
      'cf RSSMRA85T10A562S, XRSSMRA85T10A562S and RSSMRA85T10A562S9 or ñRSSMRA85T10A562S',
      'id a123456789012b, A1234567890123, SKabcdef012345 ACabcdef0123456789 xSKabcdef012345',
      `${'abcdefghijklmnopqrstu '.repeat(200)}RSSMRA85T10A562S`,
    ];
    for (const re of patterns) {
      for (const text of texts) {
        const found = runRule(ruleOf(re), text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
        expect(found, `${re}`).toEqual(spans(re, text));
      }
    }
  });
});

describe('word-start anchored scan', () => {
  const patterns = [
    /\b(?:pulse|pressure|sat|temp|weight|height|glucose|heart rate|resp rate|bmi)\s?[:=]?\s?\d{2,3}/gi,
    /(?<![\w])(?:tried|typed|retyped|entered|used|wrote|sent)\s+(?:it|the code|my pin)\b/gi,
    /\b(?:[éá]cido|urea|urato|xylose|kappa|lambda|beta|alfa)\s+\d+/gi,
    /\b(?:o|or|on|one|only)\b/g,
  ];
  const texts = [
    'Pulse 72, pressure=120 and SAT: 98; temp 37 heart rate 88 weight 70',
    'I tried it, then retyped my pin, then_tried it again; x-tried the code; entered it',
    'ácido 4 and xácido 5 and _ácido 6, Urea 30 kappa 2 beta 7 on a line',
    'o',
    'one, only o or on',
    '\ud835\udc9c bmi 24 glucose 99 \u017fat 90 \u212aappa 3',
    '',
  ];

  it('is found for word lists that may open with many letters, not for a rare first letter or a bare digit', () => {
    for (const re of patterns.slice(0, 3)) expect(wordStartAnchorOf(re.source, re.flags), `${re}`).toBeDefined();
    expect(wordStartAnchorOf('\\bG\\d{1,2}', 'g')).toBeUndefined();
    expect(wordStartAnchorOf('(?<![\\w])\\d{7,11}', 'g')).toBeUndefined();
    expect(wordStartAnchorOf('\\b(?:pulse|temp)|x\\d', 'gi')).toBeUndefined();
    expect(wordStartAnchorOf('\\b(?:pulse|temp)\\d', 'giu')).toBeUndefined();
  });

  it('finds exactly what the plain scan finds', () => {
    for (const re of patterns) {
      for (const text of texts) {
        const found = runRule(ruleOf(re), text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
        expect(found, `${re} on ${JSON.stringify(text)}`).toEqual(spans(re, text));
      }
    }
  });
});

describe('literal gates', () => {
  it('tell a literal written in another case from one that occurs', () => {
    const facts = new TextFacts('the api key and the private one; CC me at -P');
    expect(facts.hasLiteral(900001, 'API', false)).toBe(false);
    expect(facts.hasLiteral(900002, 'api', true)).toBe(true);
    expect(facts.hasLiteral(900003, 'PRIVATE', false)).toBe(false);
    expect(facts.hasLiteral(900004, 'CC', false)).toBe(true);
    expect(facts.hasLiteral(900005, '-p', false)).toBe(false);
    expect(facts.hasLiteral(900006, '-p', true)).toBe(true);
    expect(facts.hasLiteral(900007, 'zqx', true)).toBe(false);
  });

  it('answer for each text, however the texts take turns asking', () => {
    const a = new TextFacts('alpha beta');
    const b = new TextFacts('gamma delta');
    expect(a.hasLiteral(900010, 'beta', false)).toBe(true);
    expect(b.hasLiteral(900011, 'delta', false)).toBe(true);
    expect(a.hasLiteral(900012, 'alpha', false)).toBe(true);
    expect(b.hasLiteral(900013, 'alpha', false)).toBe(false);
  });
});
