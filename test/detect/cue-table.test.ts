import { describe, expect, it } from 'vitest';
import { cueWordId, TextFacts } from '../../src/detect/text-facts.js';

// The cue words' flat table (text-facts.ts, CueTable): every registered word is found as a whole run, any case,
// and a run that only shares a hash bucket, a prefix or a suffix with one is not.
describe('cue word table', () => {
  const words = Array.from({ length: 400 }, (_, i) => `qzcue${i.toString(36)}x`);
  const ids = words.map(cueWordId);

  it('finds each registered word as a whole run, in any case', () => {
    const text = `Notes: ${words[7]!.toUpperCase()} and ${words[311]}, then ${words[42]!.replace('q', 'Q')}.`;
    const facts = new TextFacts(text);
    expect(facts.hasCue(ids[7]!)).toBe(true);
    expect(facts.hasCue(ids[311]!)).toBe(true);
    expect(facts.hasCue(ids[42]!)).toBe(true);
    expect(facts.hasCue(ids[8]!)).toBe(false);
  });

  it('does not take a longer or shorter run for a cue word', () => {
    const text = `${words[5]}y x${words[6]} ${words[9]!.slice(0, -1)}`;
    const facts = new TextFacts(text);
    expect(facts.hasCue(ids[5]!)).toBe(false);
    expect(facts.hasCue(ids[6]!)).toBe(false);
    expect(facts.hasCue(ids[9]!)).toBe(false);
  });

  it('reads the pieces of a camelCase key and words registered after a first scan', () => {
    const late = cueWordId('qzlatecomer');
    const facts = new TextFacts(`fieldName=1 qzLatecomer`);
    expect(facts.hasCue(cueWordId('field'))).toBe(true);
    expect(facts.hasCue(late)).toBe(true);
    const after = new TextFacts('plain words only');
    expect(after.hasCue(late)).toBe(false);
    const newer = cueWordId('qznewestword');
    expect(after.hasCue(newer)).toBe(false);
    expect(new TextFacts('a QZNEWESTWORD here').hasCue(newer)).toBe(true);
  });
});
