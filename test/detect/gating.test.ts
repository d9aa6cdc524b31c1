import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { loadRulePacks, withoutNeverMarkers, wordListGate } from '../../src/detect/packs/load.js';
import { describeNeed, firstCharGuard, type Need, needsOf } from '../../src/detect/regex-needs.js';
import { patternsToRun } from '../../src/detect/run-rule.js';
import { compileGate, simplifyNeed, TextFacts } from '../../src/detect/text-facts.js';

/** Whether the gate derived from the pattern lets the text through. */
function gateOpen(source: string, flags: string, text: string): boolean {
  return compileGate(needsOf(source, flags))(new TextFacts(text));
}

const rules = loadRulePacks(defaultRulesDir());
const rule = (id: string) => {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const runs = (id: string, text: string) =>
  patternsToRun(rule(id), new TextFacts(normalizeForDetection(text).text)) !== 0;

describe('needs worked out from patterns', () => {
  it('finds the characters, literals and digit runs every match must contain', () => {
    expect(describeNeed(needsOf('\\d(?:[ .\\-]?\\d){11,18}', 'g'))).toContain('run>=12/gap<=1');
    expect(describeNeed(needsOf('[a-z]+@[a-z]+\\.[a-z]{2,}', 'g'))).toContain('[@]');
    expect(describeNeed(needsOf('-----BEGIN [A-Z ]*PRIVATE KEY-----', 'g'))).toContain('"-----BEGIN "');
    expect(describeNeed(needsOf('(?:password|pwd)\\s*=', 'gi'))).toBe('([=] & (~"password" | ~"pwd"))');
  });

  it('tests each character condition once: implied sets dropped, alternatives united', () => {
    // An upper-case letter is needed, so "a letter or digit" adds nothing.
    expect(describeNeed(needsOf('[A-Z][A-Z0-9]', 'g'))).toBe('[ABCDEFGHIJKLMNOPQRSTUVWXYZ]');
    expect(describeNeed(needsOf('(?:a|b)c', 'g'))).toBe('([ab] & [c])');
    expect(describeNeed(needsOf('(?:a|b1|C)x', 'g'))).toBe('([x] & ([Ca] | "b1"))');
  });

  it('finds the run of letters and digits every match holds', () => {
    expect(describeNeed(needsOf('(?<![\\w])[A-Z]{6}\\d{2}[A-Z](?![\\w])', 'g'))).toContain('alnum>=9');
    // A separator that may be consumed breaks the run; an assertion does not.
    expect(describeNeed(needsOf('[A-Z]{3}[ -]?\\d{5}', 'g'))).toContain('alnum>=5');
    expect(describeNeed(needsOf('[A-Z]{3}[ -]?\\d{4}', 'g'))).not.toContain('alnum');
    expect(describeNeed(needsOf('[A-Z]{3}\\b\\d{4}', 'g'))).toContain('alnum>=7');
    // Under iu an s or k class also matches ſ and K, which are not ASCII: no run condition.
    expect(describeNeed(needsOf('[a-z]{8}', 'giu'))).not.toContain('alnum');
    expect(gateOpen('[A-Z]{5}\\d', 'g', 'ABCDE1')).toBe(true);
    expect(gateOpen('[A-Z]{5}\\d', 'g', 'ABCD E1')).toBe(false);
  });

  it('adds no condition for what it cannot follow', () => {
    // The back-reference adds neither characters nor a digit run.
    expect(describeNeed(needsOf('(\\d)\\1', 'g'))).toBe('([0123456789] & digits>=1)');
    expect(describeNeed(needsOf('\\p{L}+', 'gu'))).toMatch(/…/);
    expect(needsOf('a*', 'g')).toEqual({ kind: 'any' });
    expect(needsOf('x', 'gs')).toEqual({ kind: 'any' });
  });

  it('reads the Annex B leniencies of patterns without the u flag', () => {
    // A brace that is no quantifier is a literal; \c without a letter is a backslash.
    expect(gateOpen('a{,2}', 'g', 'a{,2}')).toBe(true);
    expect(gateOpen('a{,2}', 'g', 'aa')).toBe(false);
    expect(gateOpen('[\\d-x]', 'g', '-')).toBe(true);
    expect(gateOpen('\\c', 'g', '\\c')).toBe(true);
  });

  it('folds case the way the regex engine does, also for ſ and K under iu', () => {
    expect(gateOpen('secret', 'gi', 'SeCrEt')).toBe(true);
    expect(gateOpen('secret', 'giu', 'ſecret')).toBe(true);
    expect(gateOpen('key', 'giu', '\u212aey')).toBe(true);
    expect(gateOpen('[^a-z]', 'gi', 'ABC')).toBe(false);
    expect(gateOpen('[^ñ]', 'giu', 'abc')).toBe(true);
    expect(gateOpen('[^\\p{L}]', 'gu', '1')).toBe(true);
  });
});

/**
 * Soundness: whenever a pattern matches, its gate must be open. Small patterns over a small alphabet match
 * often, so random texts exercise every construct the analysis reads.
 */
describe('a gate never closes on a text its pattern matches', () => {
  const PATTERNS: Array<[string, string]> = [
    ['\\d{3}[ -]?\\d{2}', 'g'],
    ['(?<![\\w])ab?c+(?![\\w])', 'g'],
    ['(?:ab|c\\d)+-', 'g'],
    ['[A-C]{2}[^a-c\\d]\\d', 'gi'],
    ['(?=.*a)b:|c=', 'g'],
    ['(a)b\\1', 'g'],
    ['(?<v>\\d)(?:\\s?\\d){2,3}', 'gd'],
    ['\\bab\\B1', 'g'],
    ['a\\.b|\\x41\\u0042', 'g'],
    ['[\\s\\S]a{2}', 'g'],
    ['[^\\W\\d]1', 'gu'],
    ['\\p{Lu}b', 'giu'],
    ['a{1,2}b{2}', 'gi'],
    ['(?:1[ .]?){3}', 'g'],
    ['k\\u212a|s', 'giu'],
    ['x?(?:-\\d){2}|\\(\\d\\)', 'g'],
    ['[A-C]{2}[A-C1-3]-?[a-c1]', 'g'],
    ['(?:a|b1|C|\\.)[:=]', 'gi'],
    // Runs of letters and digits: joined across assertions, broken by anything else that may be consumed.
    ['(?<![\\w])[a-c]{2}\\d{2}(?![\\w])[A-C1]', 'gi'],
    ['(?:ab|c1)(?:-|a2b)c{2}[abc]', 'g'],
    ['(?:[ab]\\d-?){2,3}c', 'g'],
    ['[a-c]{2}\\b(?=1)\\d{3}|[A-C]{5}', 'giu'],
  ];
  const alphabet = fc.constantFrom(...'abcABC123-. :=()\\{}\u212a\u017fñ\n'.split(''));
  for (const [source, flags] of PATTERNS) {
    it(`/${source}/${flags}`, () => {
      const re = new RegExp(source, flags.replace('g', ''));
      const gate = compileGate(needsOf(source, flags));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
          const text = chars.join('');
          if (re.test(text)) expect(gate(new TextFacts(text))).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('for every rule pattern on its own examples, edited at random', () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        insert: fc.constantFrom('', ' ', '-', '.', '1', 'a', 'A', '\n', ':'),
        drop: fc.nat(2),
      }),
      { maxLength: 3 },
    );
    for (const r of rules) {
      const texts = r.spec.examples.match.map((e) => (typeof e === 'string' ? e : e.text));
      fc.assert(
        fc.property(fc.constantFrom(...texts), edits, (example, changes) => {
          let text = example;
          for (const { at, insert, drop } of changes) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + drop);
          }
          const view = normalizeForDetection(text).text;
          const facts = new TextFacts(view);
          for (const [i, re] of r.regexes.entries()) {
            const probe = new RegExp(re.source, re.flags.replace('g', ''));
            if (probe.test(view))
              expect(r.gates[i]!(facts), `${r.id} pattern ${i} on ${JSON.stringify(text)}`).toBe(true);
          }
        }),
        { numRuns: 30 },
      );
    }
  });
});

describe('rules skipped on texts that cannot hold their values', () => {
  const prose = 'please summarise the main points for the team and suggest three actions we could take next month';

  it('skips digit, e-mail and token rules on plain prose', () => {
    for (const id of ['payment-card', 'iban', 'email', 'phone-international', 'jwt', 'aws-access-key']) {
      expect(runs(id, prose), id).toBe(false);
    }
  });

  it('runs the card rule on digits however they are written', () => {
    expect(runs('payment-card', 'card 4111 1111 1111 1111')).toBe(true);
    expect(runs('payment-card', 'card ４１１１ １１１１ １１１１ １１１１')).toBe(true);
    expect(runs('payment-card', 'card 4111\u200b1111\u00ad1111\u20601111')).toBe(true);
    expect(runs('payment-card', 'card 4111-1111.1111\n1111')).toBe(true);
    expect(runs('payment-card', 'card 4111\u20131111\u20131111\u20131111')).toBe(true);
  });

  it('skips the card rule where the digits are too few or too far apart', () => {
    expect(runs('payment-card', 'in 2024 we had 3 meetings and 15 calls with 120 people')).toBe(false);
    expect(runs('payment-card', '4111 1111 111')).toBe(false);
  });

  it('runs an e-mail rule on a full-width at-sign, and a cue rule on an upper-case or accented cue', () => {
    expect(runs('email', 'ana.perez＠example.com')).toBe(true);
    const cueRule = rules.find((r) => r.context?.required && r.context.cueWords.includes('account'));
    if (cueRule) {
      const facts = new TextFacts('ACCOUNT 12345678');
      expect(patternsToRun(cueRule, facts)).not.toBe(0);
      expect(patternsToRun(cueRule, new TextFacts('accountant 12345678'))).toBe(0);
    }
  });
});

/** A need read node by node, nothing simplified: the reference the compiled gates must agree with. */
function holds(n: Need, facts: TextFacts, text: string): boolean {
  switch (n.kind) {
    case 'any':
      return true;
    case 'never':
      return false;
    case 'chars':
      return compileGate(n)(facts);
    case 'digits':
      return facts.digits >= n.min;
    case 'alnumRun':
      return facts.alnumRun >= n.min;
    case 'digitRun':
      return facts.longestDigitRun(n.gap) >= n.min;
    case 'literal':
      return (n.folded ? text.toLowerCase() : text).includes(n.text);
    case 'all':
      return n.needs.every((m) => holds(m, facts, text));
    case 'some':
      return n.needs.some((m) => holds(m, facts, text));
  }
}

describe('needs simplified before they are compiled', () => {
  it('drops tests the digit floor or a sibling already decides, and factors shared tests out of alternatives', () => {
    const need = needsOf('\\d{2}(?:/|\\.|-)\\d{2}', 'g');
    expect(describeNeed(simplifyNeed(need, { digits: 4, alnumRun: 0, sets: [] }))).toBe('([-./] & run>=4/gap<=1)');
    const chars = (c: string) => needsOf(`[${c}]`, 'g');
    const alternatives: Need = {
      kind: 'some',
      needs: [
        { kind: 'all', needs: [chars('a'), chars('1')] },
        { kind: 'all', needs: [chars('a'), chars('2')] },
      ],
    };
    expect(describeNeed(simplifyNeed(alternatives))).toBe('(digits>=1 & [a] & [12])');
  });

  it('answers as the need itself on random texts', () => {
    const alphabet = fc.constantFrom(...'ab1/.-: xyzAB'.split(''));
    for (const [source, flags] of [
      ['(?:ab|a1)(?:x|y)[0-9]{2}', 'g'],
      ['(?:\\d\\.|\\d/|x-)z|AB', 'gi'],
    ] as const) {
      const need = needsOf(source, flags);
      const simplified = compileGate(need);
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 10 }), (chars) => {
          const text = chars.join('');
          const facts = new TextFacts(text);
          expect(simplified(facts)).toBe(holds(need, facts, text));
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('gates over several literals', () => {
  // Reference: the need read node by node, each literal asked on its own (hasLiteral, with its ſ and K rule).
  const oneByOne = (n: Need, facts: TextFacts): boolean => {
    if (n.kind === 'literal') return facts.hasLiteral(n.id, n.text, n.folded);
    if (n.kind === 'all') return n.needs.every((m) => oneByOne(m, facts));
    if (n.kind === 'some') return n.needs.some((m) => oneByOne(m, facts));
    return compileGate(n)(facts);
  };
  const pieces = fc.constantFrom(
    ...['token', 'TOKEN', 'secret', 'api', 'Key', 'KEY', 'access', 'passw', 'Bearer', 'Basic', 'sk', 'ghp'],
    ...['setx', 'set-env', 'SECRET', '_', ' ', '=', ':', 'x', '\u017f', '\u212a', '\u017fecret', 'to\u212aen'],
  );

  it('answer as the literals asked one by one, and never close on a text the pattern matches', () => {
    for (const [source, flags] of [
      ['(?:token|secret|passw|(?:api|access).?key)[:=]', 'giu'],
      ['(?:Bearer|Basic|TOKEN) (?:sk|ghp)_', 'g'],
      ['(?:setx|set-env).{0,20}(?:KEY|SECRET)(?:access|api)', 'gi'],
      ['(?:secret|token)(?:api|key)|TOKEN(?:KEY|SECRET)x', 'gu'],
    ] as const) {
      const need = needsOf(source, flags);
      const gate = compileGate(need);
      const re = new RegExp(source, flags.replace('g', ''));
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
          const text = parts.join('');
          expect(gate(new TextFacts(text))).toBe(oneByOne(need, new TextFacts(text)));
          if (re.test(text)) expect(gate(new TextFacts(text))).toBe(true);
        }),
        { numRuns: 400 },
      );
    }
  });
});

describe('never-matching markers', () => {
  it('are taken out of the compiled pattern, escapes and classes kept', () => {
    expect(withoutNeverMarkers('\\b(?:(?!)|ab|cd)x')).toBe('\\b(?:ab|cd)x');
    expect(withoutNeverMarkers('[(?:(?!)|]\\(?:(?!)|a)')).toBe('[(?:(?!)|]\\(?:(?!)|a)');
    for (const r of rules) for (const re of r.regexes) expect(re.source.includes('(?:(?!)|'), r.id).toBe(false);
  });

  it('still tell the needs analysis to set no condition on the lists they open', () => {
    const lab = rule('lab-result');
    expect(describeNeed(lab.needs[0]!)).not.toContain('hemoglobin');
    expect(lab.regexes[0]!.test('Hb 96 g/L')).toBe(true);
  });
});

describe('first-character guard before a look-behind that lists words', () => {
  it('is the class of the first characters, only where the look-behind holds an alternation', () => {
    expect(firstCharGuard('(?<![Pp]ublic_|CACHE_)(?:[Kk]ey|AUTH)=', 'g')).toBe('[\\x41\\x4b\\x6b]');
    expect(firstCharGuard('(?<![\\w])\\d{4}', 'g')).toBeUndefined();
    expect(firstCharGuard('(?<!ab|cd)x?y*', 'g')).toBeUndefined();
    expect(firstCharGuard('(?<!ab|cd)\\p{L}x', 'gu')).toBeUndefined();
  });

  it('leaves matches as they were', () => {
    const alphabet = fc.constantFrom(...'KkAaey_=p PUBLIC'.split(''));
    const source = '(?<![Pp]ublic_|CACHE_)(?:[Kk]ey|AUTH)=\\w?';
    const plain = new RegExp(source, 'g');
    const guard = firstCharGuard(source, 'g');
    const fast = new RegExp(`(?=${guard})${source}`, 'g');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
        expect(spans(fast)).toEqual(spans(plain));
      }),
      { numRuns: 500 },
    );
    const rule = rules.find((r) => r.id === 'secret-assignment');
    if (rule) expect(rule.regexes[0]!.source.startsWith('(?=[')).toBe(true);
  });
});

describe('prefilters that list words', () => {
  const listGate = (source: string) => wordListGate(source, needsOf(source, 'iu'));

  it('takes a list of plain words, escaped dots included, and nothing with classes, boundaries or repeats', () => {
    expect(listGate('pass|contrase|clave')).toBe(true);
    expect(listGate('cif|c\\.i\\.f|tax id')).toBe(true);
    expect(listGate('\\bpin\\b')).toBe(false);
    expect(listGate('api.?key|secret')).toBe(false);
    expect(listGate('c[oó]digo|clave')).toBe(false);
  });

  it('decides as the prefilter regex does, also around the letters that fold onto ASCII under iu', () => {
    const source = 'pass|contrase|clave|cookie:';
    const re = new RegExp(source, 'iu');
    const gate = compileGate(needsOf(source, 'iu'));
    // ſ (long s) and K (Kelvin) match s and k under iu; İ lower-cases to i and a combining dot.
    const texts = [
      'my PASSword is here',
      'la ConTraSeña nueva',
      'no words of the list',
      'the paſs was wrong',
      'Cookie: abc',
      'COOKİE: x',
      'CLAVE',
      'a \u212ay and a pass',
    ];
    for (const text of texts) {
      const facts = new TextFacts(text);
      const answer = facts.foldsOntoAscii ? re.test(text) : gate(facts);
      expect(answer, text).toBe(re.test(text));
    }
  });
});
