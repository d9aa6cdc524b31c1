import { describe, expect, it } from 'vitest';
import { headedPatternOf } from '../../src/detect/packs/load.js';
import { literalHeadsOf, registeredLiterals } from '../../src/detect/regex-needs.js';
import { confirmedPatterns, runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';
import { matchSpans, ruleOf } from '../support/scan-rule.js';

const headsOf = (re: RegExp) =>
  literalHeadsOf(re.source, re.flags)?.map((id) => {
    const l = registeredLiterals()[id]!;
    return `${l.folded ? '~' : '='}${l.text}`;
  });

/** A rule of one pattern tried where its literals start (as packs/load.ts compiles it). */
const headedRuleOf = (re: RegExp) => {
  const rule = ruleOf(re);
  const headed = headedPatternOf(re);
  expect(headed).toBeDefined();
  return { ...rule, headed: new Map([[re, headed!]]) };
};

describe('literal heads', () => {
  it('reads the literals every match opens with, through groups, zero-width items and case folding', () => {
    expect(headsOf(/\b(?:ledger|tally)\s*\d+/g)).toEqual(['=ledger', '=tally']);
    expect(headsOf(/(?<![\w])(?:Quay|QUAY) (?:berth|dock)/g)).toEqual([
      '=Quay berth',
      '=Quay dock',
      '=QUAY berth',
      '=QUAY dock',
    ]);
    // A repeat ends the literal: "anchor" opens "anchorage" too.
    expect(headsOf(/moor ?ing|anchor(?:age)?/gi)).toEqual(['~moor', '~anchor']);
    // A letter in either case makes the literal folded: a superset the pattern narrows again.
    expect(headsOf(/[Bb]uoy #\d/g)).toEqual(['~buoy #']);
    // Two characters: kept, though the scan only says whether they occur.
    expect(headsOf(/\bkn\b|knots/gi)).toEqual(['~kn', '~knots']);
  });

  it('is not found where some match may open otherwise', () => {
    expect(headsOf(/[._]\w+ at berth/g)).toBeUndefined();
    expect(headsOf(/pier|\d+ fathoms/g)).toBeUndefined();
    expect(headsOf(/b[äa]r/g)).toBeUndefined();
    expect(headsOf(/x|harbour/g)).toBeUndefined();
    expect(headsOf(/(?:sea)?wall/g)).toBeUndefined();
  });

  const patterns = [
    /\b(?:ledger|tally|LOG)[ \t]*[:#]?[ \t]*(?<v>\d{2,6})(?![\w])/dg,
    /(?<![\w])(?:moor ?ing|anchor(?:age)?|kn)\s+(?:no\.?\s*)?\d+/gi,
    /(?:buoy|bouée)[ -]\w+/giu,
    /\bkn\b|knots?/gi,
    /(?<=\d )(?:nm|kn|cables?)\b/g,
  ];
  const texts = [
    '',
    'Ledger 4410 and ledger: 77, tally #12; LOG 9 LOG 300 then subledger 5511',
    'mooring 14, moor ing no. 3, anchorage 2 and ANCHOR no 7; kn 4 knots 12 kn',
    'Buoy-red, BOUÉE-verte, buoy-ſtar and buoy blue; ſ kn 3',
    'İstanbul ledger 12 kn 5 mooring 7',
    '10 nm then 4 kn and 3 cables, 12 cable; 5 knots, KNOT, knotted',
    `${'kn '.repeat(400)}ledger 12 ${'mooring '.repeat(300)}mooring 4`,
    'no head at all here: 1 2 3',
    '😀 ledger 88 😀 tally 9',
  ];

  it('finds exactly what the plain scan finds, where its literals start', () => {
    for (const re of patterns) {
      const rule = headedRuleOf(re);
      for (const text of texts) {
        const found = runRule(rule, text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
        // The value group where there is one, else the match.
        const expected = [...text.matchAll(re)].map((m) => m.indices?.groups?.v ?? [m.index, m.index + m[0].length]);
        expect(found, `${re} on ${text.slice(0, 40)}`).toEqual(expected);
      }
    }
  });

  it('tests a prefilter where its literals start: the same verdict as the prefilter over the whole text', () => {
    const prefilter = /\b(?:tide|ebb|flood) ?(?:table|chart)|\bhw\b/iu;
    const rule = {
      ...ruleOf(/\d+/g),
      prefilter,
      prefilterHeads: headedPatternOf(prefilter),
      prefilterExact: false,
    };
    expect(rule.prefilterHeads).toBeDefined();
    for (const text of [
      ...texts,
      'tide table 4',
      'the ebbchart 5',
      'riptide table 3',
      'HW 0412, ebb 3',
      'hwy 5',
      'ſ tide table 1',
    ]) {
      const facts = new TextFacts(text);
      expect(confirmedPatterns(rule, facts, 1) !== 0, text).toBe(prefilter.test(text));
    }
  });

  it('gives the same spans as matchSpans on patterns without value groups', () => {
    const re = /(?:buoy|bouée)[ -]\w+/giu;
    const rule = headedRuleOf(re);
    for (const text of texts) {
      expect(runRule(rule, text, undefined, new TextFacts(text)).map((f) => [f.start, f.end])).toEqual(
        matchSpans(re, text),
      );
    }
  });
});
