import { describe, expect, it } from 'vitest';
import { digitRunAnchorOf } from '../../src/detect/regex-needs.js';
import { runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';
import { matchSpans, ruleOf } from '../support/scan-rule.js';

const spans = matchSpans;

describe('digit-run anchor', () => {
  it('reads the run a digit-led pattern opens: its first digits, its length and what may follow it', () => {
    const grouped = digitRunAnchorOf('(?<![\\w\\-.])\\d{3}([ \\-.])\\d{2}\\1\\d{4}(?![\\w\\-])', 'g');
    expect(grouped).toMatchObject({ first: 0x3ff, min: 3, max: 3 });
    expect(grouped?.next?.ascii[1]).toBe((1 << 0) | (1 << 13) | (1 << 14)); // space, '-', '.'
    // A leading digit class and a literal digit add up; a look-behind after the first digit takes nothing.
    expect(digitRunAnchorOf('(?<![\\w.\\-])[2-9]\\d{11}(?![\\w\\-])', 'g')).toMatchObject({ first: 0x3fc, min: 12 });
    expect(digitRunAnchorOf('(?<![\\w])\\d(?<!\\bno\\s\\d)\\d?\\/\\d{2}', 'g')).toMatchObject({ min: 1, max: 2 });
    // A group of digits only counts as digits: its first digits, its fewest and most.
    const year = digitRunAnchorOf('(?<![\\w.\\-])(?:1[1-9]|2[0-8])([\\- ])\\d{2}\\1\\d{4}', 'g');
    expect(year).toMatchObject({ first: 0b110, min: 2, max: 2 });
    expect(digitRunAnchorOf('(?<![\\w.])(?:25[0-5]|1?\\d?\\d)\\.\\d', 'g')).toMatchObject({ min: 1, max: 3 });
    // Digits that may run on, or a tail that may match nothing: only the least length is known.
    expect(digitRunAnchorOf('(?<![\\w.])\\d{6}\\d?', 'g')?.next).toBeUndefined();
    expect(digitRunAnchorOf('(?<![\\w.])\\d{9}(?![\\w])', 'g')?.next).toBeUndefined();
    // Items that open with a digit but take other characters too: a run of one digit or more, nothing else known.
    const prefixed = digitRunAnchorOf('(?<![\\w.])(?:\\d{1,4}-)?\\d{5,9}\\/\\d{3}', 'g');
    expect(prefixed).toMatchObject({ first: 0x3ff, min: 1, max: Number.POSITIVE_INFINITY, next: undefined });
    expect(digitRunAnchorOf('(?<![\\w])(?:[1-3]\\d\\.\\d\\d|0\\d:\\d\\d)', 'g')).toMatchObject({
      first: 0b1111,
      min: 1,
    });
  });

  it('reads a look-behind after the first digit that puts a character other than a digit before it', () => {
    const after = digitRunAnchorOf('\\d(?<=\\b(?:from|since)\\s+\\d)\\d?\\s+(?:May|June)', 'g');
    expect(after).toMatchObject({ first: 0x3ff, min: 1, max: 2 });
    expect(digitRunAnchorOf('\\d(?=\\d?\\/)(?<=(?:b\\.|nac:)\\s{0,2}\\d)\\d?\\/\\d{1,2}', 'g')).toMatchObject({
      min: 1,
    });
    // A line start or a word boundary before the digit leaves no digit before it either; \B may.
    expect(digitRunAnchorOf('\\d(?<=(?:^|[.;]\\s{0,2})(?:on\\s+)?\\d)\\d?\\/', 'g')).toMatchObject({ min: 1 });
    expect(digitRunAnchorOf('\\d(?<=\\B\\d)\\d', 'g')).toBeUndefined();
    // A digit, nothing or an alternative may come before it: a match may start inside a run.
    expect(digitRunAnchorOf('\\d(?<=[\\s\\d]\\d)\\d', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('\\d(?<=\\s?\\d)\\d', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('\\d(?<=a\\d|\\d\\d)\\d', 'g')).toBeUndefined();
  });

  it('is not found where a match may start inside a run or at no digit', () => {
    expect(digitRunAnchorOf('\\d{3}-\\d{4}', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('(?<![A-Za-z])\\d{3}-\\d{4}', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('\\b\\d{3}-\\d{4}', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('(?<![\\w])\\d?x\\d{4}', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('(?<![\\w])[A-Z]\\d{4}', 'g')).toBeUndefined();
    expect(digitRunAnchorOf('(?<![\\w])(?:\\d{3}|x)-\\d{4}', 'g')).toBeUndefined();
  });

  it('finds exactly what the plain scan finds', () => {
    const patterns = [
      /(?<![\w\-.])\d{3}([ \-.])\d{2}\1\d{4}(?![\w-]|\.\d)/g,
      /(?<![\w.-])[2-9]\d{3}[ -]?\d{4}(?![\w-])/g,
      /(?<![\w.\-/])\d{1,2}\.\d{3}\.\d{3}-?[\dkK](?![\w])/g,
      /(?<![\w])\d(?<!\bref\s\d)\d?(?:st|nd|th)?\s+(?:May|June)\b/gi,
      /(?<![\w.\-/])\d{7,11}(?![\w/]|[.-]\d)/g,
      /(?<![\w.])\d{2}\/\d{1,7}[A-Za-z](?![\w/])/gu,
      /(?<![\w.-])(?:1[1-9]|2[0-8])([- ])\d{2}\1\d{4}(?![\w-])/g,
      /(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w]|\.\d)/g,
      // Tried at the runs only in a text with few of them (a run of any length may open these).
      /(?<![\w.\-/])(?:\d{1,4}-)?\d{5,9}\/\d{3}(?![\w\-/]|\.\d)/g,
      /(?<![\w/.])(?:\d{1,2} ?\/ ?\d{1,2} ?\/ ?\d{2,4}|\d{4}-\d{2}-\d{2})(?![\w])/g,
      /(?<![\w.])\d(?:[ -]?\d){8,11}(?![\w])/g,
      /\d(?<=\b(?:from|since)\s+\d)\d?(?:st|nd|th)?\s+(?:May|June)\b/g,
      /\d(?=\d?\/)(?<=\b(?:del|from)\s{1,3}\d)\d?\/\d{1,2}/g,
      /\d(?<=(?<![A-Za-z\d])(?:b\.|nac:)\s{0,2}\d)\d?[/.-]\d{1,2}[/.-]\d{2,4}/g,
      /\d(?<=(?:^|[.;\n]\s{0,2})(?:on\s+(?:the\s+)?)?\d)\d?(?:st|th)?\s+(?:May|June)\b/g,
    ];
    const texts = [
      '417-28-9305 and 417 28 9305, not 417-28 9305 nor x417-28-9305 or 1417-28-9305',
      '9305',
      '5 May, ref 5 May, 21st June and 3rd of May; 04 June 12 May',
      '8.214.770-K and 18.214.770-3; 8214770-3; .8.214.770-1',
      '7732 1194 6620 then 7732-1194 and 1732 1194 at the end 4400 1212',
      'call 06123456789 or 0612345678901 or 061234.56 or 123456',
      '12/4471X 1/44X 12/44712345X 𝟙𝟚/44X 😀12/447B',
      `${'11 '.repeat(500)}417-28-9305 ${'222-33 '.repeat(300)}999.88.7777`,
      '',
      '123',
      '17-22-4410 and 29-22-4410, 10 22 4410, 117-22-4410; 21 07 1999 and 21-07 1999',
      'hosts 10.0.0.7 and 256.1.1.1, 192.168.1.300 or 1.2.3.4.5 and 01.02.03.004',
      'acct 27-4410062/301 and 4410062/301, not x4410062/301; on 3/11/2021, 2021-11-03 or 12 / 7 / 98',
      `${'40 '.repeat(200)}5 51 0 88 12 34 and 551 088 1234 then 4410062/301`,
      'from 5 May, since 12 June, from5 May, from 123 May; del 3/4 al 9/4, from  12/10, del 1234/5',
      'b. 12.03.1950, nac: 1-2-33, b.12/3/44, xb. 1.1.11, nac:  7/7/77 and b. 123/4/56',
      '5 May it was. On the 12th June; on 7 May\n14 June and 114 June, x4 May. 3 May',
    ];
    for (const re of patterns) {
      expect(digitRunAnchorOf(re.source, re.flags)).toBeDefined();
      for (const text of texts) {
        const found = runRule(ruleOf(re), text, undefined, new TextFacts(text)).map((f) => [f.start, f.end]);
        expect(found).toEqual(spans(re, text));
      }
    }
  });
});
